package org.puente.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Rebuilds every full-text index from the database (after a restore, or an analyzer
 * change), one rebuild at a time, and tells how far it has got while it runs.
 */
@Service
public class SearchIndexes {

	private static final Logger LOG = LoggerFactory.getLogger(SearchIndexes.class);

	private final EntityManagerFactory entityManagerFactory;

	private final AtomicReference<Run> current = new AtomicReference<>();

	public SearchIndexes(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * Where the latest rebuild stands: documents indexed of the total (0 while counting),
	 * whether it still runs, and its outcome once it ended.
	 */
	public record Progress(long done, long total, boolean running, Instant started, Rebuilt result, String failure) {

		public int percent() {
			return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
		}

	}

	/** What a finished rebuild did. */
	public record Rebuilt(List<String> entities, long documents, long millis) {
	}

	/** Thrown when a rebuild is asked for while one runs. */
	public static final class AlreadyRunning extends RuntimeException {

		AlreadyRunning() {
			super("a rebuild of the search index is already running");
		}

	}

	/** Rebuilds now and returns when done. */
	public Rebuilt rebuild() throws InterruptedException {
		Run run = begin();
		try {
			return run.finish(run.execute());
		}
		catch (RuntimeException | InterruptedException ex) {
			run.fail(ex);
			throw ex;
		}
	}

	/** Starts a rebuild in the background; {@link #progress()} follows it. */
	public Progress start() {
		Run run = begin();
		CompletableFuture.runAsync(() -> {
			try {
				run.finish(run.execute());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				run.fail(ex);
			}
			catch (RuntimeException ex) {
				run.fail(ex);
			}
		});
		return run.progress();
	}

	/** The latest rebuild since Puente started, if any. */
	public java.util.Optional<Progress> progress() {
		return java.util.Optional.ofNullable(current.get()).map(Run::progress);
	}

	private Run begin() {
		Run run = new Run();
		Run before = current.get();
		if ((before != null && before.running()) || !current.compareAndSet(before, run)) {
			throw new AlreadyRunning();
		}
		return run;
	}

	private final class Run implements MassIndexingMonitor {

		private final Instant started = Instant.now();

		private final AtomicLong done = new AtomicLong();

		private final AtomicLong total = new AtomicLong();

		private volatile Rebuilt result;

		private volatile String failure;

		boolean running() {
			return result == null && failure == null;
		}

		Progress progress() {
			return new Progress(done.get(), total.get(), running(), started, result, failure);
		}

		long execute() throws InterruptedException {
			SearchMapping mapping = Search.mapping(entityManagerFactory);
			mapping.scope(Object.class).massIndexer().threadsToLoadObjects(2).monitor(this).startAndWait();
			return done.get();
		}

		Rebuilt finish(long documents) {
			List<String> entities = Search.mapping(entityManagerFactory)
				.allIndexedEntities()
				.stream()
				.map(SearchIndexedEntity::jpaName)
				.sorted()
				.toList();
			Rebuilt rebuilt = new Rebuilt(entities, documents, Duration.between(started, Instant.now()).toMillis());
			LOG.info("Rebuilt the search indexes of {}: {} documents in {} ms", entities, documents, rebuilt.millis());
			this.result = rebuilt;
			return rebuilt;
		}

		void fail(Exception ex) {
			LOG.error("Rebuilding the search indexes failed", ex);
			this.failure = ex.getClass().getSimpleName();
		}

		@Override
		public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
			context.totalCount().ifPresent(total::addAndGet);
			return new MassIndexingTypeGroupMonitor() {

				@Override
				public void documentsIndexed(long count) {
				}

				@Override
				public void indexingStarted(MassIndexingTypeGroupMonitorContext context) {
				}

				@Override
				public void indexingCompleted(MassIndexingTypeGroupMonitorContext context) {
				}

			};
		}

		@Override
		public void documentsAdded(long count) {
			done.addAndGet(count);
		}

		@Override
		public void documentsBuilt(long count) {
		}

		@Override
		public void entitiesLoaded(long count) {
		}

		@Override
		public void addToTotalCount(long count) {
			total.addAndGet(count);
		}

		@Override
		public void indexingCompleted() {
		}

	}

}
