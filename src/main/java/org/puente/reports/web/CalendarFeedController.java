package org.puente.reports.web;

import java.nio.charset.StandardCharsets;

import org.puente.reports.internal.CalendarSubscriptions;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar feed that calendar clients fetch. They cannot sign in, so the address's
 * secret is the credential: the security configuration lets this one path through and
 * this controller answers 404 for any secret that is not a live feed.
 */
@RestController
class CalendarFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarSubscriptions subscriptions;

	CalendarFeedController(CalendarSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping("/feeds/calendar/{secret}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String secret) {
		return subscriptions.calendar(secret)
			.map(file -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.cacheControl(CacheControl.noStore())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename(file.fileName()).build().toString())
				.body(file.text().getBytes(StandardCharsets.UTF_8)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
