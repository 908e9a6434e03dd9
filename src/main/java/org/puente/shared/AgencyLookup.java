package org.puente.shared;

import java.util.Optional;

/** What other modules may ask of the agency directory without depending on it. */
public interface AgencyLookup {

	/** A known agency or unit and the ministry at the root of its tree. */
	record AgencyRef(AgencyId id, AgencyId ministry, String country, String name) {
	}

	Optional<AgencyRef> find(AgencyId id);

	/** The ministry and every unit below it. */
	java.util.List<AgencyId> within(AgencyId ministry);

	/** Every agency and unit, each ministry followed by its units (for pickers). */
	java.util.List<AgencyRef> all();

}
