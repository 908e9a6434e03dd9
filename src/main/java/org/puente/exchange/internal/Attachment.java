package org.puente.exchange.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.puente.security.AuditWithheld;

/**
 * A file uploaded for a message: its bytes live in the attachment folder under their
 * SHA-256; the row says what it is and which message it belongs to (none until sent; then
 * fixed).
 */
@Entity
@Table(name = "exchange_attachment")
public class Attachment {

	@Id
	private UUID id;

	@Column(name = "message_id")
	private UUID messageId;

	@Column(nullable = false)
	private int position;

	@AuditWithheld
	@Column(nullable = false, updatable = false)
	private String name;

	@Column(name = "media_type", nullable = false, updatable = false)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long size;

	@Column(nullable = false, updatable = false)
	private String sha256;

	@Column(name = "uploaded_by", nullable = false, updatable = false)
	private String uploadedBy;

	@Column(name = "uploader_agency", nullable = false, updatable = false)
	private String uploaderAgency;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	@Version
	private long version;

	protected Attachment() {
	}

	Attachment(String name, String mediaType, long size, String sha256, String uploadedBy, String uploaderAgency,
			Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.mediaType = mediaType;
		this.size = size;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploaderAgency = uploaderAgency;
		this.uploadedAt = uploadedAt;
	}

	/** A copy of an attached file for another message (forwarding): same bytes. */
	Attachment copyFor(UUID message, int position, String by, String agency, Instant at) {
		Attachment copy = new Attachment(name, mediaType, size, sha256, by, agency, at);
		copy.attachTo(message, position);
		return copy;
	}

	void attachTo(UUID message, int position) {
		if (this.messageId != null) {
			throw new IllegalStateException("attachment " + id + " already belongs to a message");
		}
		this.messageId = message;
		this.position = position;
	}

	public UUID id() {
		return id;
	}

	public UUID messageId() {
		return messageId;
	}

	public int position() {
		return position;
	}

	public String name() {
		return name;
	}

	public String mediaType() {
		return mediaType;
	}

	public long size() {
		return size;
	}

	public String sha256() {
		return sha256;
	}

	public String uploadedBy() {
		return uploadedBy;
	}

	public String uploaderAgency() {
		return uploaderAgency;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

}
