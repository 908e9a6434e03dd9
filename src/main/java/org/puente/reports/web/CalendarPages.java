package org.puente.reports.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.puente.reports.internal.CalendarSubscriptions;
import org.puente.reports.internal.CalendarSubscriptions.FeedView;
import org.puente.reports.internal.CalendarSubscriptions.IssuedFeed;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;
import org.puente.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's calendar feeds: one per partnership they choose, its address shown
 * once when made, and a revoke button for each.
 */
@Controller
@RequestMapping("/feeds/calendars")
class CalendarPages {

	private final CalendarSubscriptions subscriptions;

	private final MessageSource messages;

	CalendarPages(CalendarSubscriptions subscriptions, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.messages = messages;
	}

	/** A feed as the table shows it, its moments in the user's locale. */
	record FeedRow(FeedView feed, String partnership, String created, String lastUsed, String revoked) {
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	String list(@RequestParam(required = false) String partnership, Model model) {
		return page(model, partnership == null ? "" : partnership);
	}

	@PostMapping
	@PreAuthorize("hasRole('VIEWER')")
	String create(@RequestParam(required = false) String partnership, HttpServletResponse response, Model model) {
		try {
			IssuedFeed issued = subscriptions.create(CurrentUsers.get(), partnership);
			// The address is on this page only: never cache it, never redirect to a URL
			// that could show it again.
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("issued", issued);
			model.addAttribute("partnershipName",
					issued.partnership().names().in(LocaleContextHolder.getLocale().getLanguage()));
			return "feeds/issued";
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, partnership == null ? "" : partnership);
		}
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize("hasRole('VIEWER')")
	String revoke(@PathVariable UUID id) {
		subscriptions.revoke(CurrentUsers.get(), id);
		return "redirect:/feeds/calendars?revoked";
	}

	private String page(Model model, String chosen) {
		CurrentUser user = CurrentUsers.get();
		Locale locale = LocaleContextHolder.getLocale();
		String language = locale.getLanguage();
		List<FeedRow> rows = subscriptions.of(user)
			.stream()
			.map(f -> new FeedRow(f, f.partnership() == null ? "" : f.partnership().names().in(language),
					time(f.createdAt(), locale), time(f.lastUsedAt(), locale), time(f.revokedAt(), locale)))
			.toList();
		model.addAttribute("feeds", rows);
		model.addAttribute("partnerships", subscriptions.partnerships(user));
		model.addAttribute("chosen", chosen);
		model.addAttribute("lang", language);
		return "feeds/calendars";
	}

	private static String time(Instant at, Locale locale) {
		if (at == null) {
			return null;
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC)
			.format(at);
	}

}
