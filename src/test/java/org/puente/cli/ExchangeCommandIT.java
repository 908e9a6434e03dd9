package org.puente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.puente.PuenteApplication;
import org.puente.exchange.internal.ExchangeCases;
import org.puente.exchange.internal.ExchangeMessages;
import org.puente.security.CurrentUser;
import org.puente.security.PuentePrincipal;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.Classification;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code puente exchange verify} against a database of its own, as an operator runs it on
 * the server: a case written by Puente is intact; after a message's text is changed in
 * the database the command exits 1 and names that message.
 */
@DisabledIfSystemProperty(named = "puente.test.db", matches = "postgres")
class ExchangeCommandIT {

	static Path dataDir;

	static String previousDataDir;

	static String previousDbUrl;

	@BeforeAll
	static void ownDatabase() throws Exception {
		dataDir = Files.createTempDirectory("puente-exchange-cli");
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
	void verifiesACaseAndNamesTheMessageChangedInTheDatabase() {
		String reference;
		UUID second;
		try (var context = new SpringApplicationBuilder(PuenteApplication.class).web(WebApplicationType.NONE)
			.properties(Map.of("spring.jpa.properties.hibernate.search.enabled", "false", "puente.demo.enabled",
					"false", "spring.main.banner-mode", "off"))
			.run()) {
			CurrentUser officer = new CurrentUser(UUID.randomUUID(), "cli-officer", "CLI Officer",
					new AgencyId("MPS-A05"), new AgencyId("MPS"), Set.of(Role.EDITOR), Classification.SECRET, "vi");
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken
					.authenticated(new PuentePrincipal(officer, "-", true, false), null, List.of()));
			try {
				ExchangeCases cases = context.getBean(ExchangeCases.class);
				ExchangeMessages messages = context.getBean(ExchangeMessages.class);
				ExchangeCases.CaseView c = cases.create(officer, new ExchangeCases.CaseForm("Đường dây lừa đảo", "HIGH",
						List.of("crime-hitech"), List.of("MININT-DGCI"), null, null, null));
				reference = c.reference();
				messages.send(officer, c.id(), form("Yêu cầu thông tin", "Ba địa chỉ máy chủ"));
				second = messages.send(officer, c.id(), form("Bổ sung", "Tài khoản ngân hàng")).id();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
			assertThat(CommandLineIT.run(null, "exchange", "verify", reference).exit()).isZero();
			context.getBean(JdbcTemplate.class)
				.update("update exchange_message set body = 'Tài khoản khác' where id = ?", second);
		}

		CommandLineIT.Run broken = CommandLineIT.run(null, "exchange", "verify", reference);
		assertThat(broken.exit()).as(broken.out() + broken.err()).isEqualTo(1);
		assertThat(broken.out())
			.contains("Case " + reference + " BROKEN at message 2 (" + second + "): content-changed");

		CommandLineIT.Run unknown = CommandLineIT.run(null, "exchange", "verify", "MPS-1999-000000");
		assertThat(unknown.exit()).isEqualTo(1);
		assertThat(unknown.err()).contains("no case has the reference MPS-1999-000000");
	}

	private static ExchangeMessages.MessageForm form(String subject, String text) {
		return new ExchangeMessages.MessageForm(List.of("MININT-DGCI"), subject, text, "vi", "RESTRICTED",
				List.of("H0"), null, "B", 2, "REQUEST_FOR_INFORMATION", "URGENT", null, List.of());
	}

}
