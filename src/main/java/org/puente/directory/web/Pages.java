package org.puente.directory.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Keeps list pages to a sane size whatever a client asks for. */
final class Pages {

	static final int MAX = 200;

	private Pages() {
	}

	static Pageable capped(Pageable pageable) {
		return pageable.getPageSize() <= MAX ? pageable
				: PageRequest.of(pageable.getPageNumber(), MAX, pageable.getSort());
	}

}
