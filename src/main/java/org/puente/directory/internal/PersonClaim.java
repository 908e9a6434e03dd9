package org.puente.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What one source says about a person at a date (a rank, a position, a title). Claims are
 * never overwritten: sources that disagree stand side by side.
 */
@Entity
@Table(name = "person_claim")
public class PersonClaim {

	/** The fact a claim is about. */
	public enum Attribute {

		RANK, POSITION, TITLE

	}

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Attribute attribute;

	@Column(name = "claim_value", nullable = false)
	private String value;

	@Column(name = "as_of")
	private LocalDate asOf;

	@Column(nullable = false)
	private String source;

	@Column(nullable = false)
	private boolean preferred;

	protected PersonClaim() {
	}

	PersonClaim(Person person, Attribute attribute, String value, LocalDate asOf, String source) {
		this.id = UUID.randomUUID();
		this.person = person;
		this.attribute = attribute;
		this.value = value;
		this.asOf = asOf;
		this.source = source;
	}

	void setPreferred(boolean preferred) {
		this.preferred = preferred;
	}

	public UUID id() {
		return id;
	}

	public Attribute attribute() {
		return attribute;
	}

	public String value() {
		return value;
	}

	public LocalDate asOf() {
		return asOf;
	}

	public String source() {
		return source;
	}

	public boolean preferred() {
		return preferred;
	}

}
