package org.puente.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.puente.directory.DirectoryLookup;
import org.puente.directory.PersonView;
import org.puente.registry.DocumentEntries.Activity;
import org.puente.registry.DocumentEntries.Agreement;
import org.puente.registry.DocumentEntries.AgreementAction;
import org.puente.registry.DocumentEntries.Commitment;
import org.puente.registry.DocumentEntries.Engagement;
import org.puente.registry.DocumentEntries.Member;
import org.puente.registry.DocumentEntries.Review;
import org.puente.registry.DocumentEntries.Step;
import org.puente.registry.internal.ActivityRegistry;
import org.puente.registry.internal.ActivityRegistry.ActivityView;
import org.puente.registry.internal.AgreementRegistry;
import org.puente.registry.internal.AgreementRegistry.AgreementView;
import org.puente.registry.internal.CommitmentRegistry;
import org.puente.registry.internal.CommitmentRegistry.CommitmentView;
import org.puente.registry.internal.EngagementRegistry;
import org.puente.registry.internal.EngagementRegistry.EngagementView;
import org.puente.registry.internal.ListFilter;
import org.puente.registry.internal.RegistryStatistics;
import org.puente.registry.internal.ReviewRegistry;
import org.puente.registry.internal.ReviewRegistry.ReviewView;
import org.puente.registry.internal.StatusChange;
import org.puente.security.CurrentUser;
import org.puente.shared.Classification;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry as the printed documents (briefing pack, implementation review report,
 * record of talks) read it: only records the user may see, internal notes only for the
 * owning ministry, texts in the reader's language. Unknown or hidden records are
 * {@link org.puente.shared.NotFound}.
 */
@Service
public class RegistryDocuments {

	/** How far back a briefing looks for activities. */
	static final int ACTIVITY_YEARS = 3;

	private static final Pageable ALL_BY_DATE = PageRequest.of(0, 5000, Sort.by("startDate"));

	private final EngagementRegistry engagements;

	private final AgreementRegistry agreements;

	private final CommitmentRegistry commitments;

	private final ActivityRegistry activities;

	private final ReviewRegistry reviews;

	private final DirectoryLookup directory;

	private final RegistryStatistics statistics;

	RegistryDocuments(EngagementRegistry engagements, AgreementRegistry agreements, CommitmentRegistry commitments,
			ActivityRegistry activities, ReviewRegistry reviews, DirectoryLookup directory,
			RegistryStatistics statistics) {
		this.statistics = statistics;
		this.engagements = engagements;
		this.agreements = agreements;
		this.commitments = commitments;
		this.activities = activities;
		this.reviews = reviews;
		this.directory = directory;
	}

	/** An engagement the user may see, by title and start date. */
	@Transactional(readOnly = true)
	public DocumentEntries.Heading engagementHeading(CurrentUser user, UUID id, String language) {
		EngagementView e = engagements.get(user, id);
		return new DocumentEntries.Heading(e.id(), e.title().in(language), e.startDate());
	}

	/**
	 * An agreement the user may see, by title and the day it took effect (else was
	 * signed).
	 */
	@Transactional(readOnly = true)
	public DocumentEntries.Heading agreementHeading(CurrentUser user, UUID id, String language) {
		AgreementView a = agreements.get(user, id);
		LocalDate date = a.entryIntoForce() != null ? a.entryIntoForce() : a.signedOn();
		if (date == null) {
			date = a.history().stream().map(StatusChange::changedOn).min(Comparator.naturalOrder()).orElse(null);
		}
		return new DocumentEntries.Heading(a.id(), a.title().in(language), date);
	}

	/**
	 * The partnership of an engagement in figures, as the dashboard charts them, counting
	 * what the user may see on {@code today}.
	 */
	@Transactional(readOnly = true)
	public PartnershipFigures figures(CurrentUser user, UUID engagementId, String language, LocalDate today) {
		Names names = new Names(language);
		EngagementView view = engagements.get(user, engagementId);
		RegistryStatistics.Statistics stats = statistics.of(user, view.partnership().toString(), today);
		return new PartnershipFigures(series(stats.engagementsByLevel(), label -> label),
				series(stats.activitiesByArea(), code -> code.isEmpty() ? "" : names.area(code)));
	}

	private static PartnershipFigures.Series series(RegistryStatistics.Series series,
			java.util.function.Function<String, String> label) {
		return new PartnershipFigures.Series(series.categories(),
				series.points()
					.stream()
					.map(p -> new PartnershipFigures.Bar(label.apply(p.label()), p.counts()))
					.toList());
	}

	/** The briefing pack before an engagement, in a language. */
	@Transactional(readOnly = true)
	public BriefingData briefing(CurrentUser user, UUID engagementId, String language) {
		Names names = new Names(language);
		EngagementView view = engagements.get(user, engagementId);
		Engagement engagement = engagement(user, view, names);
		String ownMinistry = user.ministry().code();
		String hostMinistry = ministryOf(view.hostAgency());
		String guestMinistry = ministryOf(view.guestAgency());
		String counterpartSide = ownMinistry.equals(hostMinistry) ? "GUEST"
				: ownMinistry.equals(guestMinistry) ? "HOST" : null;
		Set<UUID> sameEvent = new HashSet<>(List.of(view.id()));
		if (view.parent() != null) {
			sameEvent.add(view.parent());
		}
		view.programme().forEach(p -> sameEvent.add(p.id()));
		String partnership = view.partnership().toString();

		List<EngagementView> all = engagements
			.list(user, new ListFilter(partnership, null, null, null, null, null, null), ALL_BY_DATE)
			.getContent();
		Map<UUID, EngagementView> byId = new HashMap<>();
		all.forEach(e -> byId.put(e.id(), e));
		List<EngagementView> earlier = all.stream()
			.filter(e -> !sameEvent.contains(e.id()) && e.startDate().isBefore(view.startDate()))
			.toList();
		LocalDate lastMeeting = earlier.stream()
			.map(EngagementView::startDate)
			.max(Comparator.naturalOrder())
			.orElse(null);

		Classification marking = Classification.UNCLASSIFIED;
		List<BriefingData.Counterpart> counterparts = new ArrayList<>();
		List<Member> own = new ArrayList<>();
		for (Member member : engagement.delegation()) {
			if (counterpartSide != null && !counterpartSide.equals(member.side())) {
				own.add(member);
				continue;
			}
			PersonView person = directory.personView(user, member.person()).orElse(null);
			if (person != null && person.classification() != null
					&& person.classification().ordinal() > marking.ordinal()) {
				marking = person.classification();
			}
			List<BriefingData.PastMeeting> meetings = new ArrayList<>();
			for (EngagementView e : earlier) {
				var as = e.delegation().stream().filter(m -> member.person().equals(m.person())).findFirst();
				if (as.isEmpty()) {
					continue;
				}
				EngagementView full = engagements.get(user, e.id());
				meetings.add(new BriefingData.PastMeeting(engagement(user, full, names), member(as.get()),
						commitments.linkedTo(user, e.id()).stream().map(c -> commitment(c, names)).toList()));
			}
			meetings.sort(Comparator.comparing((BriefingData.PastMeeting m) -> m.engagement().startDate()).reversed());
			counterparts.add(new BriefingData.Counterpart(member, person, meetings));
		}

		List<Agreement> inForce = agreements
			.list(user, new ListFilter(partnership, null, null, null, null, null, null),
					PageRequest.of(0, 500, Sort.by("signedOn")))
			.getContent()
			.stream()
			.filter(a -> a.status().equals("IN_FORCE") || a.status().equals("SIGNED"))
			.map(a -> agreement(user, a, names))
			.toList();

		List<Commitment> open = allCommitments(user, partnership, names).stream()
			.filter(c -> !c.status().equals("DONE") && !c.status().equals("DROPPED"))
			.toList();

		LocalDate since = view.startDate().minusYears(ACTIVITY_YEARS);
		if (lastMeeting != null && lastMeeting.isBefore(since)) {
			since = lastMeeting;
		}
		LocalDate from = since;
		List<Activity> recent = activities
			.list(user, new ListFilter(partnership, null, null, null, null, null, null), ALL_BY_DATE)
			.getContent()
			.stream()
			.filter(a -> a.startDate() == null || !(a.endDate() != null ? a.endDate() : a.startDate()).isBefore(from))
			.map(a -> activity(a, names))
			.toList();
		return new BriefingData(engagement, names.partnership(view.partnership()), counterparts, own, lastMeeting,
				inForce, open, recent, from, marking);
	}

	/** The material of an implementation review report of an agreement. */
	@Transactional(readOnly = true)
	public ReviewReportData reviewReport(CurrentUser user, UUID agreementId, String language) {
		Names names = new Names(language);
		AgreementView view = agreements.get(user, agreementId);
		String partnership = view.partnership().toString();
		List<CommitmentView> all = commitments
			.list(user, new ListFilter(partnership, null, null, null, null, null, null),
					PageRequest.of(0, 5000, Sort.by("dueDate")))
			.getContent();
		List<CommitmentView> covered;
		if (view.kind().equals("FRAMEWORK")) {
			covered = all;
		}
		else {
			Set<UUID> under = new HashSet<>(List.of(view.id()));
			agreements.under(user, view.id()).forEach(a -> under.add(a.id()));
			Set<UUID> linked = new HashSet<>();
			view.engagements().forEach(l -> linked.add(l.engagement()));
			covered = all.stream()
				.filter(c -> under.contains(c.originAgreement()) || linked.contains(c.originEngagement()))
				.toList();
		}
		Set<UUID> coveredIds = new HashSet<>();
		covered.forEach(c -> coveredIds.add(c.id()));
		List<Activity> carried = activities
			.list(user, new ListFilter(partnership, null, null, null, null, null, null), ALL_BY_DATE)
			.getContent()
			.stream()
			.filter(a -> view.kind().equals("FRAMEWORK") || a.commitments().stream().anyMatch(coveredIds::contains))
			.map(a -> activity(a, names))
			.toList();
		List<Review> held = reviews.linkedTo(user, view.id())
			.stream()
			.filter(r -> view.id().equals(r.agreement()))
			.map(r -> review(user, r, names))
			.toList();
		return new ReviewReportData(agreement(user, view, names),
				covered.stream().map(c -> commitment(c, names)).toList(), carried, held);
	}

	/** The material of a record of talks of an engagement. */
	@Transactional(readOnly = true)
	public TalksRecordData talksRecord(CurrentUser user, UUID engagementId, String language) {
		Names names = new Names(language);
		EngagementView view = engagements.get(user, engagementId);
		List<EngagementView> programme = view.programme().stream().map(p -> engagements.get(user, p.id())).toList();
		List<AgreementAction> signed = new ArrayList<>();
		List<Commitment> made = new ArrayList<>();
		List<Commitment> raised = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		List<EngagementView> held = new ArrayList<>(List.of(view));
		held.addAll(programme);
		Set<UUID> heldIds = new HashSet<>();
		held.forEach(e -> heldIds.add(e.id()));
		for (EngagementView e : held) {
			signed.addAll(actions(user, e, names));
			for (CommitmentView c : commitments.linkedTo(user, e.id())) {
				if (seen.add(c.id())) {
					(heldIds.contains(c.originEngagement()) ? made : raised).add(commitment(c, names));
				}
			}
		}
		return new TalksRecordData(engagement(user, view, names),
				programme.stream().map(p -> engagement(user, p, names)).toList(), signed, made, raised);
	}

	private Engagement engagement(CurrentUser user, EngagementView e, Names names) {
		String parentTitle = null;
		if (e.parent() != null) {
			try {
				parentTitle = engagements.get(user, e.parent()).title().in(names.language);
			}
			catch (org.puente.shared.NotFound ex) {
				parentTitle = null; // the visit is internal to the other ministry
			}
		}
		String place = java.util.stream.Stream.of(e.placeCity(), names.country(e.placeCountry()))
			.filter(Objects::nonNull)
			.reduce((a, b) -> a + ", " + b)
			.orElse(null);
		return new Engagement(e.id(), e.kind(), e.title().in(names.language), e.startDate(), e.endDate(),
				e.dateApproximate(), place, names.agency(e.hostAgency()), names.agency(e.guestAgency()), e.outcomes(),
				parentTitle, e.delegation().stream().map(RegistryDocuments::member).toList(), actions(user, e, names),
				e.internal(), e.internalNote());
	}

	private List<AgreementAction> actions(CurrentUser user, EngagementView e, Names names) {
		List<AgreementAction> out = new ArrayList<>();
		for (EngagementRegistry.AgreementLink l : e.agreements()) {
			if (l.title() == null) {
				continue; // an agreement the reader may not see
			}
			String title = names.agreementTitles.computeIfAbsent(l.agreement(),
					id -> agreements.get(user, id).title().in(names.language));
			out.add(new AgreementAction(l.agreement(), title, l.action(), e.title().in(names.language), e.startDate()));
		}
		return out;
	}

	private Agreement agreement(CurrentUser user, AgreementView a, Names names) {
		names.agreementTitles.put(a.id(), a.title().in(names.language));
		Map<String, Long> byStatus = new LinkedHashMap<>();
		commitments.linkedTo(user, a.id()).forEach(c -> byStatus.merge(c.status(), 1L, Long::sum));
		Review last = reviews.linkedTo(user, a.id())
			.stream()
			.filter(r -> a.id().equals(r.agreement()))
			.max(Comparator.comparing(ReviewView::reviewDate))
			.map(r -> review(user, r, names))
			.orElse(null);
		return new Agreement(a.id(), a.title().in(names.language), a.kind(), a.status(), a.signedOn(), a.signedPlace(),
				a.entryIntoForce(), a.expiresOn(), a.parties().stream().map(names::agency).toList(), steps(a.history()),
				byStatus, last, a.internal(), a.internalNote());
	}

	private Review review(CurrentUser user, ReviewView r, Names names) {
		String at = null;
		if (r.engagement() != null) {
			try {
				at = engagements.get(user, r.engagement()).title().in(names.language);
			}
			catch (org.puente.shared.NotFound ex) {
				at = null; // held at an engagement the reader may not see
			}
		}
		return new Review(r.reviewDate(), at, r.conclusions(), r.internal(), r.internalNote());
	}

	private List<Commitment> allCommitments(CurrentUser user, String partnership, Names names) {
		return commitments
			.list(user, new ListFilter(partnership, null, null, null, null, null, null),
					PageRequest.of(0, 5000, Sort.by("dueDate")))
			.getContent()
			.stream()
			.map(c -> commitment(c, names))
			.toList();
	}

	private static Commitment commitment(CommitmentView c, Names names) {
		return new Commitment(c.id(), c.text().in(names.language), c.status(), c.agreedBy(),
				names.agency(c.proposedBy()), names.agency(c.responsibleAgency()), names.agency(c.responsibleUnit()),
				c.dueDate(), c.duePeriod(), c.areas(), c.areas().stream().map(names::area).toList(), steps(c.history()),
				c.originEngagement(), c.overdue(), c.internal(), c.internalNote());
	}

	private static Activity activity(ActivityView a, Names names) {
		String place = java.util.stream.Stream.of(a.placeCity(), names.country(a.placeCountry()))
			.filter(Objects::nonNull)
			.reduce((x, y) -> x + ", " + y)
			.orElse(null);
		return new Activity(a.id(), a.kind(), a.title().in(names.language), a.startDate(), a.endDate(), a.status(),
				place, a.trainees(), names.agency(a.trainerSide()), a.items(), a.value(), a.currency(), a.internal(),
				a.internalNote());
	}

	private static Member member(EngagementRegistry.MemberView m) {
		return new Member(m.person(), m.name(), m.side(), m.role(), m.rank(), m.position());
	}

	private static List<Step> steps(List<StatusChange> history) {
		return history.stream().map(h -> new Step(h.status(), h.changedOn(), h.note())).toList();
	}

	private String ministryOf(String agency) {
		if (agency == null) {
			return null;
		}
		return directory.agencies()
			.stream()
			.filter(a -> a.code().equals(agency))
			.map(a -> a.ministry() == null ? a.code() : a.ministry())
			.findFirst()
			.orElse(agency);
	}

	/** Codes to names in the reader's language. */
	private final class Names {

		final String language;

		final Map<String, String> agencies = new HashMap<>();

		final Map<String, String> areas = new HashMap<>();

		final Map<UUID, String> agreementTitles = new HashMap<>();

		Names(String language) {
			this.language = language;
			directory.agencies().forEach(a -> agencies.put(a.code(), a.names().in(language)));
			directory.areas().forEach(a -> areas.put(a.code(), a.names().in(language)));
		}

		String agency(String code) {
			return code == null ? null : agencies.getOrDefault(code, code);
		}

		String area(String code) {
			return code == null ? null : areas.getOrDefault(code, code);
		}

		String country(String code) {
			return code == null ? null
					: new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.forLanguageTag(language));
		}

		String partnership(UUID id) {
			return directory.partnership(id).map(p -> p.names().in(language)).orElse(null);
		}

	}

}
