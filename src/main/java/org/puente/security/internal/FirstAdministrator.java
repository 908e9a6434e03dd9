package org.puente.security.internal;

import java.io.Console;

import org.puente.security.AuditLog;
import org.puente.security.UserAdministration;
import org.puente.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in: while no administrator exists, one is created from
 * PUENTE_ADMIN_USERNAME / PUENTE_ADMIN_PASSWORD / PUENTE_ADMIN_AGENCY, or asked for once
 * on the terminal. There is no default password.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAdministration users;

	private final Environment environment;

	private final boolean prompt;

	FirstAdministrator(UserAdministration users, Environment environment,
			@Value("${puente.first-run-prompt:false}") boolean prompt) {
		this.users = users;
		this.environment = environment;
		this.prompt = prompt;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.adminExists()) {
			return;
		}
		String username = environment.getProperty("PUENTE_ADMIN_USERNAME");
		String password = environment.getProperty("PUENTE_ADMIN_PASSWORD");
		String agency = environment.getProperty("PUENTE_ADMIN_AGENCY");
		if (username != null && password != null && agency != null) {
			create(username, password, agency);
			return;
		}
		Console console = System.console();
		if (prompt && console != null) {
			console.printf("%nNo administrator exists yet. Create the first one.%n");
			String name = console.readLine("Username [admin]: ");
			String code = console.readLine("Agency code (e.g. MPS, MININT) [MPS]: ");
			char[] secret = console.readPassword("Password (12 characters or more): ");
			create(name == null || name.isBlank() ? "admin" : name, secret == null ? "" : new String(secret),
					code == null || code.isBlank() ? "MPS" : code);
			return;
		}
		LOG.warn("No administrator exists. Set PUENTE_ADMIN_USERNAME, PUENTE_ADMIN_PASSWORD and PUENTE_ADMIN_AGENCY, "
				+ "or run './puente admin create --username NAME --agency MPS'.");
	}

	private void create(String username, String password, String agency) {
		try {
			AuditLog.runAs("first-run", () -> users.createAdmin(username, password, agency, false));
			LOG.info("Created the first administrator '{}' of {}", username, agency);
		}
		catch (InvalidInput ex) {
			LOG.error("Could not create the first administrator: {}", ex.errors());
		}
	}

}
