package org.puente.cli;

import java.util.concurrent.Callable;

import org.puente.security.AuditLog;
import org.puente.security.AuditVerification;
import picocli.CommandLine.Command;

/** Checks the audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit trail.",
		subcommands = AuditCommand.Verify.class)
class AuditCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		new picocli.CommandLine(this).usage(System.out);
		return 0;
	}

	@Command(name = "verify", mixinStandardHelpOptions = true,
			description = "Recompute the hash chain of the audit log; exit 1 and name the first broken entry "
					+ "if anything was changed, removed or inserted.")
	static class Verify implements Callable<Integer> {

		@Override
		public Integer call() {
			try (var context = Contexts.offline()) {
				AuditVerification result = context.getBean(AuditLog.class)
					.verify(checked -> System.err.printf("\rChecked %,d entries", checked));
				System.err.println();
				if (result.intact()) {
					System.out.printf("Audit chain intact: %,d entries verified.%n", result.checked());
					return 0;
				}
				System.out.printf("Audit chain BROKEN at entry %d (%s); %,d entries checked.%n",
						result.firstBrokenSeq(), result.reason(), result.checked());
				return 1;
			}
		}

	}

}
