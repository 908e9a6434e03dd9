package org.puente.screening.web;

import org.puente.shared.InvalidInput;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Page and size of a screening list: size at most 200, nothing negative. */
final class Paging {

	private Paging() {
	}

	static Pageable of(Integer page, Integer size) {
		int p = page == null ? 0 : page;
		int s = size == null ? 20 : size;
		if (p < 0) {
			throw new InvalidInput("page", "out.of.range");
		}
		if (s < 1 || s > 200) {
			throw new InvalidInput("size", "out.of.range");
		}
		return PageRequest.of(p, s);
	}

}
