package org.puente.directory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.puente.directory.AgencyView;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.AgencyLookup;
import org.puente.shared.Checks;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies and units as a tree; editors of a ministry keep their own ministry's branch.
 */
@Service
public class AgencyCatalog implements AgencyLookup {

	static final Set<String> KINDS = Set.of("MINISTRY", "DEPARTMENT", "DIRECTORATE", "UNIT", "HOSPITAL", "EMBASSY",
			"OTHER");

	private final Agencies agencies;

	AgencyCatalog(Agencies agencies) {
		this.agencies = agencies;
	}

	/** What an editor sends to create or change an agency. */
	public record AgencyForm(String code, String parent, String kind, String country, AgencyView.Names names,
			String abbreviations, List<String> alternativeNames, Long version) {
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AgencyRef> find(AgencyId id) {
		return agencies.findById(id.code())
			.map(a -> new AgencyRef(id, new AgencyId(ministryOf(a, byCode())), a.country(), a.name().en()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyId> within(AgencyId ministry) {
		Map<String, Agency> all = byCode();
		return all.values()
			.stream()
			.filter(a -> ministryOf(a, all).equals(ministry.code()))
			.map(a -> new AgencyId(a.code()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyRef> all() {
		return tree().stream()
			.map(a -> new AgencyRef(new AgencyId(a.code()), new AgencyId(a.ministry()), a.country(), a.names().en()))
			.toList();
	}

	/** Every agency in tree order: each ministry followed by its units. */
	@Transactional(readOnly = true)
	public List<AgencyView> tree() {
		Map<String, Agency> all = byCode();
		List<AgencyView> out = new ArrayList<>();
		all.values()
			.stream()
			.filter(a -> a.parentCode() == null)
			.sorted((x, y) -> x.code().compareTo(y.code()))
			.forEach(root -> walk(root, 0, all, out));
		return out;
	}

	@Transactional(readOnly = true)
	public AgencyView get(String code) {
		Agency agency = agencies.findById(code).orElseThrow(() -> new NotFound("agency", code));
		return view(agency, byCode());
	}

	@Transactional
	public AgencyView create(CurrentUser user, AgencyForm form) {
		user.require(Role.EDITOR);
		Checks checks = validate(form);
		String code = form.code() == null ? "" : form.code().trim().toUpperCase(Locale.ROOT);
		try {
			new AgencyId(code);
		}
		catch (InvalidInput ex) {
			checks.fail("code", "invalid.agency.code");
		}
		if (agencies.existsById(code)) {
			checks.fail("code", "taken.agency.code");
		}
		Agency parent = null;
		if (form.parent() == null || form.parent().isBlank()) {
			if (!user.has(Role.SYSTEM_ADMIN)) {
				checks.fail("parent", "required");
			}
		}
		else {
			parent = agencies.findById(form.parent().trim()).orElse(null);
			if (parent == null) {
				checks.fail("parent", "unknown.agency");
			}
		}
		checks.orThrow();
		String ministry = parent == null ? code : ministryOf(parent, byCode());
		if (!user.has(Role.SYSTEM_ADMIN)) {
			user.requireOwner(new AgencyId(ministry));
		}
		Agency agency = new Agency(code, parent == null ? null : parent.code(), ministry);
		apply(agency, form);
		return view(agencies.save(agency), byCode());
	}

	@Transactional
	public AgencyView update(CurrentUser user, String code, AgencyForm form) {
		user.require(Role.EDITOR);
		Agency agency = agencies.findById(code).orElseThrow(() -> new NotFound("agency", code));
		if (!user.has(Role.SYSTEM_ADMIN)) {
			user.requireOwner(new AgencyId(agency.ownerAgency()));
		}
		StaleVersion.check(form.version(), agency.version());
		validate(form).orThrow();
		apply(agency, form);
		agencies.flush();
		return view(agency, byCode());
	}

	private static Checks validate(AgencyForm form) {
		Checks checks = new Checks();
		if (form.kind() == null || !KINDS.contains(form.kind())) {
			checks.fail("kind", "invalid.kind");
		}
		checks.country("country", form.country());
		if (form.names() == null) {
			checks.fail("names.en", "required");
		}
		else {
			checks.required("names.vi", form.names().vi(), 300)
				.required("names.es", form.names().es(), 300)
				.required("names.en", form.names().en(), 300);
		}
		checks.optional("abbreviations", form.abbreviations(), 300);
		if (form.alternativeNames() != null) {
			form.alternativeNames().forEach(n -> checks.optional("alternativeNames", n, 300));
		}
		return checks;
	}

	private static void apply(Agency agency, AgencyForm form) {
		Set<String> alternatives = form.alternativeNames() == null ? Set.of()
				: form.alternativeNames()
					.stream()
					.filter(n -> n != null && !n.isBlank())
					.map(String::trim)
					.collect(Collectors.toCollection(LinkedHashSet::new));
		agency.update(form.kind(), form.country().trim().toUpperCase(Locale.ROOT),
				new Trilingual(form.names().vi().trim(), form.names().es().trim(), form.names().en().trim()),
				blankToNull(form.abbreviations()), alternatives);
	}

	private void walk(Agency agency, int depth, Map<String, Agency> all, List<AgencyView> out) {
		out.add(view(agency, all, depth));
		all.values()
			.stream()
			.filter(a -> agency.code().equals(a.parentCode()))
			.sorted((x, y) -> x.code().compareTo(y.code()))
			.forEach(child -> walk(child, depth + 1, all, out));
	}

	private Map<String, Agency> byCode() {
		return agencies.findAll().stream().collect(Collectors.toMap(Agency::code, Function.identity()));
	}

	private static String ministryOf(Agency agency, Map<String, Agency> all) {
		Agency current = agency;
		int guard = 0;
		while (current.parentCode() != null && all.containsKey(current.parentCode()) && guard++ < 20) {
			current = all.get(current.parentCode());
		}
		return current.code();
	}

	private static AgencyView view(Agency a, Map<String, Agency> all) {
		int depth = 0;
		for (Agency p = a; p.parentCode() != null && all.containsKey(p.parentCode()) && depth < 20; depth++) {
			p = all.get(p.parentCode());
		}
		return view(a, all, depth);
	}

	private static AgencyView view(Agency a, Map<String, Agency> all, int depth) {
		Trilingual n = a.name();
		return new AgencyView(a.code(), a.parentCode(), ministryOf(a, all), depth, a.kind(), a.country(),
				new AgencyView.Names(n.vi(), n.es(), n.en()), a.abbreviations(), List.copyOf(a.alternativeNames()),
				a.version());
	}

	@Transactional(readOnly = true)
	public boolean exists(String code) {
		return code != null && agencies.existsById(code.trim());
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	static List<String> split(String csv) {
		return csv == null ? List.of()
				: Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
