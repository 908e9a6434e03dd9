package org.puente.registry.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * A person in a delegation, with the role they had in it and their rank and position on
 * that day (ranks change; the directory keeps the history, the delegation the snapshot).
 */
@Entity
@Table(name = "delegation_member")
public class DelegationMember {

	/** Which side of the table. */
	public enum Side {

		HOST, GUEST

	}

	/** The member's role in the delegation. */
	public enum Role {

		HEAD, DEPUTY, MEMBER

	}

	/** A member's data as an editor gives it. */
	public record Entry(UUID personId, String personName, Side side, Role role, String rank, String position) {
	}

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "engagement_id")
	private Engagement engagement;

	@Column(name = "person_id", nullable = false)
	private UUID personId;

	@FullTextField(analyzer = "name", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@Column(name = "person_name", nullable = false)
	private String personName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Side side;

	@Enumerated(EnumType.STRING)
	@Column(name = "delegation_role", nullable = false)
	private Role role;

	@Column(name = "rank_title")
	private String rank;

	@Column(name = "position_title")
	private String position;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected DelegationMember() {
	}

	DelegationMember(Engagement engagement, Entry entry, int sortOrder) {
		this.id = UUID.randomUUID();
		this.engagement = engagement;
		this.personId = entry.personId();
		this.personName = entry.personName();
		this.side = entry.side();
		this.role = entry.role();
		this.rank = entry.rank();
		this.position = entry.position();
		this.sortOrder = sortOrder;
	}

	Entry entry() {
		return new Entry(personId, personName, side, role, rank, position);
	}

	public UUID id() {
		return id;
	}

	public UUID personId() {
		return personId;
	}

	public String personName() {
		return personName;
	}

	public Side side() {
		return side;
	}

	public Role role() {
		return role;
	}

	public String rank() {
		return rank;
	}

	public String position() {
		return position;
	}

}
