package org.puente.search.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds every full-text index from the database (after a restore, or an analyzer
 * change).
 */
@Tag(name = "Search administration", description = "Rebuilding the full-text indexes")
@RestController
class ReindexApi {

	private static final Logger LOG = LoggerFactory.getLogger(ReindexApi.class);

	private final EntityManagerFactory entityManagerFactory;

	ReindexApi(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** What was rebuilt and how long it took. */
	record Reindexed(List<String> entities, long millis) {
	}

	@PostMapping("/api/v1/admin/search/reindex")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	Reindexed reindex() throws InterruptedException {
		Instant start = Instant.now();
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		mapping.scope(Object.class).massIndexer().threadsToLoadObjects(2).startAndWait();
		List<String> entities = mapping.allIndexedEntities()
			.stream()
			.map(SearchIndexedEntity::jpaName)
			.sorted()
			.toList();
		long millis = Duration.between(start, Instant.now()).toMillis();
		LOG.info("Rebuilt the search indexes of {} in {} ms", entities, millis);
		return new Reindexed(entities, millis);
	}

}
