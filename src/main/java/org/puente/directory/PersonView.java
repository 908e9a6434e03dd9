package org.puente.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.puente.shared.Classification;

/**
 * A person with their dated roles and the sourced claims about their rank and position:
 * {@code currentRank} is the value shown, {@code claims} keeps every source's version.
 */
public record PersonView(UUID id, String fullName, String country, Classification classification, String notes,
		List<Variant> variants, List<Role> roles, List<Claim> claims, String currentRank, String currentPosition,
		String ownerAgency, Instant updatedAt, String updatedBy, long version) {

	/** Another spelling and where it was seen. */
	public record Variant(String name, String source) {
	}

	/** A dated position and rank in an agency. */
	public record Role(UUID id, String position, String rank, String agency, LocalDate from, LocalDate to,
			String source) {
	}

	/** What one source says about the person. */
	public record Claim(UUID id, String attribute, String value, LocalDate asOf, String source, boolean preferred) {
	}

}
