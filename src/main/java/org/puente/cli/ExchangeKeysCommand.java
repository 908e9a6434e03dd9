package org.puente.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.puente.exchange.evidence.Signatures;
import org.puente.exchange.evidence.Signatures.AgencyKey;
import org.puente.security.AuditLog;
import org.puente.shared.AgencyId;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code puente exchange keys}: list or rotate an agency's signing keys (wired as a
 * subcommand of {@code exchange}).
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
		description = "List or rotate the signing keys of an agency's secure exchange.",
		subcommands = { ExchangeKeysCommand.ListKeys.class, ExchangeKeysCommand.Rotate.class })
public class ExchangeKeysCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		new picocli.CommandLine(this).usage(System.out);
		return 0;
	}

	static void print(List<AgencyKey> keys) {
		for (AgencyKey key : keys) {
			System.out.printf("%s  %s  created %s  %s%n", key.keyId(), key.algorithm(), key.created(),
					key.retired() == null ? "CURRENT" : "retired " + key.retired());
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Print the agency's keys, current first, with their public keys.")
	static class ListKeys implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "AGENCY", description = "The agency (ministry) code, e.g. MPS.")
		String agency;

		@Override
		public Integer call() {
			try (var context = Contexts.offline()) {
				List<AgencyKey> keys = AuditLog.runAs("cli:" + System.getProperty("user.name"),
						() -> context.getBean(Signatures.class).keys(new AgencyId(agency)));
				print(keys);
				keys.forEach(key -> System.out.print(key.keyId() + "\n" + key.publicKeyPem()));
				return 0;
			}
			catch (NotFound | InvalidInput ex) {
				System.err.printf("Refused: no agency has the code %s.%n", agency);
				return 1;
			}
		}

	}

	@Command(name = "rotate", mixinStandardHelpOptions = true,
			description = "Retire the agency's current key and make a new one; signatures made with the "
					+ "retired key still verify. Audited.")
	static class Rotate implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "AGENCY", description = "The agency (ministry) code, e.g. MPS.")
		String agency;

		@Override
		public Integer call() {
			try (var context = Contexts.offline()) {
				Signatures signatures = context.getBean(Signatures.class);
				AgencyKey current = AuditLog.runAs("cli:" + System.getProperty("user.name"),
						() -> signatures.rotate(new AgencyId(agency)));
				System.out.printf("Rotated: %s is now the current key of %s.%n", current.keyId(), current.agency());
				print(signatures.keys(current.agency()));
				return 0;
			}
			catch (NotFound | InvalidInput ex) {
				System.err.printf("Refused: no agency has the code %s.%n", agency);
				return 1;
			}
		}

	}

}
