package org.puente.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code puente} command: serve the application or run admin work against its
 * database.
 */
@Command(name = "puente", mixinStandardHelpOptions = true, version = "Puente 0.1",
		description = "Secure cooperation platform for partner law-enforcement ministries.",
		subcommands = { ServeCommand.class, AdminCommand.class, AuditCommand.class, PartnershipCommand.class,
				ScreeningCommand.class, ExchangeCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:Success.", "1:The check failed or the work was refused (see the message).",
				"2:Invalid command line.", "3:Unexpected error." })
public class PuenteCommand implements Callable<Integer> {

	/** The application's entry point ({@code java -jar puente.jar ...}). */
	public static void main(String[] args) {
		int exit = new CommandLine(new PuenteCommand()).setCaseInsensitiveEnumValuesAllowed(true)
			.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
				// One clear line for the user (database unreachable, bad data folder...),
				// exit 3.
				Throwable root = ex;
				while (root.getCause() != null && root.getCause() != root) {
					root = root.getCause();
				}
				commandLine.getErr().println("puente: " + root.getMessage());
				return 3;
			})
			.execute(args);
		if (exit != 0 || args.length == 0 || !"serve".equals(args[0])) {
			System.exit(exit);
		}
	}

	@Override
	public Integer call() {
		new picocli.CommandLine(this).usage(System.out);
		return 0;
	}

}
