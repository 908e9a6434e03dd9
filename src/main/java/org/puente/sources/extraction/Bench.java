package org.puente.sources.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.puente.sources.Article;
import org.puente.sources.Extraction;

/**
 * Precision, recall and F1 per field of the extraction over a labelled set, and
 * throughput. A label is a JSON file {@code {"article": PATH, "published": DATE|null,
 * "expected": {...the JSON shape...}}}; PATH is relative to the label's folder, or to the
 * working directory when it starts with {@code ../}. Articles run in label-file-name
 * order; {@code same_event_as} names an earlier label file.
 */
public final class Bench {

	/** The fields scored, in report order. */
	public static final List<String> FIELDS = List.of("event_date", "place", "kind", "agencies", "people", "ranks",
			"agreements", "areas", "commitments", "same_event");

	/** Counts for one field. */
	public static final class Score {

		int tp;

		int fp;

		int fn;

		public double precision() {
			return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
		}

		public double recall() {
			return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
		}

		public double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		public int tp() {
			return tp;
		}

		public int fp() {
			return fp;
		}

		public int fn() {
			return fn;
		}

	}

	/** A labelled article. */
	public record Labelled(String id, Article article, Map<String, Object> expected) {
	}

	/** The outcome of a run. */
	public record Report(int articles, Map<String, Score> scores, double articlesPerSecond, int timedRuns,
			List<String> differences) {

		public String format() {
			StringBuilder b = new StringBuilder();
			b.append(String.format(Locale.ROOT, "Labelled articles: %d%n", articles));
			b.append(String.format(Locale.ROOT, "%-12s %5s %5s %5s %9s %7s %6s%n", "field", "tp", "fp", "fn",
					"precision", "recall", "f1"));
			for (String f : FIELDS) {
				Score s = scores.get(f);
				b.append(String.format(Locale.ROOT, "%-12s %5d %5d %5d %9.2f %7.2f %6.2f%n", f, s.tp, s.fp, s.fn,
						s.precision(), s.recall(), s.f1()));
			}
			b.append(String.format(Locale.ROOT, "Throughput: %.1f articles/second (%d extractions timed)%n",
					articlesPerSecond, timedRuns));
			return b.toString();
		}

	}

	private Bench() {
	}

	/** Reads every {@code *.json} label of the folder, in file-name order. */
	public static List<Labelled> load(Path dir) {
		List<Labelled> out = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path label : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
				Map<String, Object> json = ExtractionJson.read(Files.readString(label, StandardCharsets.UTF_8));
				String ref = (String) json.get("article");
				Path article = ref.startsWith("../") ? Path.of(ref) : dir.resolve(ref);
				if (!Files.exists(article)) {
					article = dir.resolve(ref);
				}
				String text = Files.readString(article, StandardCharsets.UTF_8);
				String published = (String) json.get("published");
				@SuppressWarnings("unchecked")
				Map<String, Object> expected = (Map<String, Object>) json.get("expected");
				out.add(new Labelled(label.getFileName().toString(), new Article(null, text, null, null,
						published == null ? null : LocalDate.parse(published), null), expected));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	/**
	 * Extracts every article, links same events as a folder run does, scores each field,
	 * then times {@code repeats} further passes over the set.
	 */
	public static Report run(List<Labelled> set, RuleBasedExtractor engine, int repeats) {
		Map<String, Score> scores = new LinkedHashMap<>();
		FIELDS.forEach(f -> scores.put(f, new Score()));
		List<String> differences = new ArrayList<>();
		List<SameEvent.Facts> earlier = new ArrayList<>();
		for (Labelled l : set) {
			Extraction e = engine.extract(l.article());
			SameEvent.Facts facts = SameEvent.Facts.of(e);
			int same = SameEvent.sameAsEarlier(earlier, facts);
			earlier.add(facts);
			Map<String, Object> got = ExtractionJson.toMap(e);
			got.put("same_event_as", same < 0 ? null : set.get(same).id());
			score(l.id(), l.expected(), got, scores, differences);
		}
		int runs = 0;
		long start = System.nanoTime();
		for (int r = 0; r < repeats; r++) {
			for (Labelled l : set) {
				engine.extract(l.article());
				runs++;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Report(set.size(), scores, runs == 0 ? 0 : runs / seconds, runs, differences);
	}

	@SuppressWarnings("unchecked")
	static void score(String id, Map<String, Object> want, Map<String, Object> got, Map<String, Score> scores,
			List<String> differences) {
		single(id, "event_date", str(want.get("event_date")), str(got.get("event_date")), scores, differences);
		single(id, "place", str(want.get("place")), str(got.get("place")), scores, differences);
		single(id, "kind", str(want.get("kind")), str(got.get("kind")), scores, differences);
		single(id, "same_event", str(want.get("same_event_as")), str(got.get("same_event_as")), scores, differences);
		List<Map<String, Object>> wantAgencies = (List<Map<String, Object>>) want.getOrDefault("agencies", List.of());
		List<Map<String, Object>> gotAgencies = (List<Map<String, Object>>) got.getOrDefault("agencies", List.of());
		match(id, "agencies", wantAgencies, gotAgencies, Bench::sameAgency, scores, differences);
		List<Map<String, Object>> wantPeople = (List<Map<String, Object>>) want.getOrDefault("people", List.of());
		List<Map<String, Object>> gotPeople = (List<Map<String, Object>>) got.getOrDefault("people", List.of());
		match(id, "people", wantPeople, gotPeople,
				(a, b) -> FoldedText.fold(str(a.get("canonical"))).equals(FoldedText.fold(str(b.get("canonical")))),
				scores, differences);
		match(id, "ranks", wantPeople.stream().filter(p -> p.get("rank") != null).toList(),
				gotPeople.stream().filter(p -> p.get("rank") != null).toList(),
				(a, b) -> FoldedText.fold(str(a.get("canonical"))).equals(FoldedText.fold(str(b.get("canonical"))))
						&& FoldedText.fold(str(a.get("rank"))).equals(FoldedText.fold(str(b.get("rank")))),
				scores, differences);
		List<Map<String, Object>> wantAgreements = (List<Map<String, Object>>) want.getOrDefault("agreements",
				List.of());
		List<Map<String, Object>> gotAgreements = (List<Map<String, Object>>) got.getOrDefault("agreements", List.of());
		match(id, "agreements", wantAgreements, gotAgreements,
				(a, b) -> Objects.equals(a.get("action"), b.get("action"))
						&& (similar(str(a.get("title")), str(b.get("title")), 0.5)
								|| (a.get("date") != null && Objects.equals(a.get("date"), b.get("date")))),
				scores, differences);
		List<Map<String, Object>> wantAreas = ((List<Object>) want.getOrDefault("areas", List.of())).stream()
			.map(a -> Map.<String, Object>of("v", a))
			.toList();
		List<Map<String, Object>> gotAreas = ((List<Object>) got.getOrDefault("areas", List.of())).stream()
			.map(a -> Map.<String, Object>of("v", a))
			.toList();
		match(id, "areas", wantAreas, gotAreas,
				(a, b) -> FoldedText.fold(str(a.get("v"))).equals(FoldedText.fold(str(b.get("v")))), scores,
				differences);
		List<Map<String, Object>> wantCommitments = ((List<Object>) want.getOrDefault("commitments", List.of()))
			.stream()
			.map(a -> Map.<String, Object>of("v", a))
			.toList();
		List<Map<String, Object>> gotCommitments = ((List<Object>) got.getOrDefault("commitments", List.of())).stream()
			.map(a -> Map.<String, Object>of("v", a))
			.toList();
		match(id, "commitments", wantCommitments, gotCommitments,
				(a, b) -> similar(str(a.get("v")), str(b.get("v")), 0.5), scores, differences);
	}

	private static boolean sameAgency(Map<String, Object> a, Map<String, Object> b) {
		return Objects.equals(a.get("country"), b.get("country")) && Objects.equals(a.get("role"), b.get("role"))
				&& similar(str(a.get("name")), str(b.get("name")), 0.6);
	}

	/** Word overlap relative to the shorter text, on content words. */
	static boolean similar(String a, String b, double threshold) {
		Set<String> x = content(a);
		Set<String> y = content(b);
		if (x.isEmpty() || y.isEmpty()) {
			return x.isEmpty() && y.isEmpty();
		}
		Set<String> common = new HashSet<>(x);
		common.retainAll(y);
		return (double) common.size() / Math.min(x.size(), y.size()) >= threshold;
	}

	private static final Set<String> STOP = Set.of("the", "of", "and", "a", "an", "to", "in", "on", "for", "with",
			"between", "two", "their", "its", "de", "del", "la", "el", "los", "las", "y", "en", "con", "va", "cua",
			"ministry", "ministerio", "bo");

	private static Set<String> content(String s) {
		Set<String> out = new HashSet<>(RuleBasedExtractor.normalisedTokens(s));
		out.removeAll(STOP);
		out.remove("");
		return out;
	}

	private static void single(String id, String field, String want, String got, Map<String, Score> scores,
			List<String> differences) {
		Score s = scores.get(field);
		boolean equal = want != null && got != null && (want.matches("[X\\d]{4}-.*") ? want.equals(got)
				: FoldedText.fold(want).equals(FoldedText.fold(got)));
		if (equal) {
			s.tp++;
			return;
		}
		if (got != null) {
			s.fp++;
		}
		if (want != null) {
			s.fn++;
		}
		if (want != null || got != null) {
			differences.add(id + " " + field + ": expected " + want + ", got " + got);
		}
	}

	private static void match(String id, String field, List<Map<String, Object>> want, List<Map<String, Object>> got,
			java.util.function.BiPredicate<Map<String, Object>, Map<String, Object>> same, Map<String, Score> scores,
			List<String> differences) {
		Score s = scores.get(field);
		boolean[] used = new boolean[got.size()];
		for (Map<String, Object> w : want) {
			boolean hit = false;
			for (int i = 0; i < got.size(); i++) {
				if (!used[i] && same.test(w, got.get(i))) {
					used[i] = true;
					hit = true;
					break;
				}
			}
			if (hit) {
				s.tp++;
			}
			else {
				s.fn++;
				differences.add(id + " " + field + ": missed " + brief(w));
			}
		}
		for (int i = 0; i < got.size(); i++) {
			if (!used[i]) {
				s.fp++;
				differences.add(id + " " + field + ": extra " + brief(got.get(i)));
			}
		}
	}

	private static String brief(Map<String, Object> m) {
		return m.size() == 1 && m.containsKey("v") ? String.valueOf(m.get("v")) : m.toString();
	}

	private static String str(Object o) {
		return o == null ? null : o.toString();
	}

}
