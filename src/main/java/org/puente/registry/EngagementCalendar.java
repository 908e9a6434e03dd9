package org.puente.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.directory.DirectoryLookup;
import org.puente.directory.PartnershipView;
import org.puente.registry.internal.EngagementRegistry;
import org.puente.registry.internal.EngagementRegistry.EngagementView;
import org.puente.registry.internal.ListFilter;
import org.puente.security.CurrentUser;
import org.puente.shared.AgencyId;
import org.puente.shared.AgencyLookup;
import org.puente.shared.InvalidInput;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a calendar of a partnership's engagements shows a user: the engagements they may
 * see (shared ones of partnerships their ministry belongs to, internal ones of their own
 * ministry), with no internal notes. A visit's programme items are listed with the visit.
 */
@Service
public class EngagementCalendar {

	static final int MAX = 10_000;

	private final EngagementRegistry engagements;

	private final DirectoryLookup directory;

	private final AgencyLookup agencies;

	EngagementCalendar(EngagementRegistry engagements, DirectoryLookup directory, AgencyLookup agencies) {
		this.engagements = engagements;
		this.directory = directory;
		this.agencies = agencies;
	}

	/**
	 * One engagement as a calendar shows it; the title is in the user's language, the
	 * agencies and the country are codes; {@code programme} are the titles of the visible
	 * items of its programme.
	 */
	public record CalendarEngagement(UUID id, String kind, String title, LocalDate startDate, LocalDate endDate,
			boolean dateApproximate, String placeCity, String placeCountry, String hostAgency, String guestAgency,
			List<String> programme, Instant updatedAt) {
	}

	/** The partnerships the user's ministry is a member of. */
	@Transactional(readOnly = true)
	public List<PartnershipView> partnerships(CurrentUser user) {
		return directory.partnerships()
			.stream()
			.filter(p -> p.members().stream().anyMatch(m -> user.ministry().code().equals(ministryOf(m.agency()))))
			.toList();
	}

	/**
	 * The engagements of a partnership the user may see now, by start date: those that
	 * are not part of another visible engagement's programme.
	 */
	@Transactional(readOnly = true)
	public List<CalendarEngagement> engagements(CurrentUser user, UUID partnership) {
		ListFilter filter = new ListFilter(partnership.toString(), null, null, null, null, null, null);
		List<EngagementView> all = engagements
			.list(user, filter, PageRequest.of(0, MAX, Sort.by("startDate", "title.en")))
			.getContent();
		Set<UUID> visible = new HashSet<>();
		all.forEach(e -> visible.add(e.id()));
		Map<UUID, List<String>> programme = new LinkedHashMap<>();
		for (EngagementView e : all) {
			if (e.parent() != null && visible.contains(e.parent())) {
				programme.computeIfAbsent(e.parent(), k -> new java.util.ArrayList<>()).add(e.display());
			}
		}
		return all.stream()
			.filter(e -> e.parent() == null || !visible.contains(e.parent()))
			.map(e -> new CalendarEngagement(e.id(), e.kind(), e.display(), e.startDate(), e.endDate(),
					e.dateApproximate(), e.placeCity(), e.placeCountry(), e.hostAgency(), e.guestAgency(),
					List.copyOf(programme.getOrDefault(e.id(), List.of())), e.updatedAt()))
			.toList();
	}

	private String ministryOf(String agency) {
		try {
			return agencies.find(new AgencyId(agency)).map(ref -> ref.ministry().code()).orElse(agency);
		}
		catch (InvalidInput ex) {
			return agency; // not a well-formed code, so not a known agency either
		}
	}

}
