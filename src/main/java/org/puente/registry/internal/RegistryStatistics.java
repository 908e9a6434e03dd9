package org.puente.registry.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.puente.directory.DirectoryLookup;
import org.puente.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Series for charts: where the commitments stood at the end of each year, engagements per
 * year by level, activities by area. Counts only what the user may see.
 */
@Service
public class RegistryStatistics {

	/** The level of an engagement, from the rank of its heads of delegation. */
	public enum Level {

		MINISTERIAL, DEPUTY, WORKING

	}

	/** Counts per category for one label (a year, an area). */
	public record Point(String label, Map<String, Long> counts, long total) {
	}

	/** A series of points and the categories each point counts. */
	public record Series(List<String> categories, List<Point> points, long max) {
	}

	/** The three series of the dashboard. */
	public record Statistics(UUID partnership, Series commitmentsByYear, Series engagementsByLevel,
			Series activitiesByArea) {
	}

	private final Engagements engagements;

	private final Commitments commitments;

	private final Activities activities;

	private final Access access;

	private final DirectoryLookup directory;

	RegistryStatistics(Engagements engagements, Commitments commitments, Activities activities, Access access,
			DirectoryLookup directory) {
		this.engagements = engagements;
		this.commitments = commitments;
		this.activities = activities;
		this.access = access;
		this.directory = directory;
	}

	/**
	 * The statistics of one partnership (code or id) or, when none is given, of all the
	 * user's partnerships, as they stand on {@code today}.
	 */
	@Transactional(readOnly = true)
	public Statistics of(CurrentUser user, String partnership, LocalDate today) {
		UUID chosen = null;
		Collection<UUID> scope;
		if (partnership == null || partnership.isBlank()) {
			scope = access.partnershipsOf(user);
		}
		else {
			chosen = access.memberPartnership(user, partnership).id();
			scope = List.of(chosen);
		}
		List<Commitment> promises = commitments.findAll(access.visibleIn(user, scope));
		List<Engagement> all = engagements.findAll(access.visibleIn(user, scope));
		List<Activity> done = activities.findAll(access.visibleIn(user, scope));
		return new Statistics(chosen, commitmentsByYear(promises, today), engagementsByLevel(all),
				activitiesByArea(done, promises));
	}

	/**
	 * Where the commitments stood at the end of each year, from the year of the first
	 * recorded status to this one (this year: today), replaying each status history.
	 */
	static Series commitmentsByYear(List<Commitment> promises, LocalDate today) {
		List<String> statuses = java.util.Arrays.stream(CommitmentStatus.values()).map(Enum::name).toList();
		int first = promises.stream()
			.flatMap(c -> c.history().stream())
			.map(StatusChange::changedOn)
			.min(Comparator.naturalOrder())
			.map(LocalDate::getYear)
			.orElse(today.getYear());
		List<Point> points = new ArrayList<>();
		for (int year = first; year <= today.getYear(); year++) {
			LocalDate end = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
			Map<String, Long> counts = zeros(statuses);
			for (Commitment c : promises) {
				String status = statusOn(c.history(), end);
				if (status != null) {
					counts.merge(status, 1L, Long::sum);
				}
			}
			points.add(point(String.valueOf(year), counts));
		}
		return series(statuses, points);
	}

	/** The status a history gives for a day: its last step on or before it, if any. */
	static String statusOn(List<StatusChange> history, LocalDate day) {
		return history.stream()
			.filter(h -> !h.changedOn().isAfter(day))
			.max(Comparator.comparing(StatusChange::changedOn).thenComparing(StatusChange::changedAt))
			.map(StatusChange::status)
			.orElse(null);
	}

	/** Top-level engagements (a visit, not each meeting of it) per year and level. */
	static Series engagementsByLevel(List<Engagement> all) {
		List<String> levels = java.util.Arrays.stream(Level.values()).map(Enum::name).toList();
		Set<UUID> ids = all.stream().map(Engagement::id).collect(Collectors.toSet());
		Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
		for (Engagement e : all) {
			if (e.startDate() == null || (e.parentId() != null && ids.contains(e.parentId()))) {
				continue;
			}
			byYear.computeIfAbsent(e.startDate().getYear(), y -> zeros(levels)).merge(level(e).name(), 1L, Long::sum);
		}
		return series(levels,
				byYear.entrySet().stream().map(e -> point(String.valueOf(e.getKey()), e.getValue())).toList());
	}

	/**
	 * The level of an engagement: ministerial when a head of delegation is a minister (or
	 * holds a higher office), deputy when the highest is a deputy minister, otherwise a
	 * working-level engagement. Read from the position recorded for that day, in any of
	 * the three languages.
	 */
	static Level level(Engagement e) {
		Level best = Level.WORKING;
		for (DelegationMember m : e.delegation()) {
			if (m.role() != DelegationMember.Role.HEAD || m.position() == null) {
				continue;
			}
			Level level = levelOf(m.position());
			if (level.ordinal() < best.ordinal()) {
				best = level;
			}
		}
		return best;
	}

	static Level levelOf(String position) {
		String p = Normalizer.normalize(position.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		if (p.matches(".*\\b(deputy|vice|viceministro|viceministra|thu truong|pho)\\b.*")) {
			return Level.DEPUTY;
		}
		if (p.matches(".*\\b(minister|ministro|ministra|bo truong|prime|president|presidente|general secretary|"
				+ "secretary general|secretario general|tong bi thu|chu tich|thu tuong)\\b.*")) {
			return Level.MINISTERIAL;
		}
		return Level.WORKING;
	}

	/**
	 * Activities by cooperation area (the areas of the commitments they carry out) and
	 * status; one carrying commitments of several areas counts in each.
	 */
	private Series activitiesByArea(List<Activity> done, List<Commitment> promises) {
		List<String> statuses = java.util.Arrays.stream(ActivityStatus.values()).map(Enum::name).toList();
		Map<UUID, Commitment> byId = promises.stream().collect(Collectors.toMap(Commitment::id, Function.identity()));
		List<String> order = directory.areas().stream().map(a -> a.code()).toList();
		Map<String, Map<String, Long>> byArea = new LinkedHashMap<>();
		for (Activity a : done) {
			Set<String> areas = new LinkedHashSet<>();
			a.commitments()
				.stream()
				.map(byId::get)
				.filter(java.util.Objects::nonNull)
				.forEach(c -> areas.addAll(c.areas()));
			if (areas.isEmpty()) {
				areas.add("");
			}
			for (String area : areas) {
				byArea.computeIfAbsent(area, k -> zeros(statuses)).merge(a.status().name(), 1L, Long::sum);
			}
		}
		List<Point> points = byArea.entrySet().stream().sorted(Comparator.comparingInt(e -> {
			int at = order.indexOf(e.getKey());
			return at < 0 ? Integer.MAX_VALUE : at;
		})).map(e -> point(e.getKey(), e.getValue())).toList();
		return series(statuses, points);
	}

	private static Map<String, Long> zeros(List<String> categories) {
		Map<String, Long> counts = new LinkedHashMap<>();
		categories.forEach(c -> counts.put(c, 0L));
		return counts;
	}

	private static Point point(String label, Map<String, Long> counts) {
		return new Point(label, counts, counts.values().stream().mapToLong(Long::longValue).sum());
	}

	private static Series series(List<String> categories, List<Point> points) {
		return new Series(categories, points, points.stream().mapToLong(Point::total).max().orElse(0));
	}

}
