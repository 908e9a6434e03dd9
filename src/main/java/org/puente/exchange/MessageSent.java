package org.puente.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.puente.shared.Classification;

/**
 * A message was sent (published after commit). Listeners that tell users about it must
 * check who may see it: {@code readers} are the reader keys of the message
 * ({@code ministry:MPS}, {@code unit:MININT-DGCI}) and {@code classification} its
 * marking; {@link Readers#mayRead} answers for a user.
 */
public record MessageSent(UUID caseId, UUID messageId, String senderAgency, List<String> addressees,
		List<String> readers, Classification classification, Instant sentAt) {
}
