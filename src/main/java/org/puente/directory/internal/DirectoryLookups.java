package org.puente.directory.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.puente.directory.AgencyView;
import org.puente.directory.AreaView;
import org.puente.directory.DirectoryLookup;
import org.puente.directory.PartnershipView;
import org.puente.directory.PersonSummary;
import org.puente.directory.PersonView;
import org.puente.security.CurrentUser;
import org.puente.shared.Classification;
import org.puente.shared.NotFound;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's answers to other modules, read straight from its repositories. */
@Service
class DirectoryLookups implements DirectoryLookup {

	private final People people;

	private final Partnerships partnerships;

	private final Areas areas;

	private final Taxonomy taxonomy;

	private final AgencyCatalog catalog;

	private final PersonDirectory directory;

	DirectoryLookups(People people, Partnerships partnerships, Areas areas, Taxonomy taxonomy, AgencyCatalog catalog,
			PersonDirectory directory) {
		this.directory = directory;
		this.people = people;
		this.partnerships = partnerships;
		this.areas = areas;
		this.taxonomy = taxonomy;
		this.catalog = catalog;
	}

	@Override
	public List<PersonSummary> findPeople(CurrentUser user, String query, int limit) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return directory.find(user, query, PageRequest.of(0, Math.max(1, limit))).getContent();
	}

	@Override
	public List<AreaView> areas() {
		return taxonomy.all();
	}

	@Override
	public List<AgencyView> agencies() {
		return catalog.tree();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonRef> person(UUID id) {
		return id == null ? Optional.empty() : people.findById(id).filter(p -> !p.deleted()).map(DirectoryLookups::ref);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonRef> people(Classification upTo) {
		return people.findAll()
			.stream()
			.filter(p -> !p.deleted() && upTo.covers(p.classification()))
			.map(DirectoryLookups::ref)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonView> personView(CurrentUser user, UUID id) {
		try {
			return id == null ? Optional.empty() : Optional.of(directory.get(user, id));
		}
		catch (NotFound ex) {
			return Optional.empty(); // deleted, or above the user's clearance
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonRef> personByName(String fullName) {
		if (fullName == null) {
			return Optional.empty();
		}
		String wanted = fullName.trim();
		List<Person> all = people.findAll().stream().filter(p -> !p.deleted()).toList();
		return all.stream()
			.filter(p -> p.fullName().equalsIgnoreCase(wanted))
			.findFirst()
			.or(() -> all.stream()
				.filter(p -> p.variants().stream().anyMatch(v -> v.name().equalsIgnoreCase(wanted)))
				.findFirst())
			.map(DirectoryLookups::ref);
	}

	@Override
	@Transactional(readOnly = true)
	public Standing standingOn(UUID id, LocalDate day) {
		Person person = people.findById(id).orElse(null);
		if (person == null) {
			return new Standing(null, null);
		}
		return new Standing(claimOn(person, PersonClaim.Attribute.RANK, day),
				claimOn(person, PersonClaim.Attribute.POSITION, day));
	}

	private static String claimOn(Person person, PersonClaim.Attribute attribute, LocalDate day) {
		List<PersonClaim> claims = person.claims().stream().filter(c -> c.attribute() == attribute).toList();
		Comparator<PersonClaim> byDate = Comparator.comparing(PersonClaim::asOf,
				Comparator.nullsFirst(Comparator.naturalOrder()));
		Optional<PersonClaim> before = claims.stream()
			.filter(c -> day == null || c.asOf() == null || !c.asOf().isAfter(day))
			.max(byDate.thenComparing(PersonClaim::preferred));
		return before.or(() -> claims.stream().min(byDate)).map(PersonClaim::value).orElse(null);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PartnershipView> partnership(UUID id) {
		return id == null ? Optional.empty() : partnerships.findById(id).map(PartnershipBook::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PartnershipView> partnershipByCode(String code) {
		return code == null ? Optional.empty() : partnerships.findByCode(code.trim()).map(PartnershipBook::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PartnershipView> partnerships() {
		return partnerships.findAll().stream().map(PartnershipBook::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean areaExists(String code) {
		return code != null && areas.findById(code).filter(a -> !a.deleted()).isPresent();
	}

	private static PersonRef ref(Person p) {
		return new PersonRef(p.id(), p.fullName(), p.country(), p.variants().stream().map(NameVariant::name).toList());
	}

}
