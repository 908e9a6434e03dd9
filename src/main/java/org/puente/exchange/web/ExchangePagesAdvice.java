package org.puente.exchange.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.puente.directory.AgencyView;
import org.puente.directory.DirectoryLookup;
import org.puente.security.CurrentUsers;
import org.puente.shared.Classification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every exchange page shows names of or offers to choose from. */
@ControllerAdvice(assignableTypes = { InboxPages.class, CasePages.class, MessagePages.class })
class ExchangePagesAdvice {

	private final DirectoryLookup directory;

	private final ZoneId zone;

	ExchangePagesAdvice(DirectoryLookup directory, @Value("${puente.time-zone:UTC}") String zone) {
		this.directory = directory;
		this.zone = ZoneId.of(zone);
	}

	/**
	 * Moments (sent, read, deadline) in the user's language and the installation's zone.
	 */
	public record Moments(Locale locale, ZoneId zone) {

		public String of(Instant at) {
			return at == null ? ""
					: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(locale)
						.withZone(zone)
						.format(at);
		}

		public String iso(Instant at) {
			return at == null ? "" : at.toString();
		}

	}

	@ModelAttribute("when")
	Moments moments(Locale locale) {
		return new Moments(locale, zone);
	}

	/** One choice of a select or checkbox group. */
	record Option(String value, String label) {
	}

	@ModelAttribute("lang")
	String language(Locale locale) {
		return locale.getLanguage();
	}

	@ModelAttribute("agencyNames")
	Map<String, String> agencyNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		directory.agencies().forEach(a -> names.put(a.code(), a.names().in(locale.getLanguage())));
		return names;
	}

	@ModelAttribute("areaNames")
	Map<String, String> areaNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		directory.areas().forEach(a -> names.put(a.code(), a.names().in(locale.getLanguage())));
		return names;
	}

	/** The areas in the taxonomy's order. */
	@ModelAttribute("areaOptions")
	List<Option> areaOptions(Locale locale) {
		return directory.areas()
			.stream()
			.sorted(java.util.Comparator.comparingInt(org.puente.directory.AreaView::sortOrder)
				.thenComparing(org.puente.directory.AreaView::code))
			.map(a -> new Option(a.code(), a.names().in(locale.getLanguage())))
			.toList();
	}

	/**
	 * Agencies and their units in tree order, indented, with their codes: the addressees
	 * a message can go to, of either agency.
	 */
	@ModelAttribute("unitOptions")
	List<Option> unitOptions(Locale locale) {
		List<Option> options = new ArrayList<>();
		for (AgencyView a : directory.agencies()) {
			options.add(new Option(a.code(),
					"\u00a0\u00a0".repeat(a.depth()) + a.names().in(locale.getLanguage()) + " (" + a.code() + ")"));
		}
		return options;
	}

	/** The markings the signed-in user may give a message: up to their clearance. */
	@ModelAttribute("classifications")
	List<String> classifications() {
		return CurrentUsers.find()
			.map(user -> Arrays.stream(Classification.values()).filter(user::clearedFor).map(Enum::name).toList())
			.orElse(List.of());
	}

}
