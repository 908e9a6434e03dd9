package org.puente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code puente exchange keys} against a database of its own: the first run makes the
 * master secret (owner-only) and the ministries' keys; rotation retires the current key
 * and keeps it listed; an unknown agency is refused.
 */
@DisabledIfSystemProperty(named = "puente.test.db", matches = "postgres")
class ExchangeKeysCommandIT {

	static Path dataDir;

	static String previousDataDir;

	static String previousDbUrl;

	@BeforeAll
	static void ownDatabase() throws Exception {
		dataDir = Files.createTempDirectory("puente-keys-cli");
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

	@Test
	void listsRotatesAndRefusesAnUnknownAgency() throws Exception {
		CommandLineIT.Run list = CommandLineIT.run(null, "exchange", "keys", "list", "MPS");
		assertThat(list.exit()).as(list.err()).isZero();
		assertThat(list.out()).contains("CURRENT").contains("-----BEGIN PUBLIC KEY-----");
		String first = list.out().lines().filter(l -> l.contains("CURRENT")).findFirst().orElseThrow().split(" ")[0];
		Path master = dataDir.resolve("keys").resolve("master.key");
		assertThat(master).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(master))).isEqualTo("rw-------");

		CommandLineIT.Run rotated = CommandLineIT.run(null, "exchange", "keys", "rotate", "MPS");
		assertThat(rotated.exit()).as(rotated.err()).isZero();
		assertThat(rotated.out()).contains("Rotated:").contains(first + "  Ed25519").contains("retired");
		String current = rotated.out().lines().filter(l -> l.contains("CURRENT")).findFirst().orElseThrow();
		assertThat(current).doesNotStartWith(first);

		CommandLineIT.Run unknown = CommandLineIT.run(null, "exchange", "keys", "rotate", "NOPE");
		assertThat(unknown.exit()).isEqualTo(1);
		assertThat(unknown.err()).contains("no agency has the code NOPE");
	}

}
