package org.puente.registry;

import java.time.LocalDate;
import java.util.List;

import org.puente.directory.PersonView;
import org.puente.registry.DocumentEntries.Activity;
import org.puente.registry.DocumentEntries.Agreement;
import org.puente.registry.DocumentEntries.Commitment;
import org.puente.registry.DocumentEntries.Engagement;
import org.puente.registry.DocumentEntries.Member;
import org.puente.shared.Classification;

/**
 * What a briefing pack before an engagement is made of: the counterparts with what the
 * directory and the sources say of them and every earlier meeting with them, the
 * agreements in force, the open commitments (changes since the last meeting) and recent
 * activities. {@code marking} is the highest classification of the people included.
 */
public record BriefingData(Engagement engagement, String partnership, List<Counterpart> counterparts,
		List<Member> ownDelegation, LocalDate lastMeeting, List<Agreement> agreements, List<Commitment> openCommitments,
		List<Activity> recentActivities, LocalDate activitiesSince, Classification marking) {

	/**
	 * A member of the other side: the delegation entry, the directory's record (null when
	 * the reader may not see it) and the earlier meetings of the partnership with them.
	 */
	public record Counterpart(Member member, PersonView person, List<PastMeeting> meetings) {

		public List<PersonView.Claim> claims(String attribute) {
			return person == null ? List.of()
					: person.claims().stream().filter(c -> attribute.equals(c.attribute())).toList();
		}

	}

	/**
	 * An earlier engagement with a counterpart, and the commitments made or raised again
	 * there.
	 */
	public record PastMeeting(Engagement engagement, Member as, List<Commitment> commitments) {
	}

}
