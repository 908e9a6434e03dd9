package org.puente.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;

/**
 * A cooperation agreement between agencies: its titles, parties, signatories, dates,
 * term, status history and areas; it may sit under a framework agreement.
 */
@Entity
@Table(name = "agreement")
@Indexed(index = "agreement")
public class Agreement extends SharedRecord {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementKind kind;

	@Embedded
	@IndexedEmbedded
	@AttributeOverrides({ @AttributeOverride(name = "vi", column = @Column(name = "title_vi")),
			@AttributeOverride(name = "es", column = @Column(name = "title_es")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private Texts title;

	@Column(name = "parent_id")
	private UUID parentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementStatus status;

	@Column(name = "signed_on")
	private LocalDate signedOn;

	@Column(name = "signed_place")
	private String signedPlace;

	@Column(name = "entry_into_force")
	private LocalDate entryIntoForce;

	@Column(name = "term_text")
	private String term;

	@Column(name = "expires_on")
	private LocalDate expiresOn;

	@ElementCollection
	@CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "agency_code")
	private Set<String> parties = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "agreement_signatory", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "person_id")
	private Set<UUID> signatories = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "agreement_area", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "area_code")
	private Set<String> areas = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "agreement_source", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "source")
	private Set<String> sources = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "agreement_status_change", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderBy("changedAt")
	private List<StatusChange> history = new ArrayList<>();

	protected Agreement() {
	}

	public Agreement(UUID partnershipId, String ownerAgency, AgreementStatus status) {
		super(partnershipId, ownerAgency);
		this.status = status;
	}

	public void update(AgreementKind kind, Texts title, UUID parentId, LocalDate signedOn, String signedPlace,
			LocalDate entryIntoForce, String term, LocalDate expiresOn, Set<String> parties, Set<UUID> signatories,
			Set<String> areas, Set<String> sources) {
		this.kind = kind;
		this.title = title;
		this.parentId = parentId;
		this.signedOn = signedOn;
		this.signedPlace = signedPlace;
		this.entryIntoForce = entryIntoForce;
		this.term = term;
		this.expiresOn = expiresOn;
		Sets.replace(this.parties, parties);
		Sets.replace(this.signatories, signatories);
		Sets.replace(this.areas, areas);
		Sets.replace(this.sources, sources);
	}

	public void moveTo(AgreementStatus status, StatusChange change) {
		this.status = status;
		this.history.add(change);
	}

	public AgreementKind kind() {
		return kind;
	}

	public Texts title() {
		return title;
	}

	public UUID parentId() {
		return parentId;
	}

	public AgreementStatus status() {
		return status;
	}

	public LocalDate signedOn() {
		return signedOn;
	}

	public String signedPlace() {
		return signedPlace;
	}

	public LocalDate entryIntoForce() {
		return entryIntoForce;
	}

	/** The day the agreement ends unless renewed; null when open-ended or not known. */
	public LocalDate expiresOn() {
		return expiresOn;
	}

	public String term() {
		return term;
	}

	public Set<String> parties() {
		return parties;
	}

	public Set<UUID> signatories() {
		return signatories;
	}

	public Set<String> areas() {
		return areas;
	}

	public Set<String> sources() {
		return sources;
	}

	public List<StatusChange> history() {
		return history;
	}

}
