package org.puente.reports.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.puente.registry.EngagementCalendar.CalendarEngagement;

/**
 * Engagements as an iCalendar object (RFC 5545) that Outlook, Thunderbird and phone
 * calendars subscribe to. Engagements are dated by day, so each event is an all-day event
 * (DATE values, the end exclusive) and the calendar needs no VTIMEZONE. An engagement
 * whose dates are only approximate (a visit known to have happened "in September") is
 * still shown, as TENTATIVE and saying so, rather than hidden from the people preparing
 * for it.
 */
final class EngagementIcs {

	static final String PRODUCT = "-//Puente//Engagement calendar//EN";

	/** The words of the feed in the owner's language. */
	interface Wording {

		String kind(String code);

		String agency(String code);

		String country(String code);

		/** A label from the feeds bundle: {@code feeds.ics.<key>}. */
		String label(String key);

	}

	private EngagementIcs() {
	}

	static String write(String name, String baseUrl, List<CalendarEngagement> engagements, Wording wording) {
		Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("NAME", name));
		for (CalendarEngagement e : engagements) {
			calendar.add(event(e, baseUrl, wording));
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static VEvent event(CalendarEngagement e, String baseUrl, Wording wording) {
		LocalDate last = e.endDate() == null || e.endDate().isBefore(e.startDate()) ? e.startDate() : e.endDate();
		VEvent event = new VEvent(e.startDate(), last.plusDays(1), e.title());
		event.replace(new Uid(e.id() + "@puente"));
		if (e.updatedAt() != null) {
			event.replace(new DtStamp(e.updatedAt()));
			event.add(new LastModified(e.updatedAt()));
		}
		String place = place(e, wording);
		if (!place.isEmpty()) {
			event.add(new Location(place));
		}
		String link = baseUrl + "/registry/engagements/" + e.id();
		event.add(new Url(URI.create(link)));
		event.add(new Description(description(e, link, wording)));
		event.add(new Status(e.dateApproximate() ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED));
		event.add(new Transp(Transp.VALUE_TRANSPARENT));
		return event;
	}

	static String place(CalendarEngagement e, Wording wording) {
		List<String> parts = new ArrayList<>();
		if (e.placeCity() != null) {
			parts.add(e.placeCity());
		}
		if (e.placeCountry() != null) {
			parts.add(wording.country(e.placeCountry()));
		}
		return String.join(", ", parts);
	}

	static String description(CalendarEngagement e, String link, Wording wording) {
		List<String> lines = new ArrayList<>();
		if (e.dateApproximate()) {
			lines.add(wording.label("approximate"));
		}
		lines.add(wording.label("kind") + ": " + wording.kind(e.kind()));
		if (e.hostAgency() != null) {
			lines.add(wording.label("host") + ": " + wording.agency(e.hostAgency()));
		}
		if (e.guestAgency() != null) {
			lines.add(wording.label("guest") + ": " + wording.agency(e.guestAgency()));
		}
		if (!e.programme().isEmpty()) {
			lines.add(wording.label("programme") + ":");
			e.programme().forEach(item -> lines.add("- " + item));
		}
		lines.add(wording.label("link") + ": " + link);
		return String.join("\n", lines);
	}

}
