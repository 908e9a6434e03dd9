package org.puente.security.web;

import java.util.List;

import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.AgencyLookup;

import org.springframework.stereotype.Component;

/**
 * Which part of the audit trail an administrator may read: a SYSTEM_ADMIN everything, an
 * ADMIN the entries made by users of their own ministry's agencies. The API and the pages
 * ask here so the rule lives in one place.
 */
@Component
class AuditScope {

	private final AgencyLookup agencies;

	AuditScope(AgencyLookup agencies) {
		this.agencies = agencies;
	}

	/** The agency codes whose actors' entries {@code user} may see; null means all. */
	List<String> of(CurrentUser user) {
		user.require(Role.ADMIN);
		return user.has(Role.SYSTEM_ADMIN) ? null
				: agencies.within(user.ministry()).stream().map(AgencyId::code).toList();
	}

}
