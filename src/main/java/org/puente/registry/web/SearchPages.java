package org.puente.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.registry.internal.RegistrySearch;
import org.puente.registry.internal.RegistrySearch.Hit;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.Checks;
import org.puente.shared.InvalidInput;
import org.puente.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

/**
 * One search box over agreements, engagements, commitments and the people of the
 * directory, ignoring case and diacritics; the words that matched are marked.
 */
@Controller
class SearchPages {

	static final List<String> TYPES = List.of("AGREEMENT", "ENGAGEMENT", "COMMITMENT", "ACTIVITY", "REVIEW", "PERSON");

	static final int LIMIT = 50;

	private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

	private final RegistrySearch search;

	private final MessageSource messages;

	SearchPages(RegistrySearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	/** A piece of a snippet: plain, or one of the matched words. */
	public record Segment(String text, boolean marked) {
	}

	/** A hit as the page shows it: where it leads and its snippet in pieces. */
	public record Result(String type, UUID id, String url, String title, List<Segment> snippet, LocalDate date,
			String status) {
	}

	@GetMapping("/registry/search")
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			Model model) {
		String query = q == null ? "" : q.trim();
		String wanted = type == null || type.isBlank() ? "" : type.trim().toUpperCase(Locale.ROOT);
		model.addAttribute("q", query);
		model.addAttribute("type", wanted);
		model.addAttribute("types", TYPES);
		model.addAttribute("results", List.of());
		model.addAttribute("searched", false);
		try {
			Checks checks = new Checks().optional("q", query, 200);
			if (!wanted.isEmpty() && !TYPES.contains(wanted)) {
				checks.fail("type", "invalid.choice");
			}
			checks.orThrow();
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			return new ModelAndView("registry/search", model.asMap(), HttpStatus.BAD_REQUEST);
		}
		if (!query.isEmpty()) {
			model.addAttribute("results", results(CurrentUsers.get(), query, wanted));
			model.addAttribute("searched", true);
		}
		return new ModelAndView("registry/search", model.asMap(), HttpStatus.OK);
	}

	private List<Result> results(CurrentUser user, String query, String type) {
		List<Hit> hits = new ArrayList<>();
		if (!type.equals("PERSON")) {
			hits.addAll(search.search(user, query, type.isEmpty() ? Set.of() : Set.of(type), LIMIT));
		}
		if (type.isEmpty() || type.equals("PERSON")) {
			hits.addAll(search.people(user, query, LIMIT));
		}
		return hits.stream()
			.sorted(Comparator.comparing(Hit::score).reversed())
			.limit(LIMIT)
			.map(h -> new Result(h.type(), h.id(), url(h), h.title(), segments(h.snippet(), h.title()), h.date(),
					h.status()))
			.toList();
	}

	static String url(Hit hit) {
		return switch (hit.type()) {
			case "AGREEMENT" -> AgreementPages.BASE + "/" + hit.id();
			case "ENGAGEMENT" -> EngagementPages.BASE + "/" + hit.id();
			case "COMMITMENT" -> CommitmentPages.BASE + "/" + hit.id();
			case "ACTIVITY" -> ActivityPages.BASE + "/" + hit.id();
			case "REVIEW" -> ReviewPages.BASE + "/" + hit.id();
			default -> "/directory/people/" + hit.id();
		};
	}

	/**
	 * A highlighted snippet (HTML-escaped text with {@code <mark>} around matches) as
	 * plain pieces, so the page prints every piece as text and nothing as markup.
	 */
	static List<Segment> segments(String snippet, String fallback) {
		if (snippet == null) {
			return fallback == null ? List.of() : List.of(new Segment(fallback, false));
		}
		List<Segment> out = new ArrayList<>();
		Matcher m = MARK.matcher(snippet);
		int at = 0;
		while (m.find()) {
			if (m.start() > at) {
				out.add(new Segment(plain(snippet.substring(at, m.start())), false));
			}
			out.add(new Segment(plain(m.group(1)), true));
			at = m.end();
		}
		if (at < snippet.length()) {
			out.add(new Segment(plain(snippet.substring(at)), false));
		}
		return out;
	}

	/** The text the escaped fragment stands for; any other tag is dropped, not kept. */
	private static String plain(String escaped) {
		return HtmlUtils.htmlUnescape(escaped.replaceAll("<[^>]*>", ""));
	}

}
