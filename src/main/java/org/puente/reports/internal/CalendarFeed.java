package org.puente.reports.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A user's calendar feed of one partnership's engagements. Its address carries a secret
 * of which only the SHA-256 hash is stored (named {@code tokenHash} so the audit log
 * masks it like an API token's); revoking it ends the address for good.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Column(name = "partnership_id", nullable = false)
	private UUID partnershipId;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(nullable = false)
	private String prefix;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Version
	private long version;

	protected CalendarFeed() {
	}

	CalendarFeed(UUID userId, UUID partnershipId, String tokenHash, String prefix) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.partnershipId = partnershipId;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public UUID userId() {
		return userId;
	}

	public UUID partnershipId() {
		return partnershipId;
	}

	public String prefix() {
		return prefix;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant lastUsedAt() {
		return lastUsedAt;
	}

	public Instant revokedAt() {
		return revokedAt;
	}

	public boolean revoked() {
		return revokedAt != null;
	}

	void revoke(Instant at) {
		this.revokedAt = at;
	}

}
