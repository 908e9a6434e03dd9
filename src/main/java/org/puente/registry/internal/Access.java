package org.puente.registry.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.puente.directory.DirectoryLookup;
import org.puente.directory.PartnershipView;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.AgencyLookup;
import org.puente.shared.Forbidden;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees and who changes a registry record. Shared records are visible to every
 * ministry that is a member of the record's partnership; internal records and internal
 * notes only inside the owning ministry. Only editors of the owning ministry, itself a
 * member of the partnership, change a record.
 */
@Component
class Access {

	private final DirectoryLookup directory;

	private final AgencyLookup agencies;

	/**
	 * Agency → its ministry. A unit never moves to another ministry, so this never goes
	 * stale.
	 */
	private final java.util.Map<String, String> ministries = new java.util.concurrent.ConcurrentHashMap<>();

	Access(DirectoryLookup directory, AgencyLookup agencies) {
		this.directory = directory;
		this.agencies = agencies;
	}

	/** The ministry at the root of an agency's tree, or the code itself if unknown. */
	String ministryOf(String agency) {
		if (agency == null) {
			return null;
		}
		String known = ministries.get(agency);
		if (known != null) {
			return known;
		}
		try {
			return agencies.find(new AgencyId(agency)).map(ref -> {
				ministries.put(agency, ref.ministry().code());
				return ref.ministry().code();
			}).orElse(agency);
		}
		catch (InvalidInput ex) {
			return agency; // not a well-formed code, so not a known agency either
		}
	}

	boolean agencyExists(String agency) {
		try {
			return agency != null && agencies.find(new AgencyId(agency)).isPresent();
		}
		catch (InvalidInput ex) {
			return false; // not a well-formed code
		}
	}

	/** The agency and, when it is a ministry, every unit below it. */
	List<String> within(String agency) {
		try {
			List<AgencyId> units = agencies.within(new AgencyId(agency));
			return units.isEmpty() ? List.of(agency) : units.stream().map(AgencyId::code).toList();
		}
		catch (InvalidInput ex) {
			return List.of(agency); // not a well-formed code: matches nothing
		}
	}

	/** The ministries that are members of a partnership. */
	Set<String> ministriesOf(UUID partnership) {
		Set<String> out = new LinkedHashSet<>();
		directory.partnership(partnership).ifPresent(p -> p.members().forEach(m -> out.add(ministryOf(m.agency()))));
		return out;
	}

	/** The partnerships the user's ministry is a member of. */
	Set<UUID> partnershipsOf(CurrentUser user) {
		Set<UUID> out = new LinkedHashSet<>();
		for (PartnershipView p : directory.partnerships()) {
			if (p.members().stream().anyMatch(m -> user.ministry().code().equals(ministryOf(m.agency())))) {
				out.add(p.id());
			}
		}
		return out;
	}

	boolean member(CurrentUser user, UUID partnership) {
		return ministriesOf(partnership).contains(user.ministry().code());
	}

	boolean owns(CurrentUser user, SharedRecord record) {
		return user.ministry().code().equals(record.ownerAgency());
	}

	boolean canSee(CurrentUser user, SharedRecord record) {
		if (record == null || record.deleted()) {
			return false;
		}
		return owns(user, record) || (!record.internal() && member(user, record.partnershipId()));
	}

	/**
	 * Whether {@link #editable} would let the user change the record, without throwing:
	 * pages show edit links only then.
	 */
	boolean mayEdit(CurrentUser user, SharedRecord record) {
		return user.has(Role.EDITOR) && canSee(user, record) && owns(user, record)
				&& ministriesOf(record.partnershipId()).contains(record.ownerAgency());
	}

	<T extends SharedRecord> T visible(CurrentUser user, T record, String what, UUID id) {
		if (!canSee(user, record)) {
			throw new NotFound(what, id);
		}
		return record;
	}

	<T extends SharedRecord> T editable(CurrentUser user, T record, String what, UUID id) {
		user.require(Role.EDITOR);
		visible(user, record, what, id);
		user.requireOwner(new AgencyId(record.ownerAgency()));
		if (!ministriesOf(record.partnershipId()).contains(record.ownerAgency())) {
			throw new Forbidden("owner.not.a.partner");
		}
		return record;
	}

	/** A deleted record an administrator of the owning ministry may bring back. */
	<T extends SharedRecord> T restorable(CurrentUser user, T record) {
		user.require(Role.ADMIN);
		user.requireOwner(new AgencyId(record.ownerAgency()));
		return record;
	}

	/** The internal note, for the owning ministry only. */
	String noteFor(CurrentUser user, SharedRecord record) {
		return owns(user, record) ? record.internalNote() : null;
	}

	/**
	 * A partnership named by id or code that the user's ministry is a member of: an
	 * unknown code is a refused value, an unknown id is not found, another ministries'
	 * partnership is forbidden.
	 */
	PartnershipView memberPartnership(CurrentUser user, String codeOrId) {
		if (codeOrId == null || codeOrId.isBlank()) {
			throw new InvalidInput("partnership", "required");
		}
		PartnershipView partnership;
		try {
			UUID id = UUID.fromString(codeOrId.trim());
			partnership = directory.partnership(id).orElseThrow(() -> new NotFound("partnership", id));
		}
		catch (IllegalArgumentException ex) {
			partnership = directory.partnershipByCode(codeOrId)
				.orElseThrow(() -> new InvalidInput("partnership", "unknown.partnership"));
		}
		if (!member(user, partnership.id())) {
			throw new Forbidden("not.a.partner");
		}
		return partnership;
	}

	/** The records of these partnerships a user may see (none when there are none). */
	<T extends SharedRecord> Specification<T> visibleIn(CurrentUser user, Collection<UUID> partnerships) {
		Specification<T> inScope = (root, query, cb) -> partnerships.isEmpty() ? cb.disjunction()
				: root.get("partnershipId").in(partnerships);
		return this.<T>visibleTo(user).and(inScope);
	}

	/**
	 * The records a user may list: not deleted; their own, or shared in their
	 * partnerships.
	 */
	<T extends SharedRecord> Specification<T> visibleTo(CurrentUser user) {
		String ministry = user.ministry().code();
		Collection<UUID> partnerships = partnershipsOf(user);
		return (root, query, cb) -> {
			Predicate shared = partnerships.isEmpty() ? cb.disjunction()
					: cb.and(cb.isFalse(root.get("internal")), root.get("partnershipId").in(partnerships));
			return cb.and(cb.isFalse(root.get("deleted")), cb.or(cb.equal(root.get("ownerAgency"), ministry), shared));
		};
	}

}
