package org.puente.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.puente.sources.extraction.ExtractionJson;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code puente sources extract} and {@code bench} as an evaluator runs them: a database
 * of their own (an H2 file in a temporary folder, demo directory and registry loaded),
 * the seed articles from {@code ../shared/seeds}. Like {@link CommandLineIT} it does not
 * use the test database, so the PostgreSQL run skips it.
 */
@DisabledIfSystemProperty(named = "puente.test.db", matches = "postgres")
class SourcesCommandIT {

	static final Path SEEDS = Path.of("../shared/seeds");

	static final List<String> KEYS = List.of("event_date", "place", "kind", "agencies", "people", "agreements", "areas",
			"commitments", "same_event_as");

	static Path dataDir;

	static String url;

	static String previousDataDir;

	static String previousDbUrl;

	@BeforeAll
	static void ownDatabase() throws Exception {
		dataDir = Files.createTempDirectory("puente-sources-cli");
		url = "jdbc:h2:file:" + dataDir.resolve("puente").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		previousDataDir = System.getProperty("puente.data-dir");
		previousDbUrl = System.getProperty("PUENTE_DB_URL");
		System.setProperty("puente.data-dir", dataDir.toString());
		System.setProperty("PUENTE_DB_URL", url);
	}

	@AfterAll
	static void restore() throws Exception {
		CommandLineIT.restore("puente.data-dir", previousDataDir);
		CommandLineIT.restore("PUENTE_DB_URL", previousDbUrl);
		try (Stream<Path> files = Files.walk(dataDir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	record Run(int exit, String out, String err) {
	}

	static Run run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		InputStream in = System.in;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			System.setIn(new ByteArrayInputStream(new byte[0]));
			int exit = new CommandLine(new PuenteCommand()).execute(args);
			return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
			System.setIn(in);
		}
	}

	@Test
	void aFolderOfArticlesGivesOneJsonObjectPerLineAndLinksTheTwoReportsOfTheAugust2025Talks() throws Exception {
		List<String> files;
		try (Stream<Path> list = Files.list(SEEDS)) {
			files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
		}
		Run run = run("sources", "extract", SEEDS.toString(), "--json");
		assertThat(run.exit()).as(run.err()).isZero();
		List<String> lines = run.out().lines().toList();
		assertThat(lines).as("nothing but one JSON object per article on standard output").hasSize(files.size());
		List<Map<String, Object>> objects = new ArrayList<>();
		for (String line : lines) {
			Map<String, Object> object = ExtractionJson.read(line);
			assertThat(object.keySet()).containsAll(KEYS);
			objects.add(object);
		}
		int talks2025 = files.indexOf("004_8d0f82977c284667.txt");
		int otherReport = files.indexOf("002_34c03378e984f209.txt");
		assertThat(objects.get(talks2025).get("same_event_as")).isEqualTo("002_34c03378e984f209.txt");
		assertThat(objects.get(talks2025).get("event_date")).isEqualTo("2025-08-15");
		assertThat(objects.get(otherReport).get("same_event_as")).isNull();
		assertThat(objects.get(otherReport).get("event_date")).isEqualTo("XXXX-08-15");
		assertThat(objects.get(otherReport).get("place")).isEqualTo("Hanoi, Vietnam");
		Map<String, Object> visit2022 = objects.get(files.indexOf("000_65bf11012cc60d58.txt"));
		assertThat(visit2022.get("event_date")).isEqualTo("2022-10-12/2022-10-14");
		assertThat(visit2022.get("kind")).isEqualTo("visit");
		assertThat(visit2022.get("place")).isEqualTo("Havana, Cuba");
		assertThat(visit2022.get("same_event_as")).isNull();
		assertThat(visit2022.toString()).contains("MININT", "Lazaro Alberto Alvarez Casas", "Lieutenant General");
	}

	@Test
	void oneArticleIsMatchedToTheEngagementTheRegistryAlreadyHolds() throws Exception {
		Run run = run("sources", "extract", SEEDS.resolve("004_8d0f82977c284667.txt").toString(), "--json");
		assertThat(run.exit()).as(run.err()).isZero();
		Map<String, Object> object = ExtractionJson.read(run.out().strip());
		String id = (String) object.get("same_event_as");
		assertThat(id).as("the demo registry holds the August 2025 talks").isNotNull();
		try (Connection c = DriverManager.getConnection(url, "sa", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select start_date from engagement where id = '" + id + "'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getDate(1).toLocalDate()).hasToString("2025-08-15");
		}
	}

	@Test
	void aMissingFileIsRefusedWithOneLine() {
		Run run = run("sources", "extract", "no-such-article.txt", "--json");
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("Refused: no-such-article.txt does not exist.");
	}

	@Test
	void theBenchmarkReportsEveryFieldAndTheThroughput() {
		Run run = run("sources", "bench", "--report", "--repeat", "1", "--seed-directory",
				"src/test/resources/sources/labelled");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("Labelled articles: 18", "event_date", "same_event", "commitments",
				"articles/second");
	}

}
