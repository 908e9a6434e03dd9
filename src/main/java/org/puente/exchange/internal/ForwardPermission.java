package org.puente.exchange.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The sender's permission to pass an H2 message on to one more unit. */
@Entity
@Immutable
@Table(name = "exchange_forward_permission")
public class ForwardPermission {

	@Id
	private UUID id;

	@Column(name = "message_id", nullable = false)
	private UUID messageId;

	@Column(name = "agency_code", nullable = false)
	private String agency;

	@Column(name = "granted_by", nullable = false)
	private String grantedBy;

	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;

	protected ForwardPermission() {
	}

	ForwardPermission(UUID messageId, String agency, String grantedBy, Instant grantedAt) {
		this.id = UUID.randomUUID();
		this.messageId = messageId;
		this.agency = agency;
		this.grantedBy = grantedBy;
		this.grantedAt = grantedAt;
	}

	public UUID messageId() {
		return messageId;
	}

	public String agency() {
		return agency;
	}

	public String grantedBy() {
		return grantedBy;
	}

	public Instant grantedAt() {
		return grantedAt;
	}

}
