package org.puente.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.puente.directory.DirectoryLookup;
import org.puente.directory.PartnershipView;
import org.puente.security.CurrentUser;
import org.puente.shared.InvalidInput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partnership looks like at a glance: its agreements, the timeline of its
 * engagements, where its commitments stand by area, what changed lately; and the
 * dashboard of what needs attention: overdue commitments, coming engagements, agreements
 * about to expire. Only records the user may see are counted.
 */
@Service
public class RegistryOverview {

	/** The widest expiry window a user may ask for, in days (ten years). */
	static final int MAX_WINDOW = 3650;

	private static final int RECENT = 10;

	private static final int LIST_LIMIT = 50;

	private final Agreements agreements;

	private final Engagements engagements;

	private final Commitments commitments;

	private final Activities activities;

	private final Reviews reviews;

	private final Access access;

	private final DirectoryLookup directory;

	private final int defaultWindow;

	RegistryOverview(Agreements agreements, Engagements engagements, Commitments commitments, Activities activities,
			Reviews reviews, Access access, DirectoryLookup directory,
			@Value("${puente.registry.expiry-window-days:180}") int defaultWindow) {
		this.agreements = agreements;
		this.engagements = engagements;
		this.commitments = commitments;
		this.activities = activities;
		this.reviews = reviews;
		this.access = access;
		this.directory = directory;
		this.defaultWindow = defaultWindow;
	}

	/** An agreement in a list, indented under its parent agreement. */
	public record AgreementLine(UUID id, String title, String kind, String status, LocalDate signedOn,
			LocalDate entryIntoForce, LocalDate expiresOn, int depth, boolean internal) {
	}

	/** An engagement on the timeline, with its programme when zoomed in to its year. */
	public record TimelineEntry(UUID id, String kind, LocalDate startDate, LocalDate endDate, boolean dateApproximate,
			String title, String placeCity, String placeCountry, String hostAgency, String guestAgency,
			int programmeSize, List<TimelineEntry> programme, int commitments, boolean internal) {
	}

	/**
	 * How many top-level engagements a year holds; {@code share} is of the busiest year.
	 */
	public record YearCount(int year, int count, int share) {
	}

	/**
	 * The timeline: every year with engagements, and the engagements shown at this zoom
	 * (all years, or one year with each visit's programme), grouped by year.
	 */
	public record Timeline(List<YearCount> years, Integer year, Map<Integer, List<TimelineEntry>> entries) {

		public int total() {
			return entries.values().stream().mapToInt(List::size).sum();
		}

	}

	/**
	 * Commitments of one area by status; {@code area} is null for commitments without an
	 * area.
	 */
	public record AreaRow(String area, Map<String, Long> counts, long total) {
	}

	/**
	 * Commitments by area and status, and the largest row total (for scaling a chart).
	 */
	public record AreaTable(List<String> statuses, List<AreaRow> rows, long max, long commitments) {
	}

	/** A commitment in a list. */
	public record CommitmentLine(UUID id, String text, String status, LocalDate dueDate, String duePeriod,
			String responsibleAgency, String agreedBy, List<String> areas, boolean internal) {
	}

	/** A commitment's step from one status to the next. */
	public record Movement(UUID id, String text, String from, String to, LocalDate on, String by, Instant at) {
	}

	/** A record changed lately: its type, id, title and who changed it when. */
	public record Change(String type, UUID id, String title, Instant at, String by) {
	}

	/** The partnership page. */
	public record PartnershipOverview(PartnershipView partnership, List<AgreementLine> agreements, Timeline timeline,
			AreaTable openByArea, List<Change> recent) {
	}

	/** The dashboard. */
	public record Dashboard(List<PartnershipView> partnerships, UUID partnership, AreaTable byArea,
			List<Movement> moved, List<CommitmentLine> overdue, List<TimelineEntry> upcoming,
			List<AgreementLine> expiring, int window, LocalDate today) {
	}

	/** The partnerships the user's ministry belongs to. */
	@Transactional(readOnly = true)
	public List<PartnershipView> partnerships(CurrentUser user) {
		Set<UUID> mine = access.partnershipsOf(user);
		return directory.partnerships().stream().filter(p -> mine.contains(p.id())).toList();
	}

	/**
	 * A partnership's page, by code or id; {@code year} zooms the timeline into one year.
	 */
	@Transactional(readOnly = true)
	public PartnershipOverview partnership(CurrentUser user, String codeOrId, Integer year, String language,
			LocalDate today) {
		PartnershipView partnership = access.memberPartnership(user, codeOrId);
		List<UUID> scope = List.of(partnership.id());
		List<Engagement> all = engagements.findAll(access.visibleIn(user, scope));
		List<Commitment> promises = commitments.findAll(access.visibleIn(user, scope));
		List<CommitmentStatus> open = Arrays.stream(CommitmentStatus.values()).filter(CommitmentStatus::open).toList();
		return new PartnershipOverview(partnership,
				agreementTree(agreements.findAll(access.visibleIn(user, scope)), language),
				timeline(all, promises, year, language),
				table(promises.stream().filter(c -> c.status().open()).toList(), open), recent(user, scope, language));
	}

	/**
	 * The dashboard for one partnership (by code or id) or, when none is given, for all
	 * of the user's; {@code window} is in days, null for the configured default.
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(CurrentUser user, String partnershipCodeOrId, Integer window, String language,
			LocalDate today) {
		int days = window == null ? defaultWindow : window;
		if (days < 1 || days > MAX_WINDOW) {
			throw new InvalidInput("within", "out.of.range");
		}
		List<PartnershipView> mine = partnerships(user);
		UUID chosen = null;
		if (partnershipCodeOrId != null && !partnershipCodeOrId.isBlank()) {
			chosen = access.memberPartnership(user, partnershipCodeOrId).id();
		}
		List<UUID> scope = chosen != null ? List.of(chosen) : mine.stream().map(PartnershipView::id).toList();
		List<Commitment> promises = commitments.findAll(access.visibleIn(user, scope));
		List<CommitmentLine> overdue = promises.stream()
			.filter(c -> c.status().open() && c.dueDate() != null && c.dueDate().isBefore(today))
			.sorted(Comparator.comparing(Commitment::dueDate))
			.limit(LIST_LIMIT)
			.map(c -> line(c, language))
			.toList();
		List<TimelineEntry> upcoming = engagements.findAll(access.visibleIn(user, scope))
			.stream()
			.filter(e -> e.startDate() != null && !e.startDate().isBefore(today))
			.sorted(Comparator.comparing(Engagement::startDate))
			.limit(LIST_LIMIT)
			.map(e -> entry(e, List.of(), 0, 0, language))
			.toList();
		LocalDate horizon = today.plusDays(days);
		List<AgreementLine> expiring = agreements.findAll(access.visibleIn(user, scope))
			.stream()
			.filter(a -> a.expiresOn() != null && !a.expiresOn().isBefore(today) && !a.expiresOn().isAfter(horizon))
			.filter(a -> a.status() != AgreementStatus.EXPIRED && a.status() != AgreementStatus.TERMINATED)
			.sorted(Comparator.comparing(Agreement::expiresOn))
			.map(a -> line(a, 0, language))
			.toList();
		return new Dashboard(mine, chosen, table(promises, Arrays.asList(CommitmentStatus.values())),
				movements(promises, language), overdue, upcoming, expiring, days, today);
	}

	/** The latest status changes of these commitments, newest first. */
	private static List<Movement> movements(List<Commitment> promises, String language) {
		List<Movement> all = new ArrayList<>();
		for (Commitment c : promises) {
			List<StatusChange> history = c.history();
			for (int i = 1; i < history.size(); i++) {
				StatusChange step = history.get(i);
				all.add(new Movement(c.id(), c.text().in(language), history.get(i - 1).status(), step.status(),
						step.changedOn(), step.changedBy(), step.changedAt()));
			}
		}
		return all.stream().sorted(Comparator.comparing(Movement::at).reversed()).limit(RECENT).toList();
	}

	/** Agreements as a tree: each one followed by those it is the parent of. */
	private static List<AgreementLine> agreementTree(List<Agreement> all, String language) {
		Set<UUID> ids = all.stream().map(Agreement::id).collect(Collectors.toSet());
		Map<UUID, List<Agreement>> children = new LinkedHashMap<>();
		List<Agreement> roots = new ArrayList<>();
		Comparator<Agreement> bySigning = Comparator.comparing(Agreement::signedOn,
				Comparator.nullsLast(Comparator.naturalOrder()));
		for (Agreement a : all.stream().sorted(bySigning).toList()) {
			if (a.parentId() != null && ids.contains(a.parentId())) {
				children.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(a);
			}
			else {
				roots.add(a);
			}
		}
		List<AgreementLine> out = new ArrayList<>();
		roots.forEach(r -> walk(r, 0, children, out, language));
		return out;
	}

	private static void walk(Agreement a, int depth, Map<UUID, List<Agreement>> children, List<AgreementLine> out,
			String language) {
		out.add(line(a, depth, language));
		children.getOrDefault(a.id(), List.of()).forEach(c -> walk(c, depth + 1, children, out, language));
	}

	private static AgreementLine line(Agreement a, int depth, String language) {
		return new AgreementLine(a.id(), a.title().in(language), a.kind().name(), a.status().name(), a.signedOn(),
				a.entryIntoForce(), a.expiresOn(), depth, a.internal());
	}

	private static CommitmentLine line(Commitment c, String language) {
		return new CommitmentLine(c.id(), c.text().in(language), c.status().name(), c.dueDate(), c.duePeriod(),
				c.responsibleAgency(), c.agreedBy() == null ? null : c.agreedBy().name(), List.copyOf(c.areas()),
				c.internal());
	}

	/**
	 * All years: the top-level engagements (a visit, not each meeting of its programme).
	 * One year: those of that year, each with its programme.
	 */
	private static Timeline timeline(List<Engagement> all, List<Commitment> promises, Integer year, String language) {
		Set<UUID> ids = all.stream().map(Engagement::id).collect(Collectors.toSet());
		Map<UUID, List<Engagement>> programmes = all.stream()
			.filter(e -> e.parentId() != null && ids.contains(e.parentId()))
			.collect(Collectors.groupingBy(Engagement::parentId));
		Map<UUID, Long> raised = promises.stream()
			.filter(c -> c.originEngagementId() != null)
			.collect(Collectors.groupingBy(Commitment::originEngagementId, Collectors.counting()));
		Comparator<Engagement> byDate = Comparator.comparing(Engagement::startDate,
				Comparator.nullsLast(Comparator.naturalOrder()));
		List<Engagement> top = all.stream()
			.filter(e -> e.parentId() == null || !ids.contains(e.parentId()))
			.filter(e -> e.startDate() != null)
			.sorted(byDate)
			.toList();
		Map<Integer, Long> perYear = top.stream()
			.collect(Collectors.groupingBy(e -> e.startDate().getYear(), TreeMap::new, Collectors.counting()));
		long busiest = perYear.values().stream().mapToLong(Long::longValue).max().orElse(1);
		List<YearCount> years = perYear.entrySet()
			.stream()
			.map(e -> new YearCount(e.getKey(), e.getValue().intValue(),
					(int) Math.round(100.0 * e.getValue() / busiest)))
			.toList();
		Integer zoom = year != null && perYear.containsKey(year) ? year : null;
		Function<Engagement, TimelineEntry> toEntry = e -> {
			List<Engagement> programme = programmes.getOrDefault(e.id(), List.of()).stream().sorted(byDate).toList();
			List<TimelineEntry> shown = zoom == null ? List.of()
					: programme.stream()
						.map(p -> entry(p, List.of(), 0, raised.getOrDefault(p.id(), 0L).intValue(), language))
						.toList();
			int count = raised.getOrDefault(e.id(), 0L).intValue()
					+ programme.stream().mapToInt(p -> raised.getOrDefault(p.id(), 0L).intValue()).sum();
			return entry(e, shown, programme.size(), count, language);
		};
		Map<Integer, List<TimelineEntry>> entries = top.stream()
			.filter(e -> zoom == null || e.startDate().getYear() == zoom)
			.collect(Collectors.groupingBy(e -> e.startDate().getYear(), TreeMap::new,
					Collectors.mapping(toEntry, Collectors.toList())));
		return new Timeline(years, zoom, entries);
	}

	private static TimelineEntry entry(Engagement e, List<TimelineEntry> programme, int programmeSize, int commitments,
			String language) {
		return new TimelineEntry(e.id(), e.kind().name(), e.startDate(), e.endDate(), e.dateApproximate(),
				e.title().in(language), e.placeCity(), e.placeCountry(), e.hostAgency(), e.guestAgency(), programmeSize,
				programme, commitments, e.internal());
	}

	/**
	 * Commitments counted per area and status; a commitment with several areas counts in
	 * each, one with none in the row without an area. Areas keep the taxonomy's order.
	 */
	private AreaTable table(List<Commitment> promises, List<CommitmentStatus> statuses) {
		List<String> order = directory.areas().stream().map(a -> a.code()).toList();
		Map<String, Map<String, Long>> byArea = new LinkedHashMap<>();
		for (Commitment c : promises) {
			Collection<String> areas = c.areas().isEmpty() ? java.util.Collections.singletonList(null) : c.areas();
			for (String area : areas) {
				byArea.computeIfAbsent(area, k -> new LinkedHashMap<>()).merge(c.status().name(), 1L, Long::sum);
			}
		}
		Comparator<String> inTaxonomy = Comparator.nullsLast(Comparator.comparingInt(a -> {
			int at = order.indexOf(a);
			return at < 0 ? Integer.MAX_VALUE : at;
		}));
		List<AreaRow> rows = byArea.entrySet().stream().sorted(Map.Entry.comparingByKey(inTaxonomy)).map(e -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			statuses.forEach(s -> counts.put(s.name(), e.getValue().getOrDefault(s.name(), 0L)));
			return new AreaRow(e.getKey(), counts, counts.values().stream().mapToLong(Long::longValue).sum());
		}).toList();
		long max = rows.stream().mapToLong(AreaRow::total).max().orElse(0);
		return new AreaTable(statuses.stream().map(Enum::name).toList(), rows, max, promises.size());
	}

	private List<Change> recent(CurrentUser user, List<UUID> scope, String language) {
		List<Change> all = new ArrayList<>();
		all.addAll(latest(agreements, user, scope).stream()
			.map(a -> change("agreements", a, a.title().in(language)))
			.toList());
		all.addAll(latest(engagements, user, scope).stream()
			.map(e -> change("engagements", e, e.title().in(language)))
			.toList());
		all.addAll(latest(commitments, user, scope).stream()
			.map(c -> change("commitments", c, c.text().in(language)))
			.toList());
		all.addAll(latest(activities, user, scope).stream()
			.map(a -> change("activities", a, a.title().in(language)))
			.toList());
		Map<UUID, String> agreementTitles = new LinkedHashMap<>();
		for (Review r : latest(reviews, user, scope)) {
			String title = agreementTitles.computeIfAbsent(r.agreementId(),
					id -> agreements.findById(id).map(a -> a.title().in(language)).orElse(""));
			all.add(change("reviews", r, title));
		}
		return all.stream()
			.filter(c -> c.at() != null)
			.sorted(Comparator.comparing(Change::at).reversed())
			.limit(RECENT)
			.toList();
	}

	private <T extends SharedRecord> List<T> latest(JpaSpecificationExecutor<T> repository, CurrentUser user,
			List<UUID> scope) {
		return repository
			.findAll(access.<T>visibleIn(user, scope),
					PageRequest.of(0, RECENT, Sort.by(Sort.Direction.DESC, "stamp.updatedAt")))
			.getContent();
	}

	private static Change change(String type, SharedRecord record, String title) {
		return new Change(type, record.id(), title, record.stamp().updatedAt(), record.stamp().updatedBy());
	}

}
