package org.puente.screening.web;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every screening page needs: the zone its times are shown in. */
@ControllerAdvice(assignableTypes = { ScreeningPages.class, WatchlistPages.class })
class ScreeningPagesAdvice {

	private final ZoneId zone;

	ScreeningPagesAdvice(@Value("${puente.time-zone:UTC}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return zone;
	}

}
