package org.puente.reports.documents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.puente.registry.DocumentEntries.Commitment;
import org.puente.registry.DocumentEntries.Step;

/**
 * How commitments moved over a period, read from their status histories: the status of
 * each at the end of every quarter (or year, for periods over three years), the changes
 * within the period, what was overdue at its end. Pure: the review report and its chart
 * are drawn from it.
 */
final class Progress {

	/** Commitment statuses in the order reports show them. */
	static final List<String> STATUSES = List.of("PROPOSED", "AGREED", "IN_PROGRESS", "DONE", "STALLED", "DROPPED");

	/** Periods longer than this many months are charted by year rather than quarter. */
	static final int QUARTERS_UP_TO_MONTHS = 36;

	private Progress() {
	}

	/** A quarter ({@code quarter} 1–4) or a whole year ({@code quarter} 0). */
	record Period(int year, int quarter, LocalDate end) {
	}

	/** Commitments by status at the end of a period. */
	record Bar(Period period, Map<String, Integer> counts) {

		int total() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/** One status change within the period; {@code from} is null when first recorded. */
	record Move(Commitment commitment, String from, String to, LocalDate on, String note) {
	}

	/** The quarters (or years) from one day to another, each ending no later than it. */
	static List<Period> periods(LocalDate from, LocalDate to) {
		List<Period> out = new ArrayList<>();
		if (from == null || to == null || to.isBefore(from)) {
			return out;
		}
		boolean byYear = ChronoUnit.MONTHS.between(from, to) > QUARTERS_UP_TO_MONTHS;
		if (byYear) {
			for (int year = from.getYear(); year <= to.getYear(); year++) {
				LocalDate end = LocalDate.of(year, 12, 31);
				out.add(new Period(year, 0, end.isAfter(to) ? to : end));
			}
			return out;
		}
		LocalDate start = LocalDate.of(from.getYear(), (from.getMonthValue() - 1) / 3 * 3 + 1, 1);
		for (LocalDate q = start; !q.isAfter(to); q = q.plusMonths(3)) {
			LocalDate end = q.plusMonths(3).minusDays(1);
			out.add(new Period(q.getYear(), (q.getMonthValue() - 1) / 3 + 1, end.isAfter(to) ? to : end));
		}
		return out;
	}

	/** For each period, the commitments by status at its end (those recorded by then). */
	static List<Bar> bars(List<Commitment> commitments, List<Period> periods) {
		List<Bar> out = new ArrayList<>();
		for (Period period : periods) {
			out.add(new Bar(period, byStatus(commitments, period.end())));
		}
		return out;
	}

	/** Commitments by status on a day, every status present (zero if none). */
	static Map<String, Integer> byStatus(List<Commitment> commitments, LocalDate day) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		STATUSES.forEach(s -> counts.put(s, 0));
		for (Commitment c : commitments) {
			String status = c.statusOn(day);
			if (status != null) {
				counts.merge(status, 1, Integer::sum);
			}
		}
		return counts;
	}

	/**
	 * Commitments by area and status on a day; a commitment counts under each of its
	 * areas, or under "" when it has none. Areas keep the order they are first met.
	 */
	static Map<String, Map<String, Integer>> byAreaAndStatus(List<Commitment> commitments, LocalDate day) {
		Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
		for (Commitment c : commitments) {
			String status = c.statusOn(day);
			if (status == null) {
				continue;
			}
			List<String> areas = c.areas().isEmpty() ? List.of("") : c.areas();
			for (String area : areas) {
				out.computeIfAbsent(area, a -> {
					Map<String, Integer> counts = new LinkedHashMap<>();
					STATUSES.forEach(s -> counts.put(s, 0));
					return counts;
				}).merge(status, 1, Integer::sum);
			}
		}
		return out;
	}

	/** Every status change dated within the period, oldest first. */
	static List<Move> moves(List<Commitment> commitments, LocalDate from, LocalDate to) {
		List<Move> out = new ArrayList<>();
		for (Commitment c : commitments) {
			List<Step> history = c.history();
			for (int i = 0; i < history.size(); i++) {
				Step step = history.get(i);
				if (!step.on().isBefore(from) && !step.on().isAfter(to)) {
					out.add(new Move(c, i == 0 ? null : history.get(i - 1).status(), step.status(), step.on(),
							step.note()));
				}
			}
		}
		out.sort(Comparator.comparing(Move::on));
		return out;
	}

	/** Commitments still open on a day whose due date had passed. */
	static List<Commitment> overdue(List<Commitment> commitments, LocalDate day) {
		return commitments.stream().filter(c -> {
			String status = c.statusOn(day);
			return status != null && open(status) && c.dueDate() != null && c.dueDate().isBefore(day);
		}).sorted(Comparator.comparing(Commitment::dueDate)).toList();
	}

	static boolean open(String status) {
		return !"DONE".equals(status) && !"DROPPED".equals(status);
	}

}
