package org.puente.registry.web;

import java.util.Set;

import org.puente.shared.InvalidInput;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Keeps list pages to a sane size and sorting to the fields a list offers. */
final class Paging {

	static final int MAX = 200;

	static final int EXPORT_MAX = 10_000;

	private Paging() {
	}

	static Pageable checked(Pageable pageable, Set<String> sortable) {
		for (Sort.Order order : pageable.getSort()) {
			if (!sortable.contains(order.getProperty())) {
				throw new InvalidInput("sort", "invalid.sort");
			}
		}
		return pageable.getPageSize() <= MAX ? pageable
				: PageRequest.of(pageable.getPageNumber(), MAX, pageable.getSort());
	}

	/** Every row of a filtered list, for an export. */
	static Pageable export(Pageable pageable, Set<String> sortable) {
		checked(pageable, sortable);
		return PageRequest.of(0, EXPORT_MAX, pageable.getSort());
	}

}
