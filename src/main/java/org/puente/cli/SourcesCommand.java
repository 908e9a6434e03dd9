package org.puente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.puente.registry.RegistryEngagements;
import org.puente.shared.Classification;
import org.puente.sources.Article;
import org.puente.sources.Extraction;
import org.puente.sources.extraction.Bench;
import org.puente.sources.extraction.ExtractionJson;
import org.puente.sources.extraction.RuleBasedExtractor;
import org.puente.sources.extraction.SameEvent;
import org.puente.sources.extraction.SeedGazetteer;
import org.puente.sources.extraction.SourceExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/** Press articles: what extraction proposes from them, and how well it does. */
@Command(name = "sources", mixinStandardHelpOptions = true,
		description = "Extract the records press articles report, and measure the extraction.",
		subcommands = { SourcesCommand.Extract.class, SourcesCommand.BenchCommand.class, SourcesImportCommand.class })
class SourcesCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		new picocli.CommandLine(this).usage(System.out);
		return 0;
	}

	/**
	 * The extraction engine over the directory in the database (a Spring context without
	 * the web server, its output kept off standard output), or over the seed directory.
	 */
	static <T> T withEngine(boolean seedDirectory, java.util.function.Function<RuleBasedExtractor, T> work) {
		return withEngine(seedDirectory, (engine, registry) -> work.apply(engine));
	}

	/**
	 * As {@link #withEngine(boolean, java.util.function.Function)}, with a lookup of the
	 * registry engagement an extraction reports (none with the seed directory).
	 */
	static <T> T withEngine(boolean seedDirectory,
			java.util.function.BiFunction<RuleBasedExtractor, java.util.function.Function<Extraction, String>, T> work) {
		if (seedDirectory) {
			return work.apply(new RuleBasedExtractor(new SeedGazetteer(true)), e -> null);
		}
		PrintStream out = System.out;
		ConfigurableApplicationContext context;
		System.setOut(System.err); // whatever starting Spring prints must not mix with
									// the JSON
		try {
			context = Contexts.offline();
		}
		finally {
			System.setOut(out);
		}
		try (context) {
			RegistryEngagements registry = context.getBean(RegistryEngagements.class);
			return work.apply(context.getBean(SourceExtractor.class).engine(Classification.UNCLASSIFIED),
					e -> sameEngagement(registry, e));
		}
	}

	/** The id of the registry engagement the extraction reports, or null. */
	static String sameEngagement(RegistryEngagements registry, Extraction e) {
		if (e.event() == null || e.event().from() == null) {
			return null;
		}
		List<RegistryEngagements.EngagementFacts> near = registry.overlapping(e.event().from().minusDays(1),
				e.event().to().plusDays(1));
		List<SameEvent.Facts> facts = near.stream()
			.map(n -> new SameEvent.Facts(n.startDate(), n.endDate() == null ? n.startDate() : n.endDate(), null,
					n.kind(), n.placeCity(), n.placeCountry(),
					java.util.stream.Stream.of(n.hostAgency(), n.guestAgency())
						.filter(java.util.Objects::nonNull)
						.collect(java.util.stream.Collectors.toSet()),
					n.people().stream().map(SameEvent::personKey).collect(java.util.stream.Collectors.toSet())))
			.toList();
		int i = SameEvent.sameAsEarlier(facts, SameEvent.Facts.of(e));
		return i < 0 ? null : near.get(i).id().toString();
	}

	@Command(name = "extract", mixinStandardHelpOptions = true,
			description = "Print what extraction proposes from an article FILE, or from every article in DIR "
					+ "(one JSON object per line, in file-name order; same_event_as names an earlier file "
					+ "reporting the same event).")
	static class Extract implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "FILE|DIR",
				description = "An article (.txt, .html, .docx, .pdf) or a folder of them.")
		Path path;

		@Option(names = "--published", paramLabel = "YYYY-MM-DD",
				description = "Publication date, to resolve 'on Friday' and dates without a year.")
		LocalDate published;

		@Option(names = "--json", description = "One JSON object per article on one line (else indented).")
		boolean json;

		@Option(names = "--seed-directory",
				description = "Match against the built-in seed directory instead of the database (no start-up).")
		boolean seedDirectory;

		@Override
		public Integer call() throws IOException {
			if (!Files.exists(path)) {
				System.err.printf("Refused: %s does not exist.%n", path);
				return 1;
			}
			List<Path> files = new ArrayList<>();
			if (Files.isDirectory(path)) {
				try (Stream<Path> list = Files.list(path)) {
					list.filter(Files::isRegularFile)
						.filter(p -> !p.getFileName().toString().startsWith("."))
						.filter(p -> article(p.getFileName().toString()))
						.sorted()
						.forEach(files::add);
				}
			}
			else {
				files.add(path);
			}
			List<String> texts = new ArrayList<>();
			for (Path f : files) {
				try {
					texts.add(read(f));
				}
				catch (IOException | TikaException ex) {
					System.err.printf("Skipped %s: cannot read it as text (%s).%n", f.getFileName(), ex.getMessage());
					texts.add(null);
				}
			}
			return withEngine(seedDirectory, (engine, registry) -> {
				List<SameEvent.Facts> earlier = new ArrayList<>();
				List<String> names = new ArrayList<>();
				for (int i = 0; i < files.size(); i++) {
					if (texts.get(i) == null) {
						continue;
					}
					Extraction e = engine.extract(new Article(null, texts.get(i), null, null, published, null));
					Map<String, Object> out = ExtractionJson.toMap(e);
					if (files.size() > 1) {
						SameEvent.Facts facts = SameEvent.Facts.of(e);
						int same = SameEvent.sameAsEarlier(earlier, facts);
						out.put("same_event_as", same < 0 ? null : names.get(same));
						out.put("file", files.get(i).getFileName().toString());
						earlier.add(facts);
						names.add(files.get(i).getFileName().toString());
					}
					else {
						out.put("same_event_as", registry.apply(e));
					}
					System.out.println(json ? ExtractionJson.writeLine(out) : ExtractionJson.writePretty(out));
				}
				System.out.flush();
				return 0;
			});
		}

		private static boolean article(String name) {
			String n = name.toLowerCase(Locale.ROOT);
			return !n.contains(".") || n.matches(".*\\.(txt|text|md|html|htm|docx|doc|pdf|odt|rtf)$");
		}

		/** Plain text as UTF-8 (else Windows-1252); other formats through Tika. */
		static String read(Path file) throws IOException, TikaException {
			String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (!n.contains(".") || n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")) {
				byte[] bytes = Files.readAllBytes(file);
				try {
					return StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.decode(java.nio.ByteBuffer.wrap(bytes))
						.toString();
				}
				catch (CharacterCodingException ex) {
					return new String(bytes, Charset.forName("windows-1252"));
				}
			}
			return new Tika().parseToString(file);
		}

	}

	@Command(name = "bench", mixinStandardHelpOptions = true,
			description = "Run extraction over a labelled set and print precision, recall and F1 per field, "
					+ "and throughput in articles per second.")
	static class BenchCommand implements Callable<Integer> {

		@Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
				description = "Folder of labels (default: src/test/resources/sources/labelled).")
		Path dir = Path.of("src/test/resources/sources/labelled");

		@Option(names = "--report", description = "Print the report table.")
		boolean report;

		@Option(names = "--details", description = "Also list every difference from the labels.")
		boolean details;

		@Option(names = "--repeat", paramLabel = "N", defaultValue = "20",
				description = "Timed passes over the set for the throughput (default ${DEFAULT-VALUE}).")
		int repeat;

		@Option(names = "--seed-directory",
				description = "Match against the built-in seed directory instead of the database (no start-up).")
		boolean seedDirectory;

		@Override
		public Integer call() {
			if (!Files.isDirectory(dir)) {
				System.err.printf("Refused: %s is not a folder of labels.%n", dir);
				return 1;
			}
			List<Bench.Labelled> set = Bench.load(dir);
			if (set.isEmpty()) {
				System.err.printf("Refused: %s holds no *.json labels.%n", dir);
				return 1;
			}
			Supplier<Integer> none = () -> 0;
			return withEngine(seedDirectory, engine -> {
				Bench.Report r = Bench.run(set, engine, Math.max(1, repeat));
				if (report || details) {
					System.out.print(r.format());
				}
				else {
					System.out.printf(Locale.ROOT, "%d articles, %.1f articles/second; --report for the table.%n",
							r.articles(), r.articlesPerSecond());
				}
				if (details) {
					r.differences().forEach(System.out::println);
				}
				return none.get();
			});
		}

	}

}
