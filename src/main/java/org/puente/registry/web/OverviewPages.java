package org.puente.registry.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.puente.directory.AgencyView;
import org.puente.directory.AreaView;
import org.puente.directory.DirectoryLookup;
import org.puente.registry.internal.RegistryOverview;
import org.puente.registry.internal.RegistryOverview.Dashboard;
import org.puente.registry.internal.RegistryStatistics;
import org.puente.registry.internal.RegistryStatistics.Statistics;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;
import org.puente.web.Countries;
import org.puente.web.FormErrors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The partnership page (agreements, timeline, open commitments, recent changes) and the
 * dashboard of what needs attention.
 */
@Controller
@RequestMapping("/registry")
class OverviewPages {

	private final RegistryOverview overview;

	private final RegistryStatistics statistics;

	private final DirectoryLookup directory;

	private final MessageSource messages;

	private final ZoneId zone;

	OverviewPages(RegistryOverview overview, RegistryStatistics statistics, DirectoryLookup directory,
			MessageSource messages, @Value("${puente.time-zone:UTC}") String zone) {
		this.overview = overview;
		this.statistics = statistics;
		this.directory = directory;
		this.messages = messages;
		this.zone = ZoneId.of(zone);
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	String registry() {
		return "redirect:/registry/dashboard";
	}

	@GetMapping("/partnerships")
	@PreAuthorize("hasRole('VIEWER')")
	String partnerships(Model model) {
		model.addAttribute("partnerships", overview.partnerships(CurrentUsers.get()));
		return "registry/partnerships";
	}

	@GetMapping("/partnerships/{code}")
	@PreAuthorize("hasRole('VIEWER')")
	String partnership(@PathVariable String code, @RequestParam(required = false) String year, Locale locale,
			Model model) {
		CurrentUser user = CurrentUsers.get();
		Integer zoom = number("year", year);
		model.addAttribute("overview",
				overview.partnership(user, code, zoom, locale.getLanguage(), LocalDate.now(this.zone)));
		names(model, locale);
		return "registry/partnership";
	}

	@GetMapping("/dashboard")
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView dashboard(@RequestParam(required = false) String partnership,
			@RequestParam(required = false) String within, Locale locale, Model model) {
		CurrentUser user = CurrentUsers.get();
		LocalDate today = LocalDate.now(this.zone);
		names(model, locale);
		model.addAttribute("windows", java.util.List.of(30, 90, 180, 365));
		try {
			Dashboard dashboard = overview.dashboard(user, partnership, number("within", within), locale.getLanguage(),
					today);
			model.addAttribute("dashboard", dashboard);
			charts(model, user, dashboard, partnership, today, locale);
			return new ModelAndView("registry/dashboard", model.asMap());
		}
		catch (InvalidInput ex) {
			// Show the dashboard as it would be without the refused choice, and say why.
			FormErrors.add(model, messages, ex);
			Dashboard fallback = overview.dashboard(user, null, null, locale.getLanguage(), today);
			model.addAttribute("dashboard", fallback);
			charts(model, user, fallback, null, today, locale);
			return new ModelAndView("registry/dashboard", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	/**
	 * The dashboard's charts: commitments per area now, where they stood at the end of
	 * each year, engagements per year by level, activities by area.
	 */
	private void charts(Model model, CurrentUser user, Dashboard dashboard, String partnership, LocalDate today,
			Locale locale) {
		Map<String, String> areas = areaNames(locale);
		String noArea = messages.getMessage("overview.no.area", null, locale);
		java.util.function.Function<String, String> areaLabel = a -> a == null || a.isEmpty() ? noArea
				: areas.getOrDefault(a, a);
		Statistics stats = statistics.of(user, partnership, today);
		model.addAttribute("chart", BarChart.of("by-area", dashboard.byArea(), areaLabel));
		model.addAttribute("overTime",
				BarChart.of("over-time", stats.commitmentsByYear(), "records.status.", year -> year));
		model.addAttribute("byLevel", BarChart.of("by-level", stats.engagementsByLevel(), "overview.level.", y -> y));
		model.addAttribute("activities",
				BarChart.of("activities", stats.activitiesByArea(), "records.status.", areaLabel));
	}

	/**
	 * The statistics the API serves, for the dashboard's script to draw its trend charts
	 * with (the browser has a session, not the API's credentials).
	 */
	@GetMapping(path = "/dashboard/statistics.json", produces = "application/json")
	@PreAuthorize("hasRole('VIEWER')")
	@org.springframework.web.bind.annotation.ResponseBody
	Statistics statistics(@RequestParam(required = false) String partnership) {
		return statistics.of(CurrentUsers.get(), partnership, LocalDate.now(this.zone));
	}

	private static Integer number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput(field, "invalid.value");
		}
	}

	private Map<String, String> areaNames(Locale locale) {
		Map<String, String> areas = new LinkedHashMap<>();
		for (AreaView a : directory.areas()) {
			areas.put(a.code(), a.names().in(locale.getLanguage()));
		}
		return areas;
	}

	/** Area and agency names in the page's language, by code. */
	private void names(Model model, Locale locale) {
		String language = locale.getLanguage();
		Map<String, String> areas = areaNames(locale);
		Map<String, String> agencies = new LinkedHashMap<>();
		for (AgencyView a : directory.agencies()) {
			agencies.put(a.code(), a.names().in(language));
		}
		model.addAttribute("areaNames", areas);
		model.addAttribute("countries", Countries.names(locale));
		model.addAttribute("agencyNames", agencies);
	}

}
