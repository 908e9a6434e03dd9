package org.puente.sources.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An imported article: its text and what is known about it, its review state and who
 * imported and reviewed it.
 *
 * @param label the short name accepted records cite it by (the file name without
 * extension, or "article-" and the start of its id)
 * @param state PENDING, ACCEPTED or REJECTED
 */
public record StoredArticle(UUID id, String label, String title, String outlet, String url, LocalDate published,
		String language, String fileName, String charset, String text, String contentHash, String state,
		String rejectReason, String reviewedBy, Instant reviewedAt, UUID engagementId, String ownerAgency,
		String importedBy, Instant importedAt, long version) {

	/** The review states. */
	public enum State {

		PENDING, ACCEPTED, REJECTED

	}

}
