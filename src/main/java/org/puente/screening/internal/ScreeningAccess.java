package org.puente.screening.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.puente.directory.DirectoryLookup;
import org.puente.directory.PartnershipView;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.AgencyLookup;
import org.puente.shared.Classification;

import org.springframework.stereotype.Component;

/**
 * Who may do what in screening. Every screening record is at least RESTRICTED: users
 * cleared below that see none of it. Watchlists are read only inside the owning ministry
 * and changed by its editors; checks run against the user's own ministry's lists and
 * those of every ministry it shares a partnership with.
 */
@Component
public class ScreeningAccess {

	/** The least clearance that opens screening. */
	public static final Classification MARKING = Classification.RESTRICTED;

	private final DirectoryLookup directory;

	private final AgencyLookup agencies;

	ScreeningAccess(DirectoryLookup directory, AgencyLookup agencies) {
		this.directory = directory;
		this.agencies = agencies;
	}

	public void requireWatchlistReader(CurrentUser user) {
		user.require(Role.VIEWER);
		user.requireCleared(MARKING);
	}

	public void requireWatchlistEditor(CurrentUser user) {
		user.require(Role.EDITOR);
		user.requireCleared(MARKING);
	}

	public void requireChecker(CurrentUser user) {
		user.require(Role.VIEWER);
		user.requireCleared(MARKING);
	}

	/**
	 * The ministries whose watchlists a check by this user searches: its own and its
	 * partners'.
	 */
	public Set<String> screenedOwners(CurrentUser user) {
		return screenedOwners(user.ministry());
	}

	public Set<String> screenedOwners(AgencyId ministry) {
		Set<String> owners = new LinkedHashSet<>();
		owners.add(ministry.code());
		for (PartnershipView partnership : directory.partnerships()) {
			boolean member = partnership.members()
				.stream()
				.anyMatch(m -> ministry.code().equals(ministryOf(m.agency())));
			if (member) {
				partnership.members().forEach(m -> owners.add(ministryOf(m.agency())));
			}
		}
		return owners;
	}

	private String ministryOf(String agency) {
		try {
			return agencies.find(new AgencyId(agency)).map(a -> a.ministry().code()).orElse(agency);
		}
		catch (RuntimeException ex) {
			return agency;
		}
	}

}
