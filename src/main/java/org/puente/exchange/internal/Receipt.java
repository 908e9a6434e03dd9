package org.puente.exchange.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.puente.exchange.ReceiptKind;

/**
 * One signed delivery event: the receiving ministry signs what happened, when, by whom.
 */
@Entity
@Immutable
@Table(name = "exchange_receipt")
public class Receipt {

	@Id
	private UUID id;

	@Column(name = "delivery_id", nullable = false)
	private UUID deliveryId;

	@Column(name = "message_id", nullable = false)
	private UUID messageId;

	@Column(nullable = false)
	private String addressee;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReceiptKind kind;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String actor;

	@Column(name = "message_hash", nullable = false)
	private String messageHash;

	@Column(name = "signature_key")
	private String signatureKey;

	@Column(name = "signature_algorithm")
	private String signatureAlgorithm;

	@Column(name = "signature_value")
	private String signatureValue;

	protected Receipt() {
	}

	Receipt(UUID id, UUID deliveryId, UUID messageId, String addressee, ReceiptKind kind, Instant at, String actor,
			String messageHash, String signatureKey, String signatureAlgorithm, String signatureValue) {
		this.id = id;
		this.deliveryId = deliveryId;
		this.messageId = messageId;
		this.addressee = addressee;
		this.kind = kind;
		this.at = at;
		this.actor = actor;
		this.messageHash = messageHash;
		this.signatureKey = signatureKey;
		this.signatureAlgorithm = signatureAlgorithm;
		this.signatureValue = signatureValue;
	}

	public UUID id() {
		return id;
	}

	public UUID deliveryId() {
		return deliveryId;
	}

	public UUID messageId() {
		return messageId;
	}

	public String addressee() {
		return addressee;
	}

	public ReceiptKind kind() {
		return kind;
	}

	public Instant at() {
		return at;
	}

	public String actor() {
		return actor;
	}

	public String messageHash() {
		return messageHash;
	}

	public String signatureKey() {
		return signatureKey;
	}

	public String signatureAlgorithm() {
		return signatureAlgorithm;
	}

	public String signatureValue() {
		return signatureValue;
	}

}
