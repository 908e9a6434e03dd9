package org.puente.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;

/**
 * A meeting between the partners: a visit, talks, a courtesy call, a signing ceremony. A
 * visit's programme is its child engagements; the delegations say who took part, with the
 * rank and position each held that day.
 */
@Entity
@Table(name = "engagement")
@Indexed(index = "engagement")
public class Engagement extends SharedRecord {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EngagementKind kind;

	@Embedded
	@IndexedEmbedded
	@AttributeOverrides({ @AttributeOverride(name = "vi", column = @Column(name = "title_vi")),
			@AttributeOverride(name = "es", column = @Column(name = "title_es")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private Texts title;

	@Column(name = "parent_id")
	private UUID parentId;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "date_approximate", nullable = false)
	private boolean dateApproximate;

	@FullTextField(analyzer = "text", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@Column(name = "place_city")
	private String placeCity;

	@Column(name = "place_country")
	private String placeCountry;

	@Column(name = "host_agency")
	private String hostAgency;

	@Column(name = "guest_agency")
	private String guestAgency;

	@FullTextField(analyzer = "text", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	private String outcomes;

	@ElementCollection
	@CollectionTable(name = "engagement_area", joinColumns = @JoinColumn(name = "engagement_id"))
	@Column(name = "area_code")
	private Set<String> areas = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "engagement_source", joinColumns = @JoinColumn(name = "engagement_id"))
	@Column(name = "source")
	private Set<String> sources = new LinkedHashSet<>();

	@OneToMany(mappedBy = "engagement", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	@IndexedEmbedded(includePaths = { "personName" })
	private List<DelegationMember> delegation = new ArrayList<>();

	@OneToMany(mappedBy = "engagement", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<EngagementAgreement> agreements = new ArrayList<>();

	protected Engagement() {
	}

	public Engagement(UUID partnershipId, String ownerAgency) {
		super(partnershipId, ownerAgency);
	}

	public void update(EngagementKind kind, Texts title, UUID parentId, LocalDate startDate, LocalDate endDate,
			boolean dateApproximate, String placeCity, String placeCountry, String hostAgency, String guestAgency,
			String outcomes, Set<String> areas, Set<String> sources) {
		this.kind = kind;
		this.title = title;
		this.parentId = parentId;
		this.startDate = startDate;
		this.endDate = endDate;
		this.dateApproximate = dateApproximate;
		this.placeCity = placeCity;
		this.placeCountry = placeCountry;
		this.hostAgency = hostAgency;
		this.guestAgency = guestAgency;
		this.outcomes = outcomes;
		Sets.replace(this.areas, areas);
		Sets.replace(this.sources, sources);
	}

	/** Replaces the delegations, keeping members that did not change. */
	public void replaceDelegation(List<DelegationMember.Entry> entries) {
		List<DelegationMember.Entry> current = delegation.stream().map(DelegationMember::entry).toList();
		if (current.equals(entries)) {
			return;
		}
		delegation.clear();
		int order = 0;
		for (DelegationMember.Entry entry : entries) {
			delegation.add(new DelegationMember(this, entry, order++));
		}
	}

	public void replaceAgreements(List<EngagementAgreement.Link> links) {
		List<EngagementAgreement.Link> current = agreements.stream().map(EngagementAgreement::link).toList();
		if (current.equals(links)) {
			return;
		}
		agreements.clear();
		links.forEach(link -> agreements.add(new EngagementAgreement(this, link)));
	}

	public EngagementKind kind() {
		return kind;
	}

	public Texts title() {
		return title;
	}

	public UUID parentId() {
		return parentId;
	}

	public LocalDate startDate() {
		return startDate;
	}

	public LocalDate endDate() {
		return endDate;
	}

	public boolean dateApproximate() {
		return dateApproximate;
	}

	public String placeCity() {
		return placeCity;
	}

	public String placeCountry() {
		return placeCountry;
	}

	public String hostAgency() {
		return hostAgency;
	}

	public String guestAgency() {
		return guestAgency;
	}

	public String outcomes() {
		return outcomes;
	}

	public Set<String> areas() {
		return areas;
	}

	public Set<String> sources() {
		return sources;
	}

	public List<DelegationMember> delegation() {
		return delegation;
	}

	public List<EngagementAgreement> agreements() {
		return agreements;
	}

}
