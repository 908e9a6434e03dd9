package org.puente.directory.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.puente.directory.PersonSummary;
import org.puente.directory.PersonView;
import org.puente.names.NameFolding;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.Checks;
import org.puente.shared.Classification;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People in the directory. Everyone sees shared people up to their clearance; only
 * editors of the owning ministry change them. Search ignores case and diacritics.
 */
@Service
public class PersonDirectory {

	private final People people;

	private final Agencies agencies;

	private final EntityManager entityManager;

	PersonDirectory(People people, Agencies agencies, EntityManager entityManager) {
		this.people = people;
		this.agencies = agencies;
		this.entityManager = entityManager;
	}

	/** The fields of a person an editor fills in. */
	public record PersonForm(String fullName, String country, Classification classification, String notes,
			List<String> variants, Long version) {
	}

	/** A dated role to add. */
	public record RoleForm(String position, String rank, String agency, String from, String to, String source) {
	}

	/** A sourced claim to add. */
	public record ClaimForm(String attribute, String value, String asOf, String source) {
	}

	@Transactional(readOnly = true)
	public Page<PersonSummary> find(CurrentUser user, String query, Pageable pageable) {
		List<Classification> visible = visible(user);
		if (query == null || query.isBlank()) {
			return people.findByDeletedFalseAndClassificationIn(visible, pageable).map(PersonDirectory::summary);
		}
		String cleaned = query.replaceAll("[+|\\-\"*()~\\\\]", " ").trim();
		if (cleaned.isEmpty()) {
			return Page.empty(pageable);
		}
		SearchResult<Person> result = Search.session(entityManager)
			.search(Person.class)
			.where(f -> f.bool()
				.must(f.simpleQueryString()
					.fields("fullNamePrefix", "variants.namePrefix")
					.matching(cleaned)
					.defaultOperator(BooleanOperator.AND))
				.filter(f.match().field("deleted").matching(false))
				.filter(f.terms().field("classification").matchingAny(visible)))
			.fetch((int) pageable.getOffset(), pageable.getPageSize());
		List<PersonSummary> hits = result.hits().stream().map(PersonDirectory::summary).toList();
		return new PageImpl<>(hits, pageable, result.total().hitCount());
	}

	@Transactional(readOnly = true)
	public PersonView get(CurrentUser user, UUID id) {
		return view(visibleOne(user, id));
	}

	@Transactional
	public PersonView create(CurrentUser user, PersonForm form) {
		user.require(Role.EDITOR);
		validate(user, form).orThrow();
		Person person = new Person(user.ministry().code());
		apply(person, form);
		return view(people.saveAndFlush(person));
	}

	@Transactional
	public PersonView update(CurrentUser user, UUID id, PersonForm form) {
		Person person = editable(user, id);
		StaleVersion.check(form.version(), person.version());
		validate(user, form).orThrow();
		apply(person, form);
		people.flush();
		return view(person);
	}

	@Transactional
	public PersonView addRole(CurrentUser user, UUID id, RoleForm form) {
		Person person = editable(user, id);
		Checks checks = new Checks();
		checks.optional("position", form.position(), 300).optional("rank", form.rank(), 200);
		if (blank(form.position()) && blank(form.rank())) {
			checks.fail("position", "position.or.rank.required");
		}
		var from = checks.date("from", form.from());
		var to = checks.date("to", form.to());
		checks.order("to", from, to).optional("source", form.source(), 200);
		String agency = AgencyCatalog.blankToNull(form.agency());
		if (agency != null && !agencies.existsById(agency)) {
			checks.fail("agency", "unknown.agency");
		}
		checks.orThrow();
		person.addRole(AgencyCatalog.blankToNull(form.position()), AgencyCatalog.blankToNull(form.rank()), agency, from,
				to, AgencyCatalog.blankToNull(form.source()));
		people.flush();
		return view(person);
	}

	@Transactional
	public PersonView addClaim(CurrentUser user, UUID id, ClaimForm form) {
		Person person = editable(user, id);
		Checks checks = new Checks();
		PersonClaim.Attribute attribute = Arrays.stream(PersonClaim.Attribute.values())
			.filter(a -> a.name().equalsIgnoreCase(String.valueOf(form.attribute())))
			.findFirst()
			.orElse(null);
		if (attribute == null) {
			checks.fail("attribute", "invalid.attribute");
		}
		checks.required("value", form.value(), 300).required("source", form.source(), 200);
		var asOf = checks.date("asOf", form.asOf());
		checks.orThrow();
		person.addClaim(attribute, form.value().trim(), asOf, form.source().trim());
		people.flush();
		return view(person);
	}

	@Transactional
	public PersonView prefer(CurrentUser user, UUID id, UUID claimId) {
		Person person = editable(user, id);
		person.prefer(claimId);
		people.flush();
		return view(person);
	}

	@Transactional
	public void delete(CurrentUser user, UUID id) {
		Person person = editable(user, id);
		person.setDeleted(true);
	}

	@Transactional
	public PersonView restore(CurrentUser user, UUID id) {
		user.require(Role.ADMIN);
		Person person = people.findById(id).orElseThrow(() -> new NotFound("person", id));
		user.requireOwner(new AgencyId(person.ownerAgency()));
		person.setDeleted(false);
		people.flush();
		return view(person);
	}

	private Checks validate(CurrentUser user, PersonForm form) {
		Checks checks = new Checks();
		checks.required("fullName", form.fullName(), 300).country("country", form.country());
		checks.optional("notes", form.notes(), 4000).present("classification", form.classification());
		if (form.classification() != null && !user.clearedFor(form.classification())) {
			checks.fail("classification", "above.own.clearance");
		}
		if (form.variants() != null) {
			form.variants().forEach(v -> checks.optional("variants", v, 300));
		}
		return checks;
	}

	private static void apply(Person person, PersonForm form) {
		String fullName = form.fullName().trim();
		Set<NameVariant> variants = new LinkedHashSet<>();
		if (form.variants() != null) {
			for (String v : form.variants()) {
				if (v != null && !v.isBlank() && !v.trim().equals(fullName)) {
					String source = person.variants()
						.stream()
						.filter(old -> old.name().equals(v.trim()))
						.map(NameVariant::source)
						.findFirst()
						.orElse(null);
					variants.add(new NameVariant(v.trim(), source));
				}
			}
		}
		String ascii = NameFolding.fold(fullName);
		boolean hasAscii = ascii.equalsIgnoreCase(fullName.toLowerCase(Locale.ROOT)) || variants.stream()
			.anyMatch(v -> NameFolding.fold(v.name()).equals(v.name().toLowerCase(Locale.ROOT)));
		if (!hasAscii) {
			// Sources often drop diacritics: keep the plain spelling as a known variant.
			variants.add(new NameVariant(capitalised(ascii), "derived"));
		}
		person.update(fullName, form.country().trim().toUpperCase(Locale.ROOT), form.classification(),
				AgencyCatalog.blankToNull(form.notes()), variants);
	}

	private static String capitalised(String folded) {
		StringBuilder out = new StringBuilder();
		for (String word : folded.split(" ")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return out.toString();
	}

	private Person visibleOne(CurrentUser user, UUID id) {
		Person person = people.findById(id).orElseThrow(() -> new NotFound("person", id));
		if (person.deleted() || !user.clearedFor(person.classification())) {
			throw new NotFound("person", id);
		}
		return person;
	}

	private Person editable(CurrentUser user, UUID id) {
		user.require(Role.EDITOR);
		Person person = visibleOne(user, id);
		user.requireOwner(new AgencyId(person.ownerAgency()));
		return person;
	}

	private static List<Classification> visible(CurrentUser user) {
		return Arrays.stream(Classification.values()).filter(user::clearedFor).toList();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static PersonSummary summary(Person p) {
		return new PersonSummary(p.id(), p.fullName(), p.country(),
				p.current(PersonClaim.Attribute.RANK).map(PersonClaim::value).orElse(null),
				p.current(PersonClaim.Attribute.POSITION).map(PersonClaim::value).orElse(null));
	}

	static PersonView view(Person p) {
		return new PersonView(p.id(), p.fullName(), p.country(), p.classification(), p.notes(),
				p.variants().stream().map(v -> new PersonView.Variant(v.name(), v.source())).toList(),
				p.roles()
					.stream()
					.map(r -> new PersonView.Role(r.id(), r.position(), r.rank(), r.agencyCode(), r.validFrom(),
							r.validTo(), r.source()))
					.toList(),
				p.claims()
					.stream()
					.map(c -> new PersonView.Claim(c.id(), c.attribute().name(), c.value(), c.asOf(), c.source(),
							c.preferred()))
					.toList(),
				p.current(PersonClaim.Attribute.RANK).map(PersonClaim::value).orElse(null),
				p.current(PersonClaim.Attribute.POSITION).map(PersonClaim::value).orElse(null), p.ownerAgency(),
				p.stamp().updatedAt(), p.stamp().updatedBy(), p.version());
	}

}
