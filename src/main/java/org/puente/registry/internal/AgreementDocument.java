package org.puente.registry.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to an agreement (the signed text, a translation), kept with its
 * checksum.
 */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument {

	@Id
	private UUID id;

	@Column(name = "agreement_id", nullable = false)
	private UUID agreementId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "storage_path", nullable = false)
	private String storagePath;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected AgreementDocument() {
	}

	AgreementDocument(UUID id, UUID agreementId, String fileName, String contentType, long size, String sha256,
			String storagePath, String uploadedBy) {
		this.id = id;
		this.agreementId = agreementId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.storagePath = storagePath;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public UUID agreementId() {
		return agreementId;
	}

	public String fileName() {
		return fileName;
	}

	public String contentType() {
		return contentType;
	}

	public long size() {
		return size;
	}

	public String sha256() {
		return sha256;
	}

	public String storagePath() {
		return storagePath;
	}

	public String uploadedBy() {
		return uploadedBy;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

}
