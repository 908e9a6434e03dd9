package org.puente.transfer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.puente.cli.PuenteCommand;
import org.puente.support.Http;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./puente partnership export CODE FILE} and {@code ./puente partnership import
 * FILE} as an operator runs them: from a demo database into a fresh one, with progress on
 * standard error and a one-line refusal (exit 1) when the partnership is there already.
 * Each database is an H2 file of its own, so the PostgreSQL run skips this test.
 */
@DisabledIfSystemProperty(named = "puente.test.db", matches = "postgres")
class PartnershipCommandIT {

	private static final String[] PROPERTIES = { "puente.data-dir", "PUENTE_DB_URL", "puente.demo.enabled" };

	private final Map<String, String> previous = new HashMap<>();

	private Path root;

	record Run(int exit, String out, String err) {
	}

	@AfterEach
	void restore() throws Exception {
		previous.forEach((name, value) -> {
			if (value == null) {
				System.clearProperty(name);
			}
			else {
				System.setProperty(name, value);
			}
		});
		if (root != null) {
			try (Stream<Path> files = Files.walk(root)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@Test
	void exportsFromOneInstanceAndImportsIntoAnotherOnce() throws Exception {
		for (String name : PROPERTIES) {
			previous.put(name, System.getProperty(name));
		}
		root = Files.createTempDirectory("puente-transfer-cli");
		Path file = root.resolve("mps-minint.json");

		use("source", true);
		Run exported = run("partnership", "export", "MPS-MININT", file.toString());
		assertThat(exported.exit()).as(exported.err()).isZero();
		assertThat(Http.JSON.readTree(file.toFile()).get("tables").get("engagement").size()).isGreaterThan(3);
		Run unknown = run("partnership", "export", "NOPE", root.resolve("nope.json").toString());
		assertThat(unknown.exit()).isEqualTo(1);
		assertThat(unknown.err()).contains("Refused: no partnership has the code NOPE");

		use("target", false);
		Path broken = root.resolve("broken.json");
		Files.writeString(broken, "{\"format\": \"zip\"}", StandardCharsets.UTF_8);
		Run wrong = run("partnership", "import", broken.toString());
		assertThat(wrong.exit()).isEqualTo(1);
		assertThat(wrong.err().strip()).startsWith("Refused: format:").doesNotContain("\n");

		Run imported = run("partnership", "import", file.toString());
		assertThat(imported.exit()).as(imported.err()).isZero();
		assertThat(imported.err()).contains("table 1/31: agency (").contains("table 17/31: engagement (");
		assertThat(imported.out()).contains("Imported MPS-MININT");

		Run again = run("partnership", "import", file.toString());
		assertThat(again.exit()).isEqualTo(1);
		assertThat(again.err().strip()).startsWith("Refused: This instance already holds partnership")
			.doesNotContain("\n");

		Run verified = run("audit", "verify");
		assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
		assertThat(verified.out()).contains("Audit chain intact");
	}

	private void use(String name, boolean demo) throws Exception {
		Path dir = Files.createDirectories(root.resolve(name));
		System.setProperty("puente.data-dir", dir.toString());
		System.setProperty("PUENTE_DB_URL", "jdbc:h2:file:" + dir.resolve("puente").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		System.setProperty("puente.demo.enabled", Boolean.toString(demo));
	}

	private static Run run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			int exit = new CommandLine(new PuenteCommand()).execute(args);
			return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

}
