package org.puente.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.puente.shared.Classification;
import org.puente.shared.Stamp;

import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * An official: the name as written in their language, other spellings seen in sources,
 * dated roles, and what each source says about their rank or position.
 */
@Entity
@Table(name = "person")
@Indexed(index = "person")
@EntityListeners(AuditingEntityListener.class)
public class Person {

	@Id
	private UUID id;

	@FullTextField(analyzer = "name")
	@FullTextField(name = "fullNamePrefix", analyzer = "name_prefix", searchAnalyzer = "name")
	@Column(name = "full_name", nullable = false)
	private String fullName;

	@KeywordField
	@Column(nullable = false)
	private String country;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification;

	private String notes;

	@ElementCollection
	@CollectionTable(name = "person_name_variant", joinColumns = @JoinColumn(name = "person_id"))
	@IndexedEmbedded
	private Set<NameVariant> variants = new LinkedHashSet<>();

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("validFrom desc")
	private List<PersonRole> roles = new ArrayList<>();

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("asOf desc")
	private List<PersonClaim> claims = new ArrayList<>();

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

	protected Person() {
	}

	public Person(String ownerAgency) {
		this.id = UUID.randomUUID();
		this.ownerAgency = ownerAgency;
	}

	public void update(String fullName, String country, Classification classification, String notes,
			Set<NameVariant> variants) {
		this.fullName = fullName;
		this.country = country;
		this.classification = classification;
		this.notes = notes;
		if (!this.variants.equals(variants)) {
			this.variants.clear();
			this.variants.addAll(variants);
		}
	}

	public PersonRole addRole(String position, String rank, String agencyCode, java.time.LocalDate from,
			java.time.LocalDate to, String source) {
		PersonRole role = new PersonRole(this, position, rank, agencyCode, from, to, source);
		roles.add(role);
		return role;
	}

	public PersonClaim addClaim(PersonClaim.Attribute attribute, String value, java.time.LocalDate asOf,
			String source) {
		PersonClaim claim = new PersonClaim(this, attribute, value, asOf, source);
		claims.add(claim);
		return claim;
	}

	public void prefer(UUID claimId) {
		PersonClaim chosen = claims.stream()
			.filter(c -> c.id().equals(claimId))
			.findFirst()
			.orElseThrow(() -> new org.puente.shared.NotFound("claim", claimId));
		claims.stream().filter(c -> c.attribute() == chosen.attribute()).forEach(c -> c.setPreferred(c == chosen));
	}

	/**
	 * The value to show for an attribute: the claim an editor preferred, else the most
	 * recent one. The others stay visible as alternatives.
	 */
	public Optional<PersonClaim> current(PersonClaim.Attribute attribute) {
		return claims.stream()
			.filter(c -> c.attribute() == attribute)
			.max(Comparator.comparing(PersonClaim::preferred)
				.thenComparing(PersonClaim::asOf, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	public void setDeleted(boolean deleted) {
		this.deleted = deleted;
	}

	public UUID id() {
		return id;
	}

	public String fullName() {
		return fullName;
	}

	public String country() {
		return country;
	}

	public Classification classification() {
		return classification;
	}

	public String notes() {
		return notes;
	}

	public Set<NameVariant> variants() {
		return variants;
	}

	public List<PersonRole> roles() {
		return roles;
	}

	public List<PersonClaim> claims() {
		return claims;
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
