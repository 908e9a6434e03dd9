package org.puente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import org.puente.security.AuditLog;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;
import org.puente.transfer.PartnershipTransfer;
import org.puente.transfer.Restored;
import org.puente.transfer.TransferRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Copies a whole partnership out to a JSON file, and restores one from it. */
@Command(name = "partnership", mixinStandardHelpOptions = true,
		description = "Export a whole partnership to JSON, or import one into an instance that does not hold it.",
		subcommands = { PartnershipCommand.Export.class, PartnershipCommand.Import.class })
class PartnershipCommand implements Callable<Integer> {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/transfer", Locale.ROOT);

	@Override
	public Integer call() {
		new picocli.CommandLine(this).usage(System.out);
		return 0;
	}

	static String reason(String reason) {
		String key = "reason." + reason;
		return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : Messages.reason(reason);
	}

	@Command(name = "export", mixinStandardHelpOptions = true,
			description = "Write the partnership with every record it holds and references to FILE as JSON.")
	static class Export implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "CODE", description = "The partnership's code, e.g. MPS-MININT.")
		String code;

		@Parameters(index = "1", paramLabel = "FILE", description = "The JSON file to write.")
		Path file;

		@Override
		public Integer call() throws IOException {
			try (var context = Contexts.offline()) {
				byte[] document = context.getBean(PartnershipTransfer.class).export(code);
				Files.write(file, document);
				System.err.printf("Exported %s to %s (%,d bytes).%n", code, file, document.length);
				return 0;
			}
			catch (NotFound ex) {
				System.err.printf("Refused: no partnership has the code %s.%n", code);
				return 1;
			}
		}

	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Restore a partnership exported to FILE into this instance, which must not hold it yet. "
					+ "Rebuild the search index afterwards (the running server's admin page or API).")
	static class Import implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "FILE", description = "The JSON file an export wrote.")
		Path file;

		@Override
		public Integer call() throws IOException {
			byte[] document = Files.readAllBytes(file);
			try (var context = Contexts.offline()) {
				PartnershipTransfer transfer = context.getBean(PartnershipTransfer.class);
				Restored restored = AuditLog.runAs("cli:" + System.getProperty("user.name"),
						() -> transfer.restore(document, System.err::println));
				System.out.printf("Imported %s: %,d rows, sha256 %s.%n", restored.partnership(),
						restored.rows().values().stream().mapToInt(Integer::intValue).sum(), restored.sha256());
				return 0;
			}
			catch (InvalidInput ex) {
				InvalidInput.FieldError first = ex.errors().get(0);
				System.err.printf("Refused: %s: %s%n", first.field(), reason(first.reason()));
				return 1;
			}
			catch (TransferRefused ex) {
				System.err.println(
						"Refused: " + MessageFormat.format(BUNDLE.getString(ex.messageKey()), ex.table(), ex.key()));
				return 1;
			}
		}

	}

}
