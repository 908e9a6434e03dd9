package org.puente.registry.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.puente.directory.DirectoryLookup;
import org.puente.security.CurrentUser;
import org.puente.shared.Checks;
import org.puente.shared.Forbidden;

/** Checks shared by every registry form: partnership, agencies, people, areas. */
final class Forms {

	private Forms() {
	}

	/** The partnership a record belongs to, by id or code; required. */
	static UUID partnership(Checks checks, String value, DirectoryLookup directory) {
		String p = Inputs.blankToNull(value);
		if (p == null) {
			checks.fail("partnership", "required");
			return null;
		}
		try {
			UUID id = UUID.fromString(p);
			if (directory.partnership(id).isEmpty()) {
				checks.fail("partnership", "unknown.partnership");
			}
			return id;
		}
		catch (IllegalArgumentException ex) {
			return directory.partnershipByCode(p).map(v -> v.id()).orElseGet(() -> {
				checks.fail("partnership", "unknown.partnership");
				return null;
			});
		}
	}

	/** Only a member ministry of the partnership records in it. */
	static void requireMember(CurrentUser user, UUID partnership, Access access) {
		if (!access.member(user, partnership)) {
			throw new Forbidden("not.a.partner");
		}
	}

	static String agency(Checks checks, String field, String value, Access access) {
		String code = Inputs.blankToNull(value);
		if (code != null && !access.agencyExists(code)) {
			checks.fail(field, "unknown.agency");
		}
		return code;
	}

	static void agencies(Checks checks, String field, Collection<String> codes, Access access) {
		int i = 0;
		for (String code : codes) {
			if (!access.agencyExists(code)) {
				checks.fail(field + "[" + i + "]", "unknown.agency");
			}
			i++;
		}
	}

	static void people(Checks checks, String field, Collection<UUID> ids, DirectoryLookup directory) {
		int i = 0;
		for (UUID id : ids) {
			if (directory.person(id).isEmpty()) {
				checks.fail(field + "[" + i + "]", "unknown.person");
			}
			i++;
		}
	}

	static Set<String> areas(Checks checks, List<String> values, DirectoryLookup directory) {
		Set<String> areas = Inputs.texts(checks, "areas", values, 60);
		int i = 0;
		for (String area : areas) {
			if (!directory.areaExists(area)) {
				checks.fail("areas[" + i + "]", "unknown.area");
			}
			i++;
		}
		return areas;
	}

}
