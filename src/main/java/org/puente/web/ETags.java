package org.puente.web;

import org.puente.shared.InvalidInput;

import org.springframework.http.ResponseEntity;

/**
 * Optimistic locking over HTTP: a record's version is its ETag; an update may send it as
 * {@code If-Match} (a mismatch answers 412) or as {@code version} in the body (409).
 */
public final class ETags {

	private ETags() {
	}

	public static <T> ResponseEntity<T> ok(T body, long version) {
		return ResponseEntity.ok().eTag("\"" + version + "\"").body(body);
	}

	/** The version the client based its change on: If-Match wins over the body. */
	public static Long version(String ifMatch, Long bodyVersion) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return bodyVersion;
		}
		String tag = ifMatch.trim();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("If-Match", "invalid.value");
		}
	}

}
