package org.puente.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
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
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;

/**
 * Something done to carry commitments out: a training course, an expert exchange, a
 * donation, a joint project or operation.
 */
@Entity
@Indexed(index = "activity")
@Table(name = "activity")
public class Activity extends SharedRecord {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityKind kind;

	@Embedded
	@IndexedEmbedded
	@AttributeOverrides({ @AttributeOverride(name = "vi", column = @Column(name = "title_vi")),
			@AttributeOverride(name = "es", column = @Column(name = "title_es")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private Texts title;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@FullTextField(analyzer = "text", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@Column(name = "place_city")
	private String placeCity;

	@Column(name = "place_country")
	private String placeCountry;

	private Integer trainees;

	@Column(name = "trainer_side")
	private String trainerSide;

	@FullTextField(analyzer = "text", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	private String items;

	@Column(name = "value_amount")
	private BigDecimal value;

	private String currency;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityStatus status;

	@ElementCollection
	@CollectionTable(name = "activity_commitment", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "commitment_id")
	private Set<UUID> commitments = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_source", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "source")
	private Set<String> sources = new LinkedHashSet<>();

	protected Activity() {
	}

	public Activity(UUID partnershipId, String ownerAgency, ActivityStatus status) {
		super(partnershipId, ownerAgency);
		this.status = status;
	}

	public void update(ActivityKind kind, Texts title, LocalDate startDate, LocalDate endDate, String placeCity,
			String placeCountry, Integer trainees, String trainerSide, String items, BigDecimal value, String currency,
			Set<UUID> commitments, Set<String> sources) {
		this.kind = kind;
		this.title = title;
		this.startDate = startDate;
		this.endDate = endDate;
		this.placeCity = placeCity;
		this.placeCountry = placeCountry;
		this.trainees = trainees;
		this.trainerSide = trainerSide;
		this.items = items;
		this.value = value;
		this.currency = currency;
		Sets.replace(this.commitments, commitments);
		Sets.replace(this.sources, sources);
	}

	public void moveTo(ActivityStatus status) {
		this.status = status;
	}

	public ActivityKind kind() {
		return kind;
	}

	public Texts title() {
		return title;
	}

	public LocalDate startDate() {
		return startDate;
	}

	public LocalDate endDate() {
		return endDate;
	}

	public String placeCity() {
		return placeCity;
	}

	public String placeCountry() {
		return placeCountry;
	}

	public Integer trainees() {
		return trainees;
	}

	public String trainerSide() {
		return trainerSide;
	}

	public String items() {
		return items;
	}

	public BigDecimal value() {
		return value;
	}

	public String currency() {
		return currency;
	}

	public ActivityStatus status() {
		return status;
	}

	public Set<UUID> commitments() {
		return commitments;
	}

	public Set<String> sources() {
		return sources;
	}

}
