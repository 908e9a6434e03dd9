package org.puente.directory.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.puente.shared.Stamp;

import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** A ministry, department, directorate or unit, with its names in the three languages. */
@Entity
@Table(name = "agency")
@EntityListeners(AuditingEntityListener.class)
public class Agency {

	@Id
	private String code;

	@Column(name = "parent_code")
	private String parentCode;

	@Column(nullable = false)
	private String kind;

	@Column(nullable = false)
	private String country;

	@Embedded
	private Trilingual name;

	private String abbreviations;

	@ElementCollection
	@CollectionTable(name = "agency_alt_name", joinColumns = @JoinColumn(name = "agency_code"))
	@Column(name = "name")
	private Set<String> alternativeNames = new LinkedHashSet<>();

	@Column(nullable = false)
	private boolean deleted;

	@Column(name = "owner_agency", nullable = false)
	private String ownerAgency;

	@Embedded
	private Stamp stamp = new Stamp();

	@Version
	private long version;

	protected Agency() {
	}

	public Agency(String code, String parentCode, String ownerAgency) {
		this.code = code;
		this.parentCode = parentCode;
		this.ownerAgency = ownerAgency;
	}

	public void update(String kind, String country, Trilingual name, String abbreviations, Set<String> alternatives) {
		this.kind = kind;
		this.country = country;
		this.name = name;
		this.abbreviations = abbreviations;
		if (!this.alternativeNames.equals(alternatives)) {
			this.alternativeNames.clear();
			this.alternativeNames.addAll(alternatives);
		}
	}

	public String code() {
		return code;
	}

	public String parentCode() {
		return parentCode;
	}

	public String kind() {
		return kind;
	}

	public String country() {
		return country;
	}

	public Trilingual name() {
		return name;
	}

	public String abbreviations() {
		return abbreviations;
	}

	public Set<String> alternativeNames() {
		return alternativeNames;
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
