package org.puente.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A position and rank a person held in an agency over a period. */
@Entity
@Table(name = "person_role")
public class PersonRole {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	private String position;

	@Column(name = "rank_title")
	private String rank;

	@Column(name = "agency_code")
	private String agencyCode;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	private String source;

	protected PersonRole() {
	}

	PersonRole(Person person, String position, String rank, String agencyCode, LocalDate validFrom, LocalDate validTo,
			String source) {
		this.id = UUID.randomUUID();
		this.person = person;
		this.position = position;
		this.rank = rank;
		this.agencyCode = agencyCode;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.source = source;
	}

	public boolean currentOn(LocalDate day) {
		return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
	}

	public UUID id() {
		return id;
	}

	public String position() {
		return position;
	}

	public String rank() {
		return rank;
	}

	public String agencyCode() {
		return agencyCode;
	}

	public LocalDate validFrom() {
		return validFrom;
	}

	public LocalDate validTo() {
		return validTo;
	}

	public String source() {
		return source;
	}

}
