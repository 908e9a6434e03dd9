package org.puente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.puente.PuenteApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.boot.SpringApplication;

/** Runs the web application. */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Serve the Puente web UI and API (embedded H2 unless PUENTE_DB_URL is set).")
class ServeCommand implements Callable<Integer> {

	@Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}, or PUENTE_PORT).",
			defaultValue = "${env:PUENTE_PORT:-8080}")
	int port;

	@Option(names = "--data-dir",
			description = "Folder for the embedded database, index and files "
					+ "(default: ${DEFAULT-VALUE}, or PUENTE_DATA_DIR).",
			defaultValue = "${env:PUENTE_DATA_DIR:-./data}")
	String dataDir;

	@Option(names = "--demo", negatable = true, defaultValue = "${env:PUENTE_DEMO:-true}", fallbackValue = "true",
			description = "Load the demo MPS–MININT partnership into an empty database (default: ${DEFAULT-VALUE}).")
	boolean demo;

	@Override
	public Integer call() {
		List<String> args = new ArrayList<>();
		args.add("--server.port=" + port);
		args.add("--puente.data-dir=" + dataDir);
		args.add("--puente.demo.enabled=" + demo);
		args.add("--puente.first-run-prompt=" + (System.console() != null));
		SpringApplication.run(PuenteApplication.class, args.toArray(String[]::new));
		return 0;
	}

}
