package org.puente.sources.extraction;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.puente.sources.Extraction;

/**
 * Whether two extractions (or an extraction and a registry engagement) report the same
 * event: dates within a day of each other, the same kind family, and shared people or
 * agencies. A score in [0, 1]; {@link #THRESHOLD} and above means the same event.
 */
public final class SameEvent {

	public static final double THRESHOLD = 0.6;

	private SameEvent() {
	}

	/** What the comparison needs of either side. */
	public record Facts(LocalDate from, LocalDate to, MonthDay monthDay, String kind, String city, String country,
			Set<String> agencies, Set<String> people) {

		public static Facts of(Extraction e) {
			LocalDate from = e.event() == null ? null : e.event().from();
			LocalDate to = e.event() == null ? null : e.event().to();
			MonthDay md = null;
			if (e.event() != null && e.event().iso().startsWith("XXXX")) {
				md = MonthDay.parse("--" + e.event().iso().substring(5, 10));
			}
			Set<String> agencies = new HashSet<>();
			e.agencies()
				.stream()
				.filter(a -> !"mentioned".equals(a.role()))
				.forEach(a -> agencies
					.add(a.agencyCode() != null ? a.agencyCode() : a.country() + ":" + FoldedText.fold(a.name())));
			Set<String> people = new HashSet<>();
			e.people().forEach(p -> people.add(personKey(p.canonical())));
			return new Facts(from, to, md, e.kind(), e.place() == null ? null : e.place().city(),
					e.place() == null ? null : e.place().country(), agencies, people);
		}

	}

	/** A person's name as compared across sources (folded, no diacritics). */
	public static String personKey(String name) {
		return FoldedText.fold(name);
	}

	/** A city's English name when the gazetteer knows it ("Hà Nội" → "Hanoi"). */
	static String city(String name) {
		if (name == null) {
			return "";
		}
		Lexicon.City known = Lexicon.CITY_BY_FORM.get(FoldedText.fold(name));
		return known == null ? FoldedText.fold(name) : known.name();
	}

	static String family(String kind) {
		if (kind == null) {
			return "";
		}
		return switch (kind) {
			case "talks", "meeting", "signing", "call", "reception" -> "talks";
			default -> kind;
		};
	}

	public static double score(Facts a, Facts b) {
		double date = dateScore(a, b);
		if (date == 0) {
			return 0; // different days are different events
		}
		double score = 0.4 * date;
		if (a.kind() != null && a.kind().equals(b.kind())) {
			score += 0.2;
		}
		else if (family(a.kind()).equals(family(b.kind()))) {
			score += 0.15;
		}
		else if ("visit".equals(a.kind()) || "visit".equals(b.kind())) {
			score += 0.05; // talks reported as part of a visit
		}
		if (a.city() != null && city(a.city()).equals(city(b.city()))) {
			score += 0.1;
		}
		else if (a.country() != null && a.country().equals(b.country())) {
			score += 0.05;
		}
		score += 0.2 * overlap(a.people(), b.people());
		score += 0.15 * overlap(a.agencies(), b.agencies());
		return Math.min(1, score);
	}

	public static double score(Extraction a, Extraction b) {
		return score(Facts.of(a), Facts.of(b));
	}

	private static double dateScore(Facts a, Facts b) {
		if (a.from() != null && b.from() != null) {
			LocalDate aTo = a.to() == null ? a.from() : a.to();
			LocalDate bTo = b.to() == null ? b.from() : b.to();
			boolean near = !a.from().minusDays(1).isAfter(bTo) && !b.from().minusDays(1).isAfter(aTo);
			return near ? 1 : 0;
		}
		MonthDay am = a.monthDay() != null ? a.monthDay() : a.from() == null ? null : MonthDay.from(a.from());
		MonthDay bm = b.monthDay() != null ? b.monthDay() : b.from() == null ? null : MonthDay.from(b.from());
		if (am == null || bm == null) {
			return 0; // without a date on both sides, never guess that two reports are
						// one event
		}
		int diff = Math.abs(am.atYear(2000).getDayOfYear() - bm.atYear(2000).getDayOfYear());
		if (b.to() != null && b.from() != null && b.monthDay() == null && am != null) {
			LocalDate day = am.atYear(b.from().getYear());
			if (!day.isBefore(b.from().minusDays(1)) && !day.isAfter(b.to().plusDays(1))) {
				return 0.9;
			}
		}
		return diff <= 1 ? 0.9 : 0;
	}

	private static double overlap(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		return (double) common.size() / Math.min(a.size(), b.size());
	}

	/** The earlier item (by index) that reports the same event as the last one, or -1. */
	public static int sameAsEarlier(List<Facts> earlier, Facts current) {
		int best = -1;
		double bestScore = THRESHOLD;
		for (int i = 0; i < earlier.size(); i++) {
			double s = score(earlier.get(i), current);
			if (s >= bestScore) {
				bestScore = s;
				best = i;
			}
		}
		return best;
	}

}
