package org.puente.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.puente.shared.Classification;

/**
 * An addressee's delivery of a message moved on (read, acknowledged, answered); published
 * after commit. Same visibility rule as {@link MessageSent}.
 */
public record ReceiptRecorded(UUID caseId, UUID messageId, String addressee, ReceiptKind kind, String actor,
		List<String> readers, Classification classification, Instant at) {
}
