package org.puente.directory.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.puente.directory.AgencyView;
import org.puente.directory.PartnershipView;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.Checks;
import org.puente.shared.Forbidden;
import org.puente.shared.Language;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnerships between agencies. Every user sees them; admins of a member agency change
 * them.
 */
@Service
public class PartnershipBook {

	private final Partnerships partnerships;

	private final AgencyCatalog agencies;

	PartnershipBook(Partnerships partnerships, AgencyCatalog agencies) {
		this.partnerships = partnerships;
		this.agencies = agencies;
	}

	/** A partnership as an administrator enters it. */
	public record PartnershipForm(String code, AgencyView.Names names, String since,
			List<PartnershipView.Member> members, Long version) {
	}

	@Transactional(readOnly = true)
	public List<PartnershipView> all() {
		return partnerships.findAll().stream().map(PartnershipBook::view).toList();
	}

	@Transactional(readOnly = true)
	public PartnershipView get(UUID id) {
		return view(partnerships.findById(id).orElseThrow(() -> new NotFound("partnership", id)));
	}

	@Transactional
	public PartnershipView create(CurrentUser user, PartnershipForm form) {
		user.require(Role.ADMIN);
		Checks checks = new Checks();
		String code = form.code() == null ? "" : form.code().trim().toUpperCase(java.util.Locale.ROOT);
		if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
			checks.fail("code", "invalid.partnership.code");
		}
		else if (partnerships.findByCode(code).isPresent()) {
			checks.fail("code", "taken.partnership.code");
		}
		LocalDate since = validate(checks, form);
		checks.orThrow();
		requireMember(user, form.members());
		Partnership partnership = new Partnership(code, user.ministry().code());
		partnership.update(names(form), since, members(form));
		return view(partnerships.saveAndFlush(partnership));
	}

	@Transactional
	public PartnershipView update(CurrentUser user, UUID id, PartnershipForm form) {
		user.require(Role.ADMIN);
		Partnership partnership = partnerships.findById(id).orElseThrow(() -> new NotFound("partnership", id));
		StaleVersion.check(form.version(), partnership.version());
		Checks checks = new Checks();
		LocalDate since = validate(checks, form);
		checks.orThrow();
		requireMember(user, view(partnership).members());
		requireMember(user, form.members());
		partnership.update(names(form), since, members(form));
		partnerships.flush();
		return view(partnership);
	}

	private LocalDate validate(Checks checks, PartnershipForm form) {
		if (form.names() == null) {
			checks.fail("names.en", "required");
		}
		else {
			checks.required("names.vi", form.names().vi(), 300)
				.required("names.es", form.names().es(), 300)
				.required("names.en", form.names().en(), 300);
		}
		LocalDate since = checks.date("since", form.since());
		if (form.members() == null || form.members().size() < 2) {
			checks.fail("members", "at.least.two");
		}
		else {
			for (int i = 0; i < form.members().size(); i++) {
				PartnershipView.Member m = form.members().get(i);
				if (m == null || m.agency() == null || !agencies.exists(m.agency())) {
					checks.fail("members[" + i + "].agency", "unknown.agency");
				}
				if (m == null || m.languages() == null || m.languages().isEmpty()
						|| m.languages().stream().anyMatch(l -> Language.fromCode(l).isEmpty())) {
					checks.fail("members[" + i + "].languages", "invalid.language");
				}
			}
		}
		return since;
	}

	private void requireMember(CurrentUser user, List<PartnershipView.Member> members) {
		if (user.has(Role.SYSTEM_ADMIN)) {
			return;
		}
		boolean member = members.stream()
			.map(m -> agencies.find(new AgencyId(m.agency())))
			.anyMatch(ref -> ref.isPresent() && ref.get().ministry().equals(user.ministry()));
		if (!member) {
			throw new Forbidden("not.a.member");
		}
	}

	private static Trilingual names(PartnershipForm form) {
		return new Trilingual(form.names().vi().trim(), form.names().es().trim(), form.names().en().trim());
	}

	private static Set<Partnership.Member> members(PartnershipForm form) {
		Set<Partnership.Member> members = new LinkedHashSet<>();
		form.members()
			.forEach(m -> members.add(new Partnership.Member(m.agency().trim(), String.join(",", m.languages()))));
		return members;
	}

	static PartnershipView view(Partnership p) {
		return new PartnershipView(p.id(), p.code(), new AgencyView.Names(p.name().vi(), p.name().es(), p.name().en()),
				p.since(),
				p.members()
					.stream()
					.map(m -> new PartnershipView.Member(m.agency(), Arrays.asList(m.languages().split(","))))
					.toList(),
				p.version());
	}

}
