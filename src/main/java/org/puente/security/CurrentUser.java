package org.puente.security;

import java.util.Set;
import java.util.UUID;

import org.puente.shared.AgencyId;
import org.puente.shared.Classification;
import org.puente.shared.Forbidden;

/** The signed-in user as the rest of Puente sees them. */
public record CurrentUser(UUID id, String username, String fullName, AgencyId agency, AgencyId ministry,
		Set<Role> roles, Classification clearance, String language) {

	public boolean has(Role role) {
		return switch (role) {
			case VIEWER -> !roles.isEmpty();
			case EDITOR ->
				roles.contains(Role.EDITOR) || roles.contains(Role.ADMIN) || roles.contains(Role.SYSTEM_ADMIN);
			case ADMIN -> roles.contains(Role.ADMIN) || roles.contains(Role.SYSTEM_ADMIN);
			case SYSTEM_ADMIN -> roles.contains(Role.SYSTEM_ADMIN);
		};
	}

	public boolean clearedFor(Classification marking) {
		return clearance.covers(marking);
	}

	/** Fails unless the user belongs to the ministry that owns a record. */
	public void requireOwner(AgencyId ownerMinistry) {
		if (!ministry.equals(ownerMinistry)) {
			throw new Forbidden("record.owned.by.other.agency");
		}
	}

	public void requireCleared(Classification marking) {
		if (!clearedFor(marking)) {
			throw new Forbidden("clearance.too.low");
		}
	}

	public void require(Role role) {
		if (!has(role)) {
			throw new Forbidden("role.missing." + role.name());
		}
	}

}
