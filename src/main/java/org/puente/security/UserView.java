package org.puente.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.puente.shared.Classification;

/** A user account as administrators see it (never the password hash). */
public record UserView(UUID id, String username, String fullName, String agency, Set<Role> roles,
		Classification clearance, String language, boolean enabled, Instant createdAt, Instant updatedAt,
		long version) {
}
