package org.puente.directory;

import java.util.UUID;

/** A line of a people list. */
public record PersonSummary(UUID id, String fullName, String country, String currentRank, String currentPosition) {
}
