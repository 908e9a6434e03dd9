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
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code puente} command line against a database of its own (an H2 file in a
 * temporary folder), as an operator would run it on a server. It does not use the test
 * database, so the PostgreSQL run of the suite skips it rather than repeat it.
 */
@DisabledIfSystemProperty(named = "puente.test.db", matches = "postgres")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineIT {

	static final String PASSWORD = "a-long-cli-password-42";

	static Path dataDir;

	static String url;

	static String previousDataDir;

	static String previousDbUrl;

	@BeforeAll
	static void ownDatabase() throws Exception {
		dataDir = Files.createTempDirectory("puente-cli");
		url = "jdbc:h2:file:" + dataDir.resolve("puente").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		previousDataDir = System.getProperty("puente.data-dir");
		previousDbUrl = System.getProperty("PUENTE_DB_URL");
		System.setProperty("puente.data-dir", dataDir.toString());
		System.setProperty("PUENTE_DB_URL", url);
	}

	@AfterAll
	static void restore() throws Exception {
		restore("puente.data-dir", previousDataDir);
		restore("PUENTE_DB_URL", previousDbUrl);
		try (Stream<Path> files = Files.walk(dataDir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	static void restore(String name, String value) {
		if (value == null) {
			System.clearProperty(name);
		}
		else {
			System.setProperty(name, value);
		}
	}

	/** What a run printed and how it ended. */
	record Run(int exit, String out, String err) {
	}

	static Run run(String stdin, String... args) {
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
			return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
			System.setIn(in);
		}
	}

	@Test
	@Order(1)
	void verifiesTheAuditChainOfAFreshDatabase() {
		Run run = run(null, "audit", "verify");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("Audit chain intact").contains("entries verified");
	}

	@Test
	@Order(2)
	void createsTheFirstAdministratorWithThePasswordFromStandardInput() {
		Run run = run(PASSWORD + "\n", "admin", "create", "--username", "ops-admin", "--agency", "MININT",
				"--password-stdin");
		assertThat(run.exit()).as(run.out() + run.err()).isZero();
		assertThat(run.out()).contains("Created administrator ops-admin (MININT)");
		assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
	}

	@Test
	@Order(3)
	void refusesASecondAdministratorUnlessAskedForOne() {
		Run again = run(PASSWORD + "\n", "admin", "create", "--username", "second-admin", "--agency", "MPS",
				"--password-stdin");
		assertThat(again.exit()).isEqualTo(1);
		assertThat(again.err()).contains("an administrator already exists");

		Run additional = run(PASSWORD + "\n", "admin", "create", "--username", "second-admin", "--agency", "MPS",
				"--password-stdin", "--additional");
		assertThat(additional.exit()).as(additional.err()).isZero();
		assertThat(additional.out()).contains("Created administrator second-admin (MPS)");
	}

	@Test
	@Order(4)
	void refusesBadInputWithOneLinePerField() {
		Run weak = run("short\n", "admin", "create", "--username", "weak-admin", "--agency", "MPS", "--password-stdin",
				"--additional");
		assertThat(weak.exit()).isEqualTo(1);
		assertThat(weak.err()).contains("Refused: password: must be 12 to 200 characters long.");

		Run unknown = run(PASSWORD + "\n", "admin", "create", "--username", "x", "--agency", "NOWHERE",
				"--password-stdin", "--additional");
		assertThat(unknown.exit()).isEqualTo(1);
		assertThat(unknown.err()).contains("Refused: agency: is not a known agency.")
			.contains("Refused: username: must be 3 to 60 characters");

		Run unit = run(PASSWORD + "\n", "admin", "create", "--username", "unit-admin", "--agency", "MININT-DGCI",
				"--password-stdin", "--additional");
		assertThat(unit.exit()).isEqualTo(1);
		assertThat(unit.err()).contains("Refused: agency: must be a ministry, not a unit.");

		Run noPassword = run("", "admin", "create", "--username", "silent-admin", "--agency", "MPS", "--password-stdin",
				"--additional");
		assertThat(noPassword.exit()).isEqualTo(1);
		assertThat(noPassword.err()).contains("No password given");

		Run missingOption = run(null, "admin", "create", "--agency", "MPS");
		assertThat(missingOption.exit()).isEqualTo(2);
		assertThat(missingOption.err()).contains("--username");
	}

	@Test
	@Order(5)
	void theChainIsStillIntactAfterTheCliChangedThings() {
		Run run = run(null, "audit", "verify");
		assertThat(run.exit()).as(run.out() + run.err()).isZero();
	}

	@Test
	@Order(6)
	void reportsATamperedAuditChainWithExitCodeOne() throws Exception {
		long seq;
		try (Connection c = DriverManager.getConnection(url, "sa", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select seq from audit_entry where record_type = 'UserAccount' order by seq limit 1")) {
			assertThat(rs.next()).as("the CLI's account creation was audited").isTrue();
			seq = rs.getLong(1);
			s.executeUpdate("update audit_entry set actor = 'nobody' where seq = " + seq);
		}
		Run run = run(null, "audit", "verify");
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).contains("Audit chain BROKEN at entry " + seq).contains("content.hash.mismatch");
	}

	@Test
	@Order(7)
	void everyCommandHasHelp() {
		List<List<String>> commands = new ArrayList<>();
		collect(new CommandLine(new PuenteCommand()), new ArrayList<>(), commands);
		assertThat(commands).extracting(c -> String.join(" ", c))
			.contains("", "serve", "admin", "admin create", "audit", "audit verify");
		for (List<String> command : commands) {
			List<String> args = new ArrayList<>(command);
			args.add("--help");
			Run help = run(null, args.toArray(String[]::new));
			assertThat(help.exit()).as("puente %s --help", String.join(" ", command)).isZero();
			assertThat(help.out()).as("puente %s --help", String.join(" ", command)).contains("Usage:");
		}
		assertThat(run(null, "--version").out()).contains("Puente");
		assertThat(run(null, "no-such-command").exit()).isEqualTo(2);
	}

	private static void collect(CommandLine command, List<String> path, List<List<String>> out) {
		out.add(List.copyOf(path));
		command.getSubcommands().forEach((name, sub) -> {
			if (!sub.getCommandSpec().name().equals(name)) {
				return; // an alias
			}
			List<String> next = new ArrayList<>(path);
			next.add(name);
			collect(sub, next, out);
		});
	}

}
