package org.puente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.puente.names.BirthDate;
import org.puente.names.Candidate;
import org.puente.names.Match;
import org.puente.names.NameIndex;
import org.puente.names.NameMatching;
import org.puente.names.Probe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Name screening on files, without a database: a watchlist CSV against a list of names,
 * and the benchmark of the matcher.
 */
@Command(name = "screening", mixinStandardHelpOptions = true,
		description = "Screen names against a watchlist from files, or measure the name matcher.",
		subcommands = { ScreeningCommand.Check.class, ScreeningBench.class })
class ScreeningCommand implements Callable<Integer> {

	static final List<String> WATCHLIST_COLUMNS = List.of("id", "full_name", "aliases", "birth_date", "sex",
			"nationality", "document_number");

	static final List<String> INPUT_COLUMNS = List.of("query_id", "full_name", "birth_date", "nationality",
			"document_number");

	/** Lines of bad rows printed before the rest is only counted. */
	static final int MAX_PROBLEMS_SHOWN = 50;

	@Override
	public Integer call() {
		new picocli.CommandLine(this).usage(System.out);
		return 0;
	}

	@Command(name = "check", mixinStandardHelpOptions = true,
			description = {
					"Check every name of the input CSV against the watchlist CSV and write one row per hit "
							+ "(best first) or one NO_HIT row per query.",
					"Watchlist columns: id,full_name,aliases,birth_date,sex,nationality,document_number "
							+ "(aliases, nationalities and documents |-separated; birth_date YYYY-MM-DD or YYYY).",
					"Input columns: query_id,full_name,birth_date,nationality,document_number.",
					"Output columns: query_id,result,entry_id,score.",
					"Bad rows in either file are listed with their line number and nothing is written." })
	static class Check implements Callable<Integer> {

		@Option(names = "--watchlist", required = true, paramLabel = "FILE", description = "The watchlist CSV.")
		Path watchlist;

		@Option(names = "--input", required = true, paramLabel = "FILE", description = "The names to check, CSV.")
		Path input;

		@Option(names = "--output", required = true, paramLabel = "FILE",
				description = "Where to write the results CSV (replaced only when the run succeeds).")
		Path output;

		@Option(names = "--threshold", paramLabel = "X",
				description = "Score from which a candidate is a hit, 0 to 1 (default: ${DEFAULT-VALUE}).")
		double threshold = NameMatching.DEFAULT_THRESHOLD;

		@Option(names = "--max-hits", paramLabel = "N",
				description = "Most hits written per query (default: ${DEFAULT-VALUE}).")
		int maxHits = 10;

		@Option(names = "--threads", paramLabel = "N",
				description = "Threads that check names (default: the number of processors).")
		int threads = Runtime.getRuntime().availableProcessors();

		@Override
		public Integer call() throws Exception {
			if (!(threshold >= 0 && threshold <= 1) || maxHits < 1 || threads < 1) {
				System.err
					.println("Refused: --threshold must be between 0 and 1, --max-hits and --threads at least 1.");
				return 1;
			}
			long start = System.nanoTime();
			List<String> problems = new ArrayList<>();
			List<Candidate> entries;
			List<Query> queries;
			try {
				entries = readWatchlist(watchlist, problems);
				queries = readInput(input, problems);
			}
			catch (NoSuchFileException ex) {
				System.err.println("Refused: no such file " + ex.getFile());
				return 1;
			}
			if (!problems.isEmpty()) {
				problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(System.err::println);
				if (problems.size() > MAX_PROBLEMS_SHOWN) {
					System.err.printf("... and %,d more.%n", problems.size() - MAX_PROBLEMS_SHOWN);
				}
				System.err.printf("Refused: %,d bad rows; nothing written.%n", problems.size());
				return 1;
			}
			Progress progress = new Progress("Indexing watchlist", entries.size());
			NameIndex index = NameMatching.newIndex();
			for (Candidate c : entries) {
				index.put(c);
				progress.step();
			}
			progress.done();
			List<List<Match>> results = screen(index, queries);
			Path temp = Files.createTempFile(output.toAbsolutePath().getParent(), ".screening-", ".csv.part");
			try {
				int hits = write(temp, queries, results);
				Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				System.err.printf("Checked %,d names against %,d entries: %,d with a hit, in %.1f s. Wrote %s.%n",
						queries.size(), entries.size(), hits, (System.nanoTime() - start) / 1e9, output);
				return 0;
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}

		private List<List<Match>> screen(NameIndex index, List<Query> queries) throws Exception {
			List<List<Match>> results = Arrays.asList(new List[queries.size()]);
			Progress progress = new Progress("Checking names", queries.size());
			AtomicInteger next = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> work = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					work.add(pool.submit(() -> {
						for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
							results.set(i, index.find(queries.get(i).probe(), threshold, maxHits));
							progress.step();
						}
					}));
				}
				for (Future<?> f : work) {
					f.get();
				}
			}
			finally {
				pool.shutdownNow();
			}
			progress.done();
			return results;
		}

		private static int write(Path file, List<Query> queries, List<List<Match>> results) throws IOException {
			int hits = 0;
			try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
					CSVPrinter csv = CSVFormat.RFC4180.builder()
						.setHeader("query_id", "result", "entry_id", "score")
						.get()
						.print(w)) {
				for (int i = 0; i < queries.size(); i++) {
					String id = queries.get(i).id();
					List<Match> matches = results.get(i);
					if (matches.isEmpty()) {
						csv.printRecord(id, "NO_HIT", "", "");
						continue;
					}
					hits++;
					for (Match m : matches) {
						csv.printRecord(id, "HIT", m.id(), String.format(Locale.ROOT, "%.3f", m.score()));
					}
				}
			}
			return hits;
		}

	}

	/** One row of the input: its identifier and what to ask. */
	record Query(String id, Probe probe) {
	}

	static List<Candidate> readWatchlist(Path file, List<String> problems) throws IOException {
		List<Candidate> out = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		read(file, WATCHLIST_COLUMNS, problems, (line, row) -> {
			List<String> bad = new ArrayList<>();
			String id = row.get("id");
			if (id.isEmpty()) {
				bad.add("id is empty");
			}
			else if (!ids.add(id)) {
				bad.add("id " + id + " appears twice");
			}
			String name = row.get("full_name");
			if (name.isEmpty()) {
				bad.add("full_name is empty");
			}
			BirthDate birth = birth(row.get("birth_date"), bad);
			String sex = row.get("sex").toUpperCase(Locale.ROOT);
			if (!sex.isEmpty() && !sex.equals("M") && !sex.equals("F")) {
				bad.add("sex must be M, F or empty, not " + row.get("sex"));
			}
			List<String> nationalities = split(row.get("nationality"));
			for (String n : nationalities) {
				if (!n.matches("[A-Za-z]{2}")) {
					bad.add("nationality must be ISO 3166 two-letter codes, not " + n);
				}
			}
			if (bad.isEmpty()) {
				out.add(new Candidate(id, name, split(row.get("aliases")), birth, sex.isEmpty() ? null : sex,
						Set.copyOf(nationalities), Set.copyOf(split(row.get("document_number")))));
			}
			else {
				bad.forEach(b -> problems.add(file.getFileName() + " line " + line + ": " + b));
			}
		});
		return out;
	}

	static List<Query> readInput(Path file, List<String> problems) throws IOException {
		List<Query> out = new ArrayList<>();
		read(file, INPUT_COLUMNS, problems, (line, row) -> {
			List<String> bad = new ArrayList<>();
			String id = row.get("query_id");
			if (id.isEmpty()) {
				bad.add("query_id is empty");
			}
			String name = row.get("full_name");
			String document = row.get("document_number");
			if (name.isEmpty() && document.isEmpty()) {
				bad.add("full_name and document_number are both empty");
			}
			BirthDate birth = birth(row.get("birth_date"), bad);
			String nationality = row.get("nationality");
			if (!nationality.isEmpty() && !nationality.matches("[A-Za-z]{2}")) {
				bad.add("nationality must be an ISO 3166 two-letter code, not " + nationality);
			}
			if (bad.isEmpty()) {
				out.add(new Query(id, new Probe(name, birth, nationality.isEmpty() ? null : nationality,
						document.isEmpty() ? null : document)));
			}
			else {
				bad.forEach(b -> problems.add(file.getFileName() + " line " + line + ": " + b));
			}
		});
		return out;
	}

	private static BirthDate birth(String text, List<String> bad) {
		if (text.isEmpty()) {
			return null;
		}
		if (!text.matches("\\d{4}(-\\d{2}-\\d{2})?")) {
			bad.add("birth_date must be YYYY-MM-DD or YYYY, not " + text);
			return null;
		}
		try {
			return BirthDate.parse(text);
		}
		catch (IllegalArgumentException ex) {
			bad.add("birth_date " + text + " is not a date");
			return null;
		}
	}

	private static List<String> split(String text) {
		List<String> out = new ArrayList<>();
		for (String part : text.split("\\|")) {
			if (!part.isBlank()) {
				out.add(part.strip());
			}
		}
		return out;
	}

	/** What a row handler gets: a line number and the row's fields by column. */
	interface RowHandler {

		void row(long line, Map<String, String> row);

	}

	/**
	 * Reads a UTF-8 CSV (a byte order mark is skipped) whose header must name the given
	 * columns, in any order; extra columns are ignored.
	 */
	static void read(Path file, List<String> columns, List<String> problems, RowHandler handler) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			CSVParser parser;
			try {
				parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.setIgnoreEmptyLines(true)
					.setTrim(true)
					.get()
					.parse(reader);
			}
			catch (IllegalArgumentException | java.io.UncheckedIOException ex) {
				problems.add(file.getFileName() + " line 1: unreadable header: " + ex.getMessage());
				return;
			}
			try (parser) {
				Map<String, Integer> header = parser.getHeaderMap();
				List<String> missing = columns.stream().filter(c -> !header.containsKey(c)).toList();
				if (!missing.isEmpty()) {
					problems.add(file.getFileName() + " line 1: missing columns " + String.join(", ", missing)
							+ " (expected " + String.join(",", columns) + ")");
					return;
				}
				long line = 2;
				var rows = parser.iterator();
				while (true) {
					CSVRecord record;
					try {
						if (!rows.hasNext()) {
							break;
						}
						record = rows.next();
					}
					catch (java.io.UncheckedIOException | IllegalStateException ex) {
						problems.add(
								file.getFileName() + " line " + parser.getCurrentLineNumber() + ": " + ex.getMessage());
						return;
					}
					if (!record.isConsistent()) {
						problems.add(file.getFileName() + " line " + line + ": " + record.size()
								+ " fields, the header has " + header.size());
					}
					else {
						Map<String, String> row = new java.util.HashMap<>();
						for (String c : columns) {
							row.put(c, record.get(c));
						}
						handler.row(line, row);
					}
					line = parser.getCurrentLineNumber() + 1;
				}
			}
		}
	}

	/**
	 * Progress on standard error for long work: a line every two seconds, and the total.
	 */
	static final class Progress {

		private final String what;

		private final int total;

		private final AtomicInteger done = new AtomicInteger();

		private final long start = System.nanoTime();

		private volatile long lastPrint = System.nanoTime();

		Progress(String what, int total) {
			this.what = what;
			this.total = total;
		}

		void step() {
			int d = done.incrementAndGet();
			long now = System.nanoTime();
			if (now - lastPrint > 2_000_000_000L) {
				synchronized (this) {
					if (now - lastPrint > 2_000_000_000L) {
						lastPrint = now;
						System.err.printf("%s: %,d of %,d (%d%%)%n", what, d, total,
								total == 0 ? 100 : d * 100L / total);
					}
				}
			}
		}

		void done() {
			if (System.nanoTime() - start > 2_000_000_000L) {
				System.err.printf("%s: %,d of %,d done in %.1f s%n", what, done.get(), total,
						(System.nanoTime() - start) / 1e9);
			}
		}

	}

}
