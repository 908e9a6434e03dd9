package org.puente;

import org.puente.cli.PuenteCommand;
import picocli.CommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Puente: one deployable application; {@code main} is the {@code puente} command line.
 */
@SpringBootApplication
public class PuenteApplication {

	public static void main(String[] args) {
		int exit = new CommandLine(new PuenteCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
		if (exit != 0 || args.length == 0 || !"serve".equals(args[0])) {
			System.exit(exit);
		}
	}

}
