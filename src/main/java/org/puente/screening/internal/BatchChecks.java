package org.puente.screening.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.puente.web.TableExport;
import org.puente.screening.internal.Screening.Purpose;
import org.puente.screening.internal.Screening.Query;
import org.puente.security.CurrentUser;
import org.puente.shared.Checks;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Screens a passenger manifest or any list of people (CSV with {@code full_name} and
 * optionally {@code query_id}, {@code birth_date}, {@code nationality},
 * {@code document_number}) in the background. The results file lists hits first (one row
 * per hit, best first), then the rows without a hit, then rows that could not be read.
 * The query log gets one aggregate entry per batch; the owners get a hit notice per hit.
 */
@Service
public class BatchChecks {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchChecks.class);

	/** The columns of the results file. */
	public static final String RESULT_HEADER = "query_id,line,result,reference,agency,score,explanation";

	private final Screening screening;

	private final ScreeningAccess access;

	private final ScreeningJobs jobs;

	private final Path directory;

	BatchChecks(Screening screening, ScreeningAccess access, ScreeningJobs jobs,
			@Value("${puente.data-dir:./data}") String dataDir) {
		this.screening = screening;
		this.access = access;
		this.jobs = jobs;
		this.directory = Path.of(dataDir, "screening", "batches");
	}

	/** A hit found in a batch, waiting to be recorded when the batch ends. */
	record PendingHit(String queryId, long line, Query query, WatchlistIndex.Found found) {
	}

	/**
	 * Starts screening a CSV file (deleted when done). The purpose is required, as for a
	 * single check.
	 */
	public ScreeningJobs.Job start(CurrentUser user, Path file, String fileName, String purposeCategory,
			String purpose) {
		access.requireChecker(user);
		Checks checks = new Checks();
		Purpose why = screening.purpose(checks, purposeCategory, purpose);
		if (file == null) {
			checks.fail("file", "required");
		}
		checks.orThrow();
		Set<String> owners = access.screenedOwners(user);
		return jobs.start(user, "BATCH", fileName, job -> {
			try {
				run(user, why, owners, file, fileName, job);
			}
			finally {
				Files.deleteIfExists(file);
			}
		});
	}

	private void run(CurrentUser user, Purpose purpose, Set<String> owners, Path file, String fileName,
			ScreeningJobs.Job job) throws IOException {
		job.total(WatchlistImport.countLines(file));
		Files.createDirectories(directory);
		Path result = directory.resolve(job.getId() + ".csv");
		Path misses = Files.createTempFile(directory, "misses-", ".csv");
		List<PendingHit> hits = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		LocalDate today = screening.today();
		int rows = 0;
		try (CsvRows in = new CsvRows(Files.newBufferedReader(file, StandardCharsets.UTF_8));
				BufferedWriter noHits = Files.newBufferedWriter(misses, StandardCharsets.UTF_8)) {
			if (!in.header().contains("full_name") && !in.header().contains("document_number")) {
				throw new Watchlists.RowsRefused(
						List.of(new Watchlists.RowsRefused.RowError(1, "full_name", "missing.column")));
			}
			while (in.hasNext()) {
				CsvRows.Row row = in.next();
				rows++;
				String queryId = row.get("query_id") == null ? Long.toString(row.line()) : row.get("query_id");
				Checks checks = new Checks();
				String name = row.get("full_name");
				Query query = screening.query(checks, "", name == null ? List.of() : List.of(name),
						row.get("birth_date"), row.get("nationality"), row.get("document_number"));
				if (!checks.ok()) {
					String reason;
					try {
						checks.orThrow();
						reason = "";
					}
					catch (InvalidInput ex) {
						reason = ex.errors().get(0).field() + ":" + ex.errors().get(0).reason();
					}
					unreadable.add(line(queryId, row.line(), "ERROR", null, null, null, reason));
				}
				else {
					List<WatchlistIndex.Found> found = screening.run(query, owners, today);
					if (found.isEmpty()) {
						noHits.write(line(queryId, row.line(), "NO_HIT", null, null, null, null));
						noHits.write("\r\n");
					}
					for (WatchlistIndex.Found f : found) {
						hits.add(new PendingHit(queryId, row.line(), query, f));
					}
				}
				job.step();
			}
		}
		List<Screening.HitView> recorded = screening.finishBatch(user, purpose, job.getId(), fileName, rows, hits);
		try (BufferedWriter out = Files.newBufferedWriter(result, StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			out.write(RESULT_HEADER);
			out.write("\r\n");
			for (int i = 0; i < hits.size(); i++) {
				PendingHit h = hits.get(i);
				Screening.HitView v = recorded.get(i);
				out.write(line(h.queryId(), h.line(), "HIT", v.reference(), v.agency(), v.score(),
						String.join("; ", v.explanation())));
				out.write("\r\n");
			}
			try (var lines = Files.lines(misses, StandardCharsets.UTF_8)) {
				for (String l : (Iterable<String>) lines::iterator) {
					out.write(l);
					out.write("\r\n");
				}
			}
			for (String l : unreadable) {
				out.write(l);
				out.write("\r\n");
			}
		}
		finally {
			Files.deleteIfExists(misses);
		}
		List<ScreeningJobs.HitRow> preview = new ArrayList<>();
		for (int i = 0; i < hits.size() && i < 200; i++) {
			Screening.HitView v = recorded.get(i);
			preview.add(new ScreeningJobs.HitRow(hits.get(i).queryId(), hits.get(i).line(), v.reference(), v.agency(),
					v.score(), v.explanation()));
		}
		job.preview(preview);
		job.succeeded(rows, hits.size(), result);
		long millis = java.time.Duration.between(job.getStartedAt(), java.time.Instant.now()).toMillis();
		LOG.info("Screening batch {}: {} rows, {} hits in {} ms ({} rows/s)", job.getId(), rows, hits.size(), millis,
				millis == 0 ? rows : rows * 1000L / millis);
	}

	private static String line(String queryId, long line, String result, String reference, String agency, Double score,
			String explanation) {
		return String.join(",", TableExport.quote(queryId), Long.toString(line), result, TableExport.quote(reference),
				TableExport.quote(agency), score == null ? "" : Double.toString(score), TableExport.quote(explanation));
	}

	/** The results file of a finished batch of the user's ministry. */
	public Path results(CurrentUser user, java.util.UUID id) {
		access.requireChecker(user);
		ScreeningJobs.Job job = jobs.get(user, id);
		if (!"BATCH".equals(job.getKind()) || job.result() == null || !Files.exists(job.result())) {
			throw new NotFound("batch results", id);
		}
		return job.result();
	}

}
