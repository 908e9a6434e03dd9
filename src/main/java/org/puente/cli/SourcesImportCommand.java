package org.puente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.puente.security.AuditLog;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.security.UserAdministration;
import org.puente.shared.InvalidInput;
import org.puente.sources.library.ArticleFiles;
import org.puente.sources.library.SourceLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports every article file of a folder, as a named editor: a progress bar on standard
 * error, then a summary of what was imported, what was already there and what was refused
 * and why.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import the article files (.txt, .html, .docx, .pdf) of DIR, as the editor --as names; "
				+ "the same article already imported is reported, not stored twice.")
class SourcesImportCommand implements Callable<Integer> {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/sources", Locale.ROOT);

	@Parameters(index = "0", paramLabel = "DIR", description = "The folder of article files (searched recursively).")
	Path dir;

	@Option(names = "--as", required = true, paramLabel = "USERNAME",
			description = "The editor the articles are imported by (an enabled account with the EDITOR role).")
	String username;

	@Option(names = "--outlet", paramLabel = "NAME", description = "The outlet of every article, e.g. VNA.")
	String outlet;

	/** What became of one file. */
	record Result(Path file, String outcome, String detail) {
	}

	@Override
	public Integer call() throws IOException {
		if (!Files.isDirectory(dir)) {
			System.err.printf("Refused: %s is not a folder.%n", dir);
			return 1;
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(dir)) {
			files = walk.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		try (var context = Contexts.offline()) {
			CurrentUser user = context.getBean(UserAdministration.class).enabledUserNamed(username).orElse(null);
			if (user == null || !user.has(Role.EDITOR)) {
				System.err.printf("Refused: %s is not an enabled editor.%n", username);
				return 1;
			}
			SourceLibrary library = context.getBean(SourceLibrary.class);
			List<Result> results = new ArrayList<>();
			PrintStream err = System.err;
			for (int i = 0; i < files.size(); i++) {
				Path file = files.get(i);
				progress(err, i, files.size(), file);
				results.add(AuditLog.runAs(user.username(), () -> importOne(library, user, file)));
			}
			progress(err, files.size(), files.size(), null);
			err.println();
			return summary(results);
		}
	}

	private Result importOne(SourceLibrary library, CurrentUser user, Path file) {
		try {
			if (Files.size(file) > ArticleFiles.MAX_BYTES) {
				return new Result(file, "failed", reason("sources.import.too.large"));
			}
			byte[] bytes = Files.readAllBytes(file);
			SourceLibrary.Outcome outcome = library.importArticle(user, new SourceLibrary.ImportRequest(null, outlet,
					null, null, null, file.getFileName().toString(), bytes));
			return switch (outcome) {
				case SourceLibrary.Imported imported ->
					new Result(file, "imported", imported.article().id() + " (" + imported.article().language() + ")");
				case SourceLibrary.Duplicate duplicate -> new Result(file, "duplicate",
						(duplicate.exact() ? "same text as " : "nearly the same text as ") + duplicate.existing());
			};
		}
		catch (InvalidInput ex) {
			InvalidInput.FieldError first = ex.errors().get(0);
			return new Result(file, "failed", first.field() + " " + reason(first.reason()));
		}
		catch (IOException ex) {
			return new Result(file, "failed", "could not be read: " + ex.getMessage());
		}
	}

	private int summary(List<Result> results) {
		long imported = results.stream().filter(r -> r.outcome().equals("imported")).count();
		long duplicates = results.stream().filter(r -> r.outcome().equals("duplicate")).count();
		long failed = results.stream().filter(r -> r.outcome().equals("failed")).count();
		for (Result r : results) {
			System.out.printf("%-9s %s: %s%n", r.outcome(), dir.relativize(r.file()), r.detail());
		}
		System.out.printf("Imported %d, duplicates %d, failed %d (of %d files).%n", imported, duplicates, failed,
				results.size());
		return failed == 0 ? 0 : 1;
	}

	/** A 30-character bar, the count and the file at hand, redrawn on one line. */
	static void progress(PrintStream err, int done, int total, Path file) {
		int width = 30;
		int filled = total == 0 ? width : done * width / total;
		String name = file == null ? "" : file.getFileName().toString();
		if (name.length() > 40) {
			name = name.substring(0, 37) + "...";
		}
		err.printf("\r[%s%s] %d/%d %-40s", "#".repeat(filled), " ".repeat(width - filled), done, total, name);
		err.flush();
	}

	static String reason(String reason) {
		String key = "reason." + reason;
		return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : Messages.reason(reason);
	}

}
