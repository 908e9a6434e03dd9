package org.puente.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.puente.registry.internal.DelegationMember;
import org.puente.registry.internal.Engagement;
import org.puente.registry.internal.EngagementFinder;

import org.springframework.stereotype.Service;

/**
 * The registry's engagements as facts to compare a press report with (source import: "is
 * this article about an engagement we already hold?"). Not filtered by user: callers
 * showing a match to a user check {@code internal} and {@code ownerAgency} against what
 * the user may see.
 */
@Service
public class RegistryEngagements {

	private final EngagementFinder finder;

	RegistryEngagements(EngagementFinder finder) {
		this.finder = finder;
	}

	/**
	 * An engagement reduced to what identifies the event; {@code kind} in the
	 * extraction's vocabulary (talks, visit, signing, meeting, reception, call), agencies
	 * as codes, people as written in the delegation lists.
	 */
	public record EngagementFacts(UUID id, UUID partnershipId, String kind, LocalDate startDate, LocalDate endDate,
			String placeCity, String placeCountry, String hostAgency, String guestAgency, List<String> people,
			boolean internal, String ownerAgency) {
	}

	/** Engagements whose dates overlap {@code [from, to]}. */
	public List<EngagementFacts> overlapping(LocalDate from, LocalDate to) {
		return finder.overlapping(from, to, RegistryEngagements::facts);
	}

	private static EngagementFacts facts(Engagement e) {
		return new EngagementFacts(e.id(), e.partnershipId(), kind(e.kind().name()), e.startDate(), e.endDate(),
				e.placeCity(), e.placeCountry(), e.hostAgency(), e.guestAgency(),
				e.delegation().stream().map(DelegationMember::personName).toList(), e.internal(), e.ownerAgency());
	}

	static String kind(String registryKind) {
		return switch (registryKind) {
			case "OFFICIAL_VISIT", "WORKING_VISIT" -> "visit";
			case "TALKS" -> "talks";
			case "COURTESY_CALL", "RECEPTION" -> "reception";
			case "PHONE_TALKS" -> "call";
			case "SIGNING_CEREMONY" -> "signing";
			default -> "meeting";
		};
	}

}
