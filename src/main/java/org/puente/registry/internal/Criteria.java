package org.puente.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.puente.directory.DirectoryLookup;
import org.puente.shared.Checks;

import org.springframework.data.jpa.domain.Specification;

/** A list filter read and checked: every refused value is named at once. */
record Criteria(UUID partnership, String area, String status, LocalDate from, LocalDate to, UUID person,
		List<String> agencies) {

	static <E extends Enum<E>> Criteria read(ListFilter filter, Class<E> statusType, DirectoryLookup directory,
			Access access) {
		ListFilter f = filter == null ? ListFilter.none() : filter;
		Checks checks = new Checks();
		UUID partnership = null;
		String p = Inputs.blankToNull(f.partnership());
		if (p != null) {
			try {
				partnership = UUID.fromString(p);
			}
			catch (IllegalArgumentException ex) {
				partnership = directory.partnershipByCode(p).map(v -> v.id()).orElse(null);
				if (partnership == null) {
					checks.fail("partnership", "unknown.partnership");
				}
			}
		}
		E status = Inputs.choice(checks, "status", f.status(), statusType, false);
		LocalDate from = checks.date("from", f.from());
		LocalDate to = checks.date("to", f.to());
		checks.order("to", from, to);
		UUID person = Inputs.id(checks, "person", f.person());
		String agency = Inputs.blankToNull(f.agency());
		checks.orThrow();
		return new Criteria(partnership, Inputs.blankToNull(f.area()), status == null ? null : status.name(), from, to,
				person, agency == null ? null : access.within(agency));
	}

	/** The common part: partnership, area (if the record has areas) and status. */
	<T> Specification<T> common(boolean hasAreas) {
		return common(hasAreas, "status");
	}

	/**
	 * As {@link #common(boolean)}, with the filter's status read against another column.
	 */
	<T> Specification<T> common(boolean hasAreas, String statusColumn) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (partnership != null) {
				all.add(cb.equal(root.get("partnershipId"), partnership));
			}
			if (area != null && hasAreas) {
				all.add(cb.isMember(area, root.get("areas")));
			}
			if (status != null) {
				all.add(cb.equal(root.get(statusColumn).as(String.class), status));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	/** Records dated within the range (a range of dates overlapping it). */
	<T> Specification<T> dated(String start, String end) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			Expression<LocalDate> first = root.get(start);
			Expression<LocalDate> last = end == null ? first : cb.coalesce(root.get(end), first);
			if (from != null) {
				all.add(cb.greaterThanOrEqualTo(last, from));
			}
			if (to != null) {
				all.add(cb.lessThanOrEqualTo(first, to));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	/**
	 * Records where one of the given agency columns holds one of the filter's agencies.
	 */
	<T> Specification<T> agencyIn(String... columns) {
		return (root, query, cb) -> agencies == null ? cb.conjunction() : anyOf(cb, root, columns);
	}

	private <T> Predicate anyOf(CriteriaBuilder cb, Root<T> root, String... columns) {
		List<Predicate> any = new ArrayList<>();
		for (String column : columns) {
			any.add(root.get(column).in(agencies));
		}
		return cb.or(any.toArray(Predicate[]::new));
	}

	/**
	 * Records whose element collection of agencies holds one of the filter's agencies.
	 */
	<T> Specification<T> agencyMember(String collection) {
		return (root, query, cb) -> {
			if (agencies == null) {
				return cb.conjunction();
			}
			return cb.or(agencies.stream().map(a -> cb.isMember(a, root.get(collection))).toArray(Predicate[]::new));
		};
	}

	<T> Specification<T> when(boolean condition, Function<Criteria, Specification<T>> spec) {
		return condition ? spec.apply(this) : (root, query, cb) -> cb.conjunction();
	}

}
