package org.puente.sources.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.puente.directory.DirectoryLookup;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;
import org.puente.sources.extraction.ExtractionNotes;
import org.puente.sources.library.Acceptance;
import org.puente.sources.library.ArticleFiles;
import org.puente.sources.library.ReviewDesk;
import org.puente.sources.library.SourceLibrary;
import org.puente.sources.library.StoredArticle;
import org.puente.web.Countries;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The source pages: the list of imported articles with their review state, the import
 * form (paste or upload), and the review screen of one article.
 */
@Controller
@RequestMapping("/sources")
class SourcePages {

	private static final List<String> KINDS = List.of("OFFICIAL_VISIT", "WORKING_VISIT", "TALKS", "WORKING_SESSION",
			"COURTESY_CALL", "RECEPTION", "PHONE_TALKS", "SIGNING_CEREMONY", "COMMEMORATION", "MEETING");

	private final SourceLibrary library;

	private final ReviewDesk desk;

	private final DirectoryLookup directory;

	private final MessageSource messages;

	SourcePages(SourceLibrary library, ReviewDesk desk, DirectoryLookup directory, MessageSource messages) {
		this.library = library;
		this.desk = desk;
		this.directory = directory;
		this.messages = messages;
	}

	@ModelAttribute("lang")
	String language(Locale locale) {
		return locale.getLanguage();
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	String list(@RequestParam(required = false) String state, @RequestParam(required = false) String language,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUsers.get();
		String s = Arrays.stream(StoredArticle.State.values())
			.map(Enum::name)
			.filter(n -> n.equalsIgnoreCase(String.valueOf(state)))
			.findFirst()
			.orElse(null);
		String l = language == null || !language.matches("[a-z]{2}") ? null : language;
		model.addAttribute("articles", library.list(user, s, l, q, PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("state", s);
		model.addAttribute("language", l);
		model.addAttribute("q", q);
		model.addAttribute("states", Arrays.stream(StoredArticle.State.values()).map(Enum::name).toList());
		model.addAttribute("canImport", user.has(org.puente.security.Role.EDITOR));
		return "sources/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newArticle(Model model) {
		model.addAttribute("maxMegabytes", ArticleFiles.MAX_BYTES / (1024 * 1024));
		return "sources/new";
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView importArticle(@RequestParam(required = false) String title,
			@RequestParam(required = false) String outlet, @RequestParam(required = false) String url,
			@RequestParam(required = false) String published, @RequestParam(required = false) String text,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
			RedirectAttributes redirect) throws IOException {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("maxMegabytes", ArticleFiles.MAX_BYTES / (1024 * 1024));
		model.addAttribute("importTitle", title);
		model.addAttribute("importOutlet", outlet);
		model.addAttribute("importUrl", url);
		model.addAttribute("importPublished", published);
		model.addAttribute("importText", text);
		try {
			boolean hasFile = file != null && !file.isEmpty();
			boolean hasText = text != null && !text.isBlank();
			if (!hasFile && !hasText) {
				throw new InvalidInput("text", "sources.import.text.or.file");
			}
			if (hasFile && file.getSize() > ArticleFiles.MAX_BYTES) {
				throw new InvalidInput("file", "sources.import.too.large");
			}
			SourceLibrary.Outcome outcome = library.importArticle(user,
					new SourceLibrary.ImportRequest(title, outlet, url, published, hasFile ? null : text,
							hasFile ? file.getOriginalFilename() : null, hasFile ? file.getBytes() : null));
			if (outcome instanceof SourceLibrary.Imported imported) {
				redirect.addFlashAttribute("notice", "sources.import.notice.imported");
				return new ModelAndView("redirect:/sources/" + imported.article().id() + "/review");
			}
			SourceLibrary.Duplicate duplicate = (SourceLibrary.Duplicate) outcome;
			model.addAttribute("duplicate", duplicate);
			model.addAttribute("errors",
					java.util.Map.of(hasFile ? "file" : "text", messages.getMessage(
							duplicate.exact() ? "sources.import.duplicate.exact" : "sources.import.duplicate.near",
							null, locale)));
			return page("sources/new", model, HttpStatus.CONFLICT);
		}
		catch (InvalidInput ex) {
			model.addAttribute("errors", SourceMessages.byField(messages, ex.errors(), locale));
			return page("sources/new", model, HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping({ "/{id}", "/{id}/review" })
	@PreAuthorize("hasRole('VIEWER')")
	String review(@PathVariable UUID id, Model model, Locale locale) {
		ReviewDesk.Review review = desk.review(CurrentUsers.get(), id);
		fill(model, review, review.proposal(), locale);
		return "sources/review";
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView accept(@PathVariable UUID id, @ModelAttribute("form") Acceptance form, Model model, Locale locale,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			ReviewDesk.Accepted accepted = desk.accept(user, id, form);
			redirect.addFlashAttribute("notice",
					accepted.engagementCreated() ? "sources.review.notice.created" : "sources.review.notice.attached");
			return new ModelAndView("redirect:/registry/engagements/" + accepted.engagement());
		}
		catch (InvalidInput ex) {
			ReviewDesk.Review review = desk.review(user, id);
			fill(model, review, form, locale);
			model.addAttribute("errors", SourceMessages.byField(messages, ex.errors(), locale));
			return page("sources/review", model, HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView reject(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			Locale locale, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			library.reject(user, id, reason);
			redirect.addFlashAttribute("notice", "sources.review.notice.rejected");
			return new ModelAndView("redirect:/sources/" + id);
		}
		catch (InvalidInput ex) {
			ReviewDesk.Review review = desk.review(user, id);
			fill(model, review, review.proposal(), locale);
			model.addAttribute("reason", reason);
			model.addAttribute("errors", SourceMessages.byField(messages, ex.errors(), locale));
			return page("sources/review", model, HttpStatus.BAD_REQUEST);
		}
	}

	private void fill(Model model, ReviewDesk.Review review, Acceptance form, Locale locale) {
		model.addAttribute("review", review);
		model.addAttribute("article", review.view().article());
		model.addAttribute("x", review.view().extraction());
		model.addAttribute("notes", review.view().extraction() == null ? List.of()
				: review.view().extraction().notes().stream().map(note -> ExtractionNotes.text(note, locale)).toList());
		model.addAttribute("form", form);
		model.addAttribute("kinds", KINDS);
		model.addAttribute("partnershipOptions",
				review.partnerships()
					.stream()
					.map(p -> new ReviewDesk.Option(p.code(), p.names().in(locale.getLanguage())))
					.toList());
		model.addAttribute("countries", Countries.names(locale));
		java.util.Map<String, String> agencies = new java.util.LinkedHashMap<>();
		directory.agencies().forEach(a -> agencies.put(a.code(), a.names().in(locale.getLanguage())));
		model.addAttribute("agencyNames", agencies);
		java.util.Map<String, String> areas = new java.util.LinkedHashMap<>();
		directory.areas().forEach(a -> areas.put(a.code(), a.names().in(locale.getLanguage())));
		model.addAttribute("areaNames", areas);
	}

	private static ModelAndView page(String view, Model model, HttpStatus status) {
		ModelAndView mav = new ModelAndView(view, model.asMap());
		mav.setStatus(status);
		return mav;
	}

}
