package org.puente.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.puente.security.AuditLog;
import org.puente.security.UserAdministration;
import org.puente.security.UserView;
import org.puente.shared.Forbidden;
import org.puente.shared.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Administrator accounts from the command line. */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "Manage administrator accounts.",
		subcommands = AdminCommand.Create.class)
class AdminCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		new picocli.CommandLine(this).usage(System.out);
		return 0;
	}

	@Command(name = "create", mixinStandardHelpOptions = true,
			description = "Create a system administrator. The password is asked twice on the terminal, "
					+ "or read from standard input with --password-stdin; it is never an argument.")
	static class Create implements Callable<Integer> {

		@Option(names = "--username", required = true, description = "Sign-in name (lower case).")
		String username;

		@Option(names = "--agency", required = true, description = "Agency code, e.g. MPS or MININT.")
		String agency;

		@Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
		boolean passwordStdin;

		@Option(names = "--additional",
				description = "Also create the account when an administrator already exists (recovery).")
		boolean additional;

		@Override
		public Integer call() throws IOException {
			char[] password = readPassword();
			if (password == null) {
				System.err.println("No password given: run in a terminal or pass --password-stdin.");
				return 1;
			}
			try (var context = Contexts.offline()) {
				UserAdministration admin = context.getBean(UserAdministration.class);
				UserView created = AuditLog.runAs("cli:" + System.getProperty("user.name"),
						() -> admin.createAdmin(username, new String(password), agency, additional));
				System.out.printf("Created administrator %s (%s).%n", created.username(), created.agency());
				return 0;
			}
			catch (InvalidInput ex) {
				ex.errors()
					.forEach(e -> System.err.printf("Refused: %s: %s%n", e.field(), Messages.reason(e.reason())));
				return 1;
			}
			catch (Forbidden ex) {
				System.err.println("Refused: an administrator already exists. Use --additional to add another.");
				return 1;
			}
			finally {
				Arrays.fill(password, ' ');
			}
		}

		private char[] readPassword() throws IOException {
			if (passwordStdin) {
				String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
				return line == null ? null : line.toCharArray();
			}
			Console console = System.console();
			if (console == null) {
				return null;
			}
			char[] first = console.readPassword("Password for %s (12 characters or more): ", username);
			char[] second = console.readPassword("Repeat the password: ");
			if (first == null || !Arrays.equals(first, second)) {
				System.err.println("The passwords differ.");
				return null;
			}
			return first;
		}

	}

}
