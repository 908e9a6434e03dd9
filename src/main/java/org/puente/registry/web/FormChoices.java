package org.puente.registry.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

import org.puente.directory.AgencyView;
import org.puente.directory.DirectoryLookup;
import org.puente.directory.PartnershipView;
import org.puente.registry.internal.AgreementRegistry;
import org.puente.registry.internal.CommitmentRegistry;
import org.puente.registry.internal.EngagementRegistry;
import org.puente.registry.internal.ListFilter;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.Forbidden;
import org.puente.web.Countries;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the registry forms offer to choose from (partnerships, agencies, areas, people,
 * other records), and the early checks that spare a user a form they could not save.
 */
@Component
class FormChoices {

	/** How many records a select of other records lists, newest first. */
	static final int RECORDS = 300;

	private final DirectoryLookup directory;

	private final AgreementRegistry agreements;

	private final EngagementRegistry engagements;

	private final CommitmentRegistry commitments;

	FormChoices(DirectoryLookup directory, AgreementRegistry agreements, EngagementRegistry engagements,
			CommitmentRegistry commitments) {
		this.directory = directory;
		this.agreements = agreements;
		this.engagements = engagements;
		this.commitments = commitments;
	}

	/** One choice of a select or a checkbox group. */
	record Option(String value, String label) {
	}

	/** The ministry of an agency, from the directory's tree. */
	String ministryOf(String agency) {
		return directory.agencies()
			.stream()
			.filter(a -> a.code().equals(agency))
			.map(AgencyView::ministry)
			.findFirst()
			.orElse(agency);
	}

	/** The partnerships the user's ministry is a member of. */
	List<PartnershipView> partnershipsOf(CurrentUser user) {
		String mine = user.ministry().code();
		return directory.partnerships()
			.stream()
			.filter(p -> p.members().stream().anyMatch(m -> mine.equals(ministryOf(m.agency()))))
			.toList();
	}

	/**
	 * Fails unless the user may record something new in the registry: an editor whose
	 * ministry is a member of the partnership (of some partnership when none is named).
	 */
	void requireCanRecord(CurrentUser user, String partnership) {
		user.require(Role.EDITOR);
		List<PartnershipView> mine = partnershipsOf(user);
		boolean allowed = partnership == null || partnership.isBlank() ? !mine.isEmpty() : mine.stream()
			.anyMatch(
					p -> p.code().equalsIgnoreCase(partnership.trim()) || p.id().toString().equals(partnership.trim()));
		if (!allowed) {
			throw new Forbidden("not.a.partner");
		}
	}

	/**
	 * Fails unless the service says the user may change the record (an editor of the
	 * owning ministry, itself a partner): the form is refused before anything is typed.
	 */
	void requireCanEdit(CurrentUser user, boolean mayEdit) {
		user.require(Role.EDITOR);
		if (!mayEdit) {
			throw new Forbidden("record.owned.by.other.agency");
		}
	}

	/**
	 * The record, when the service says the user may change it; otherwise the form is
	 * refused before anything is typed.
	 */
	<V> V editable(CurrentUser user, UUID id, BiFunction<CurrentUser, UUID, V> get,
			BiPredicate<CurrentUser, UUID> mayEdit) {
		V record = get.apply(user, id);
		requireCanEdit(user, mayEdit.test(user, id));
		return record;
	}

	/** A partnership's code, for a form field, from its id. */
	String partnershipCode(UUID id) {
		return directory.partnership(id).map(PartnershipView::code).orElse(id == null ? "" : id.toString());
	}

	List<Option> partnerships(CurrentUser user, Locale locale) {
		return partnershipsOf(user).stream()
			.map(p -> new Option(p.code(), p.names().in(locale.getLanguage()) + " (" + p.code() + ")"))
			.toList();
	}

	/** Every agency and unit, each ministry followed by its units, indented. */
	List<Option> agencies(Locale locale) {
		return directory.agencies()
			.stream()
			.map(a -> new Option(a.code(), "— ".repeat(a.depth()) + a.names().in(locale.getLanguage())))
			.toList();
	}

	/** Agency code → name in the user's language. */
	Map<String, String> agencyNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		directory.agencies().forEach(a -> names.put(a.code(), a.names().in(locale.getLanguage())));
		return names;
	}

	/** The cooperation areas in the taxonomy's order, sub-areas indented. */
	List<Option> areas(Locale locale) {
		Map<String, String> parents = new LinkedHashMap<>();
		directory.areas().forEach(a -> parents.put(a.code(), a.parent()));
		return directory.areas().stream().map(a -> {
			int depth = 0;
			for (String p = a.parent(); p != null && depth < 5; p = parents.get(p)) {
				depth++;
			}
			return new Option(a.code(), "— ".repeat(depth) + a.names().in(locale.getLanguage()));
		}).toList();
	}

	/** Country code → name in the user's language, sorted by name. */
	Map<String, String> countries(Locale locale) {
		return Countries.names(locale);
	}

	/**
	 * Names of people the registry already knows (delegations, signatories), offered as
	 * suggestions; any name the directory knows is accepted.
	 */
	List<String> people(CurrentUser user) {
		return engagements.people(user).stream().map(p -> p.fullName()).filter(n -> n != null).distinct().toList();
	}

	/** A person's id from what the user typed: a name (or a known spelling), or an id. */
	String personId(String typed) {
		if (typed == null || typed.isBlank()) {
			return typed;
		}
		String text = typed.trim();
		try {
			return UUID.fromString(text).toString();
		}
		catch (IllegalArgumentException ex) {
			return directory.personByName(text).map(p -> p.id().toString()).orElse(text);
		}
	}

	/** The name shown for a person id. */
	String personName(UUID id) {
		return directory.person(id).map(DirectoryLookup.PersonRef::fullName).orElse(id.toString());
	}

	List<Option> agreements(CurrentUser user) {
		return agreements
			.list(user, ListFilter.none(), PageRequest.of(0, RECORDS, Sort.by(Sort.Direction.DESC, "signedOn")))
			.stream()
			.map(a -> new Option(a.id().toString(), a.display()))
			.toList();
	}

	List<Option> engagements(CurrentUser user) {
		return engagements
			.list(user, ListFilter.none(), PageRequest.of(0, RECORDS, Sort.by(Sort.Direction.DESC, "startDate")))
			.stream()
			.map(e -> new Option(e.id().toString(), e.startDate() + " · " + e.display()))
			.toList();
	}

	List<Option> commitments(CurrentUser user) {
		return commitments.list(user, ListFilter.none(), PageRequest.of(0, RECORDS))
			.stream()
			.map(c -> new Option(c.id().toString(), c.display()))
			.toList();
	}

	/** What every registry form shows: agencies, areas, partnerships, countries. */
	void common(Model model, CurrentUser user, Locale locale) {
		model.addAttribute("partnershipOptions", partnerships(user, locale));
		model.addAttribute("agencyOptions", agencies(locale));
		model.addAttribute("areaOptions", areas(locale));
		model.addAttribute("countries", countries(locale));
	}

}
