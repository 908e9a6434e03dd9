package org.puente.registry.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.puente.directory.DirectoryLookup;
import org.puente.registry.SourcedRecords;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.NotFound;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SourcedRecords} over the registry's own services: records accepted from an
 * article go through the same checks, ownership rules, audit and indexing as the forms.
 */
@Service
class SourcedRecordsService implements SourcedRecords {

	/** How many days apart an article's date and a recorded engagement may be. */
	private static final int SLACK_DAYS = 2;

	private final Engagements engagements;

	private final Agreements agreements;

	private final EngagementRegistry engagementRegistry;

	private final CommitmentRegistry commitmentRegistry;

	private final AgreementRegistry agreementRegistry;

	private final Access access;

	private final DirectoryLookup directory;

	SourcedRecordsService(Engagements engagements, Agreements agreements, EngagementRegistry engagementRegistry,
			CommitmentRegistry commitmentRegistry, AgreementRegistry agreementRegistry, Access access,
			DirectoryLookup directory) {
		this.directory = directory;
		this.engagements = engagements;
		this.agreements = agreements;
		this.engagementRegistry = engagementRegistry;
		this.commitmentRegistry = commitmentRegistry;
		this.agreementRegistry = agreementRegistry;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Candidate> sameEvent(CurrentUser user, Event event, int limit) {
		if (event == null || event.from() == null) {
			return List.of();
		}
		LocalDate to = event.to() == null ? event.from() : event.to();
		List<Candidate> out = new ArrayList<>();
		for (Engagement e : engagements.findAll(access.<Engagement>visibleTo(user))) {
			LocalDate end = e.endDate() == null ? e.startDate() : e.endDate();
			boolean overlaps = event.yearKnown() ? overlaps(event.from(), to, e.startDate(), end)
					: sameDayOfYear(event.from(), e.startDate(), end);
			if (!overlaps) {
				continue;
			}
			int score = 10;
			if (kindFits(event.kind(), e.kind())) {
				score += 5;
			}
			if (event.country() != null && event.country().equalsIgnoreCase(e.placeCountry())) {
				score += 3;
			}
			if (e.parentId() == null) {
				score += 2;
			}
			if (e.startDate().equals(event.from())
					|| (!event.yearKnown() && MonthDay.from(e.startDate()).equals(MonthDay.from(event.from())))) {
				score += 2;
			}
			out.add(candidate(user, e, score));
		}
		return out.stream()
			.sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::start))
			.limit(limit)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Candidate> engagements(CurrentUser user, int limit) {
		return engagements.findAll(access.<Engagement>visibleTo(user), Sort.by(Sort.Direction.DESC, "startDate"))
			.stream()
			.limit(limit)
			.map(e -> candidate(user, e, 0))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Candidate engagement(CurrentUser user, UUID id) {
		Engagement e = engagements.findById(id).orElseThrow(() -> new NotFound("engagement", id));
		return candidate(user, access.visible(user, e, "engagement", id), 0);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgreementOption> agreements(CurrentUser user) {
		return agreements.findAll(access.<Agreement>visibleTo(user), Sort.by("signedOn"))
			.stream()
			.map(a -> new AgreementOption(a.id(), a.partnershipId(), a.title().in(user.language()), a.signedOn()))
			.toList();
	}

	@Override
	@Transactional
	public UUID createEngagement(CurrentUser user, NewEngagement n) {
		List<EngagementRegistry.MemberForm> members = n.delegation() == null ? List.of()
				: n.delegation()
					.stream()
					.map(m -> new EngagementRegistry.MemberForm(m.person() == null ? null : m.person().toString(),
							m.side(), m.role(), m.rank(), m.position()))
					.toList();
		List<EngagementRegistry.LinkForm> links = n.agreements() == null ? List.of()
				: n.agreements()
					.stream()
					.map(l -> new EngagementRegistry.LinkForm(l.agreement() == null ? null : l.agreement().toString(),
							l.action()))
					.toList();
		EngagementRegistry.EngagementForm form = new EngagementRegistry.EngagementForm(n.partnership(), n.kind(),
				texts(n.language(), n.title()), null, n.startDate(), n.endDate(), n.dateApproximate(), n.placeCity(),
				n.placeCountry(), n.hostAgency(), n.guestAgency(), null, n.areas(),
				n.source() == null ? List.of() : List.of(n.source()), members, links, false, null, null);
		return engagementRegistry.create(user, form).id();
	}

	@Override
	@Transactional
	public boolean attachSource(CurrentUser user, UUID id, String source, List<String> areas) {
		user.require(Role.EDITOR);
		Engagement e = access.visible(user, engagements.findById(id).orElseThrow(() -> new NotFound("engagement", id)),
				"engagement", id);
		if (!access.mayEdit(user, e)) {
			return false;
		}
		// Only added, never replaced: the element collections' change is audited like any
		// edit and bumps the engagement's version.
		if (source != null && !source.isBlank()) {
			e.sources().add(source.length() > Inputs.SOURCE_MAX ? source.substring(0, Inputs.SOURCE_MAX) : source);
		}
		if (areas != null) {
			areas.stream().filter(directory::areaExists).forEach(e.areas()::add);
		}
		engagements.flush();
		return true;
	}

	@Override
	@Transactional
	public UUID createCommitment(CurrentUser user, NewCommitment n) {
		Engagement origin = n.engagement() == null ? null : engagements.findById(n.engagement()).orElse(null);
		String partnership = origin == null ? null : origin.partnershipId().toString();
		CommitmentRegistry.CommitmentForm form = new CommitmentRegistry.CommitmentForm(partnership,
				texts(n.language(), n.text()), n.areas(), null, null, null, null, null,
				n.agreedByBoth() ? "BOTH" : "ONE_SIDE", n.proposedBy(),
				n.engagement() == null ? null : n.engagement().toString(), null, null,
				n.source() == null ? List.of() : List.of(n.source()), false, null, null);
		return commitmentRegistry.create(user, form).id();
	}

	@Override
	@Transactional
	public UUID createAgreement(CurrentUser user, NewAgreement n) {
		AgreementRegistry.AgreementForm form = new AgreementRegistry.AgreementForm(n.partnership(), n.kind(),
				texts(n.language(), n.title()), null, n.status(), n.signedOn(), null, null, null, null, n.parties(),
				null, n.areas(), n.source() == null ? List.of() : List.of(n.source()), false, null, null);
		return agreementRegistry.create(user, form).id();
	}

	private Candidate candidate(CurrentUser user, Engagement e, int score) {
		return new Candidate(e.id(), e.partnershipId(), e.kind().name(), e.title().in(user.language()), e.startDate(),
				e.endDate(), e.placeCity(), e.placeCountry(), e.parentId(), score,
				e.delegation()
					.stream()
					.map(m -> new Member(m.personId(), m.personName(), m.side().name(), m.rank(), m.position()))
					.toList(),
				List.copyOf(e.sources()), access.mayEdit(user, e));
	}

	private static boolean overlaps(LocalDate from, LocalDate to, LocalDate start, LocalDate end) {
		return !start.isAfter(to.plusDays(SLACK_DAYS)) && !end.isBefore(from.minusDays(SLACK_DAYS));
	}

	/**
	 * A day and month without a year: within the slack of the engagement's days, any
	 * year.
	 */
	private static boolean sameDayOfYear(LocalDate day, LocalDate start, LocalDate end) {
		LocalDate inYear = day.withYear(start.getYear());
		long before = ChronoUnit.DAYS.between(inYear, start);
		long after = ChronoUnit.DAYS.between(end, inYear);
		return before <= SLACK_DAYS && after <= SLACK_DAYS;
	}

	/** Whether the extractor's coarse kind names the registry's kind. */
	static boolean kindFits(String kind, EngagementKind recorded) {
		if (kind == null) {
			return false;
		}
		return switch (kind.toLowerCase(Locale.ROOT)) {
			case "talks" -> recorded == EngagementKind.TALKS;
			case "visit" -> recorded == EngagementKind.OFFICIAL_VISIT || recorded == EngagementKind.WORKING_VISIT;
			case "signing" -> recorded == EngagementKind.SIGNING_CEREMONY;
			case "reception" -> recorded == EngagementKind.RECEPTION;
			case "call" -> recorded == EngagementKind.PHONE_TALKS || recorded == EngagementKind.COURTESY_CALL;
			case "meeting" -> recorded == EngagementKind.MEETING || recorded == EngagementKind.WORKING_SESSION
					|| recorded == EngagementKind.COURTESY_CALL;
			default -> recorded.name().equalsIgnoreCase(kind);
		};
	}

	private static Texts texts(String language, String text) {
		return switch (language == null ? "en" : language) {
			case "vi" -> Texts.of(text, null, null);
			case "es" -> Texts.of(null, text, null);
			default -> Texts.of(null, null, text);
		};
	}

}
