package org.puente.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** All calendar feeds. */
interface CalendarFeeds extends JpaRepository<CalendarFeed, UUID> {

	Optional<CalendarFeed> findByTokenHash(String tokenHash);

	List<CalendarFeed> findByUserIdOrderByCreatedAtDesc(UUID userId);

	/**
	 * Notes that a client fetched the feed: a bookkeeping write that neither bumps the
	 * version nor adds an audit entry, at most once a minute per feed.
	 */
	@Modifying
	@Transactional
	@Query("update CalendarFeed f set f.lastUsedAt = ?2 where f.id = ?1 and (f.lastUsedAt is null or f.lastUsedAt < ?3)")
	int used(UUID id, Instant at, Instant before);

}
