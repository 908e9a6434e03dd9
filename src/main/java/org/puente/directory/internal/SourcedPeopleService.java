package org.puente.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.puente.directory.SourcedPeople;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.Checks;
import org.puente.shared.Classification;
import org.puente.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link SourcedPeople} over the directory's own services and records. */
@Service
class SourcedPeopleService implements SourcedPeople {

	private final PersonDirectory directory;

	private final People people;

	SourcedPeopleService(PersonDirectory directory, People people) {
		this.directory = directory;
		this.people = people;
	}

	@Override
	@Transactional
	public UUID createPerson(CurrentUser user, String fullName, String country, String source) {
		return directory
			.create(user,
					new PersonDirectory.PersonForm(fullName, country, Classification.UNCLASSIFIED, source, List.of(),
							null))
			.id();
	}

	@Override
	@Transactional
	public boolean addClaim(CurrentUser user, UUID id, String attribute, String value, LocalDate asOf, String source) {
		user.require(Role.EDITOR);
		Person person = people.findById(id)
			.filter(p -> !p.deleted() && user.clearedFor(p.classification()))
			.orElseThrow(() -> new NotFound("person", id));
		Checks checks = new Checks();
		PersonClaim.Attribute which = null;
		try {
			which = PersonClaim.Attribute.valueOf(String.valueOf(attribute).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			checks.fail("attribute", "invalid.attribute");
		}
		checks.required("value", value, 300).required("source", source, 200);
		checks.orThrow();
		String v = value.trim();
		PersonClaim.Attribute a = which;
		boolean known = person.claims()
			.stream()
			.anyMatch(c -> c.attribute() == a && c.value().equalsIgnoreCase(v) && c.source().equals(source.trim()));
		if (known) {
			return false;
		}
		person.addClaim(a, v, asOf, source.trim());
		people.flush();
		return true;
	}

}
