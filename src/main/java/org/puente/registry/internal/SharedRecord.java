package org.puente.registry.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.puente.shared.Stamp;

import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * What every registry record has: the partnership it belongs to, the ministry that owns
 * it, whether it (or a note on it) is internal to that ministry, a soft-delete flag, the
 * stamp and the version for optimistic locking.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class SharedRecord {

	@Id
	@DocumentId
	private UUID id;

	@KeywordField
	@Column(name = "partnership_id", nullable = false)
	private UUID partnershipId;

	@GenericField
	@Column(nullable = false)
	private boolean internal;

	@Column(name = "internal_note")
	private String internalNote;

	@GenericField
	@Column(nullable = false)
	private boolean deleted;

	@KeywordField
	@Column(name = "owner_agency", nullable = false)
	private String ownerAgency;

	@Embedded
	private Stamp stamp = new Stamp();

	@Version
	private long version;

	protected SharedRecord() {
	}

	protected SharedRecord(UUID partnershipId, String ownerAgency) {
		this.id = UUID.randomUUID();
		this.partnershipId = partnershipId;
		this.ownerAgency = ownerAgency;
	}

	public void share(UUID partnershipId, boolean internal, String internalNote) {
		this.partnershipId = partnershipId;
		this.internal = internal;
		this.internalNote = internalNote;
	}

	public void setDeleted(boolean deleted) {
		this.deleted = deleted;
	}

	public UUID id() {
		return id;
	}

	public UUID partnershipId() {
		return partnershipId;
	}

	public boolean internal() {
		return internal;
	}

	public String internalNote() {
		return internalNote;
	}

	public boolean deleted() {
		return deleted;
	}

	public String ownerAgency() {
		return ownerAgency;
	}

	public Stamp stamp() {
		return stamp;
	}

	public long version() {
		return version;
	}

}
