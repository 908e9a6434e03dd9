package org.puente.exchange.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A message's delivery to one addressed unit: delivered at sending, then read (first
 * reader of that unit), acknowledged and answered, each step once.
 */
@Entity
@Table(name = "exchange_delivery")
public class Delivery {

	@Id
	private UUID id;

	@Column(name = "message_id", nullable = false, updatable = false)
	private UUID messageId;

	@Column(nullable = false, updatable = false)
	private String addressee;

	@Column(name = "delivered_at", nullable = false, updatable = false)
	private Instant deliveredAt;

	@Column(name = "read_at")
	private Instant readAt;

	@Column(name = "read_by")
	private String readBy;

	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@Column(name = "acknowledged_by")
	private String acknowledgedBy;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "answered_by")
	private String answeredBy;

	@Column(name = "answer_id")
	private UUID answerId;

	@Version
	private long version;

	protected Delivery() {
	}

	Delivery(UUID messageId, String addressee, Instant deliveredAt) {
		this.id = UUID.randomUUID();
		this.messageId = messageId;
		this.addressee = addressee;
		this.deliveredAt = deliveredAt;
	}

	boolean read(String by, Instant at) {
		if (readAt != null) {
			return false;
		}
		readAt = at;
		readBy = by;
		return true;
	}

	boolean acknowledge(String by, Instant at) {
		if (acknowledgedAt != null) {
			return false;
		}
		acknowledgedAt = at;
		acknowledgedBy = by;
		return true;
	}

	boolean answer(String by, Instant at, UUID answer) {
		if (answeredAt != null) {
			return false;
		}
		answeredAt = at;
		answeredBy = by;
		answerId = answer;
		return true;
	}

	public UUID id() {
		return id;
	}

	public UUID messageId() {
		return messageId;
	}

	public String addressee() {
		return addressee;
	}

	public Instant deliveredAt() {
		return deliveredAt;
	}

	public Instant readAt() {
		return readAt;
	}

	public String readBy() {
		return readBy;
	}

	public Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	public String acknowledgedBy() {
		return acknowledgedBy;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

	public String answeredBy() {
		return answeredBy;
	}

	public UUID answerId() {
		return answerId;
	}

}
