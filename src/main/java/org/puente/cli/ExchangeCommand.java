package org.puente.cli;

import java.util.concurrent.Callable;

import org.puente.exchange.CaseEvidence;
import org.puente.exchange.CaseVerification;
import org.puente.shared.NotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code puente exchange}: check a case's evidence; manage the agencies' signing keys.
 */
@Command(name = "exchange", mixinStandardHelpOptions = true, description = "Work with the secure exchange.",
		subcommands = { ExchangeCommand.Verify.class, ExchangeKeysCommand.class, ExchangeBenchCommand.class })
class ExchangeCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		new picocli.CommandLine(this).usage(System.out);
		return 0;
	}

	@Command(name = "verify", mixinStandardHelpOptions = true,
			description = "Recompute a case's hash chain and check every message's and receipt's signature and "
					+ "every attachment's checksum; exit 1 and name the first broken link if anything was changed.")
	static class Verify implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "CASE-REF", description = "The case reference, e.g. MPS-2026-000123.")
		String reference;

		@Override
		public Integer call() {
			try (var context = Contexts.offline()) {
				System.err.printf("Checking case %s ...%n", reference);
				CaseVerification result = context.getBean(CaseEvidence.class).verify(reference);
				if (result.intact()) {
					System.out.printf("Case %s intact: %d messages and %d receipts verified.%n", result.reference(),
							result.messagesChecked(), result.receiptsChecked());
					return 0;
				}
				CaseVerification.Finding first = result.firstBroken();
				System.out.printf("Case %s BROKEN at message %d (%s): %s: %s%n", result.reference(), first.seq(),
						first.messageId(), first.problem(), first.detail());
				for (CaseVerification.Finding f : result.findings().subList(1, result.findings().size())) {
					System.out.printf("  also message %d (%s): %s: %s%n", f.seq(), f.messageId(), f.problem(),
							f.detail());
				}
				System.out.printf("%d messages and %d receipts checked.%n", result.messagesChecked(),
						result.receiptsChecked());
				return 1;
			}
			catch (NotFound ex) {
				System.err.printf("Refused: no case has the reference %s.%n", reference);
				return 1;
			}
		}

	}

}
