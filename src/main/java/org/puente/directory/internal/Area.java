package org.puente.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.puente.shared.Stamp;

import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** A cooperation area of the controlled trilingual taxonomy. */
@Entity
@Table(name = "area")
@EntityListeners(AuditingEntityListener.class)
public class Area {

	@Id
	private String code;

	@Column(name = "parent_code")
	private String parentCode;

	@Embedded
	private Trilingual name;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean deleted;

	@Column(name = "owner_agency", nullable = false)
	private String ownerAgency;

	@Embedded
	private Stamp stamp = new Stamp();

	@Version
	private long version;

	protected Area() {
	}

	public Area(String code, String parentCode, String ownerAgency) {
		this.code = code;
		this.parentCode = parentCode;
		this.ownerAgency = ownerAgency;
	}

	public void update(Trilingual name, int sortOrder) {
		this.name = name;
		this.sortOrder = sortOrder;
	}

	public void setDeleted(boolean deleted) {
		this.deleted = deleted;
	}

	public String code() {
		return code;
	}

	public String parentCode() {
		return parentCode;
	}

	public Trilingual name() {
		return name;
	}

	public int sortOrder() {
		return sortOrder;
	}

	public boolean deleted() {
		return deleted;
	}

	public long version() {
		return version;
	}

}
