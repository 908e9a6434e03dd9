package org.puente.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code puente sources import DIR} against a database of its own, as an operator runs
 * it: progress on standard error, one line per file and a summary on standard output.
 */
@DisabledIfSystemProperty(named = "puente.test.db", matches = "postgres")
class SourcesImportCommandIT {

	static Path dataDir;

	static String previousDataDir;

	static String previousDbUrl;

	@BeforeAll
	static void ownDatabase() throws Exception {
		dataDir = Files.createTempDirectory("puente-sources-cli");
		previousDataDir = System.getProperty("puente.data-dir");
		previousDbUrl = System.getProperty("PUENTE_DB_URL");
		System.setProperty("puente.data-dir", dataDir.toString());
		System.setProperty("PUENTE_DB_URL", "jdbc:h2:file:" + dataDir.resolve("puente").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	@AfterAll
	static void restore() throws Exception {
		CommandLineIT.restore("puente.data-dir", previousDataDir);
		CommandLineIT.restore("PUENTE_DB_URL", previousDbUrl);
		try (Stream<Path> files = Files.walk(dataDir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	static CommandLineIT.Run run(String stdin, String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		InputStream in = System.in;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			System.setIn(new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)));
			int exit = new CommandLine(new PuenteCommand()).execute(args);
			return new CommandLineIT.Run(exit, outBytes.toString(StandardCharsets.UTF_8),
					errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
			System.setIn(in);
		}
	}

	@Test
	void importsAFolderWithProgressAndASummary() throws Exception {
		CommandLineIT.Run admin = run("a-long-cli-password-42\n", "admin", "create", "--username", "desk", "--agency",
				"MPS", "--password-stdin");
		assertThat(admin.exit()).as(admin.err()).isZero();

		Path folder = Files.createTempDirectory(dataDir, "articles");
		Path seeds = Path.of("../shared/seeds");
		Files.copy(seeds.resolve("000_65bf11012cc60d58.txt"), folder.resolve("a-2022.txt"));
		Files.copy(seeds.resolve("004_8d0f82977c284667.txt"), folder.resolve("b-2025.txt"));
		Files.copy(seeds.resolve("004_8d0f82977c284667.txt"), folder.resolve("c-copy.txt"));
		Files.write(folder.resolve("d-empty.txt"), new byte[0]);
		Files.writeString(folder.resolve("e-people.csv"),
				"name,rank\nTo Lam,General\nLe Van Tuyen,Lieutenant General\n");

		CommandLineIT.Run run = run(null, "sources", "import", folder.toString(), "--as", "desk", "--outlet", "VNA");
		assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
		assertThat(run.err()).contains("[##############################] 5/5");
		assertThat(run.out()).contains("Imported 2, duplicates 1, failed 2 (of 5 files).")
			.containsPattern("imported +a-2022.txt: [0-9a-f-]{36} \\(en\\)")
			.contains("duplicate c-copy.txt: same text as")
			.contains("failed    d-empty.txt: file holds no text.")
			.contains("failed    e-people.csv: file does not read like an article");

		// run again: everything is already there
		CommandLineIT.Run again = run(null, "sources", "import", folder.toString(), "--as", "desk");
		assertThat(again.out()).contains("Imported 0, duplicates 3, failed 2 (of 5 files).");

		CommandLineIT.Run nobody = run(null, "sources", "import", folder.toString(), "--as", "nobody");
		assertThat(nobody.exit()).isEqualTo(1);
		assertThat(nobody.err()).contains("Refused: nobody is not an enabled editor.");
	}

}
