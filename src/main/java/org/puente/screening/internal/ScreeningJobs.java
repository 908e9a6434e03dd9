package org.puente.screening.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.puente.security.CurrentUser;
import org.puente.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Imports and batch checks running in the background, with their progress. Jobs live in
 * memory while Puente runs (a batch's results file stays on disk); a job is visible only
 * inside the ministry that started it.
 */
@Component
public class ScreeningJobs {

	private static final Logger LOG = LoggerFactory.getLogger(ScreeningJobs.class);

	/** One background job and how far it got. */
	public static final class Job {

		private final UUID id = UUID.randomUUID();

		private final String kind;

		private final String ministry;

		private final String startedBy;

		private final String fileName;

		private final Instant startedAt = Instant.now();

		private final AtomicLong done = new AtomicLong();

		private volatile long total;

		private volatile String state = "RUNNING";

		private volatile String failure;

		private volatile List<Watchlists.RowsRefused.RowError> errors = List.of();

		private volatile int written;

		private volatile int hits;

		private volatile Path result;

		private volatile Instant finishedAt;

		private volatile List<HitRow> preview = List.of();

		Job(String kind, String ministry, String startedBy, String fileName) {
			this.kind = kind;
			this.ministry = ministry;
			this.startedBy = startedBy;
			this.fileName = fileName;
		}

		public UUID getId() {
			return id;
		}

		public String getKind() {
			return kind;
		}

		public String getStartedBy() {
			return startedBy;
		}

		public String getFileName() {
			return fileName;
		}

		public Instant getStartedAt() {
			return startedAt;
		}

		public Instant getFinishedAt() {
			return finishedAt;
		}

		public long getTotal() {
			return total;
		}

		public long getDone() {
			return done.get();
		}

		public String getState() {
			return state;
		}

		public String getFailure() {
			return failure;
		}

		/** The refused rows (at most 1,000 are kept). */
		public List<Watchlists.RowsRefused.RowError> getErrors() {
			return errors;
		}

		public int getWritten() {
			return written;
		}

		public int getHits() {
			return hits;
		}

		/** The first hits of a finished batch, for its page. */
		public List<HitRow> getPreview() {
			return preview;
		}

		void preview(List<HitRow> rows) {
			this.preview = rows.size() > 200 ? List.copyOf(rows.subList(0, 200)) : List.copyOf(rows);
		}

		public boolean isRunning() {
			return "RUNNING".equals(state);
		}

		public int getPercent() {
			long t = total;
			return t <= 0 ? (isRunning() ? 0 : 100) : (int) Math.min(100, done.get() * 100 / t);
		}

		String ministry() {
			return ministry;
		}

		Path result() {
			return result;
		}

		void total(long total) {
			this.total = total;
		}

		void progress(long done) {
			this.done.set(done);
		}

		void step() {
			this.done.incrementAndGet();
		}

		void succeeded(int written, int hits, Path result) {
			this.written = written;
			this.hits = hits;
			this.result = result;
			this.done.set(total);
			this.finishedAt = Instant.now();
			this.state = "DONE";
		}

		void refused(List<Watchlists.RowsRefused.RowError> errors) {
			this.errors = errors.size() > 1000 ? List.copyOf(errors.subList(0, 1000)) : List.copyOf(errors);
			this.finishedAt = Instant.now();
			this.state = "REFUSED";
		}

		void failed(String reason) {
			this.failure = reason;
			this.finishedAt = Instant.now();
			this.state = "FAILED";
		}

	}

	/**
	 * A hit of a batch as its page lists it: the row's id, the reference, score and why.
	 */
	public record HitRow(String queryId, long line, String reference, String agency, double score,
			List<String> explanation) {
	}

	/** The work of a job; it reports progress on the job it is given. */
	interface Work {

		void run(Job job) throws Exception;

	}

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "screening-job");
		t.setDaemon(true);
		return t;
	});

	/**
	 * Starts work in the background as the signed-in user (audit and access see them).
	 */
	Job start(CurrentUser user, String kind, String fileName, Work work) {
		Job job = new Job(kind, user.ministry().code(), user.username(), fileName);
		jobs.put(job.getId(), job);
		executor.submit(new DelegatingSecurityContextRunnable(() -> {
			try {
				work.run(job);
			}
			catch (Watchlists.RowsRefused ex) {
				job.refused(ex.errors());
			}
			catch (Exception ex) {
				LOG.error("Screening job {} ({}) failed", job.getId(), kind, ex);
				job.failed(ex.getClass().getSimpleName());
			}
		}));
		return job;
	}

	/** A job of the user's ministry; 404 for anyone else. */
	public Job get(CurrentUser user, UUID id) {
		Job job = jobs.get(id);
		if (job == null || !job.ministry().equals(user.ministry().code())) {
			throw new NotFound("job", id);
		}
		return job;
	}

	/** The jobs of the user's ministry of one kind, newest first. */
	public List<Job> list(CurrentUser user, String kind) {
		return jobs.values()
			.stream()
			.filter(j -> j.ministry().equals(user.ministry().code()) && j.getKind().equals(kind))
			.sorted(java.util.Comparator.comparing(Job::getStartedAt).reversed())
			.limit(20)
			.toList();
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
