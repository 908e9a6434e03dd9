package org.puente.exchange.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.exchange.CaseStatus;
import org.puente.exchange.internal.ExchangeCases;
import org.puente.exchange.internal.ExchangeCases.CaseFilter;
import org.puente.exchange.internal.ExchangeCases.CaseForm;
import org.puente.exchange.internal.ExchangeCases.CaseView;
import org.puente.exchange.internal.ExchangeCases.StatusForm;
import org.puente.exchange.internal.ExchangeMessages;
import org.puente.exchange.internal.ExchangeMessages.MessageView;
import org.puente.registry.DocumentEntries;
import org.puente.registry.RegistryDocuments;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.security.Role;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cases in the browser: the list, the form to open one, and the case page with its
 * details, linked registry records, status, timeline and messages. Opening the case page
 * reads its messages: the first reader of each addressed unit records the signed read
 * receipt.
 */
@Controller
class CasePages {

	private static final Pattern ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final ExchangeCases cases;

	private final ExchangeMessages messages;

	private final RegistryDocuments registry;

	private final MessageSource texts;

	CasePages(ExchangeCases cases, ExchangeMessages messages, RegistryDocuments registry, MessageSource texts) {
		this.cases = cases;
		this.messages = messages;
		this.registry = registry;
		this.texts = texts;
	}

	/** The new-case form as the browser sends it. */
	record CaseFields(String title, String priority, List<String> areas, List<String> agencies, String agreement,
			String activity) {

		static CaseFields empty() {
			return new CaseFields("", "NORMAL", List.of(), List.of(), "", "");
		}

		CaseForm toForm() {
			List<InvalidInput.FieldError> errors = new ArrayList<>();
			UUID agreementId = id("agreementId", agreement, errors);
			UUID activityId = id("activityId", activity, errors);
			if (!errors.isEmpty()) {
				if (title == null || title.isBlank()) {
					// Said together with the other refusals, so the user fixes all at
					// once.
					errors.add(0, new InvalidInput.FieldError("title", "required"));
				}
				throw new InvalidInput(errors);
			}
			return new CaseForm(title, priority, areas == null ? List.of() : areas,
					agencies == null ? List.of() : agencies, agreementId, activityId, null);
		}

		/** An id, or the address of the record's page in Puente, which holds it. */
		private static UUID id(String field, String text, List<InvalidInput.FieldError> errors) {
			if (text == null || text.isBlank()) {
				return null;
			}
			Matcher m = ID.matcher(text);
			if (!m.find()) {
				errors.add(new InvalidInput.FieldError(field, "invalid.value"));
				return null;
			}
			return UUID.fromString(m.group());
		}

	}

	@GetMapping("/exchange/cases")
	@PreAuthorize("hasRole('VIEWER')")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String area,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("filter", new CaseFilter(status, area, q));
		model.addAttribute("statuses", CaseStatus.values());
		try {
			model.addAttribute("page", cases.list(user, new CaseFilter(blank(status), blank(area), blank(q)),
					PageRequest.of(Math.max(page, 0), 25, Sort.by(Sort.Direction.DESC, "updatedAt"))));
		}
		catch (InvalidInput ex) {
			PageErrors.add(model, texts, ex);
		}
		return "exchange/cases";
	}

	@GetMapping("/exchange/cases/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newCase(Model model) {
		CurrentUsers.get().require(Role.EDITOR);
		model.addAttribute("form", CaseFields.empty());
		return "exchange/case-form";
	}

	@PostMapping("/exchange/cases/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView create(@ModelAttribute("form") CaseFields form, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			CaseView created = cases.create(user, form.toForm());
			redirect.addFlashAttribute("notice", "exchange.ui.notice.case.created");
			return new ModelAndView("redirect:/exchange/cases/" + created.id());
		}
		catch (InvalidInput ex) {
			PageErrors.add(model, texts, ex);
			ModelAndView again = new ModelAndView("exchange/case-form", model.asMap());
			again.setStatus(HttpStatus.BAD_REQUEST);
			return again;
		}
	}

	@GetMapping("/exchange/cases/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	String show(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUsers.get();
		CaseView c = cases.get(user, id);
		model.addAttribute("case", c);
		List<MessageView> shown = read(user, messages.inCase(user, id));
		model.addAttribute("messages", shown);
		model.addAttribute("subjects", subjects(shown));
		model.addAttribute("timeline", cases.timeline(user, id));
		model.addAttribute("statuses", CaseStatus.values());
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", new StatusForm(c.status(), ""));
		}
		model.addAttribute("agreement", heading(user, c.agreementId()));
		return "exchange/case";
	}

	@PostMapping("/exchange/cases/{id}/status")
	@PreAuthorize("hasRole('EDITOR')")
	String changeStatus(@PathVariable UUID id, @ModelAttribute("statusForm") StatusForm form, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			cases.changeStatus(user, id, form);
			redirect.addFlashAttribute("notice", "exchange.ui.notice.status.changed");
			return "redirect:/exchange/cases/" + id;
		}
		catch (InvalidInput ex) {
			PageErrors.add(model, texts, ex);
			return show(id, model);
		}
	}

	/** The messages as the case page shows them, each read by the user's units now. */
	private List<MessageView> read(CurrentUser user, List<MessageView> inCase) {
		List<MessageView> shown = new ArrayList<>();
		for (MessageView m : inCase) {
			boolean unread = !m.sendingSide() && m.deliveries().stream().anyMatch(d -> d.readAt() == null);
			shown.add(unread ? messages.open(user, m.id()) : m);
		}
		return shown;
	}

	private DocumentEntries.Heading heading(CurrentUser user, UUID agreement) {
		if (agreement == null) {
			return null;
		}
		try {
			return registry.agreementHeading(user, agreement, user.language());
		}
		catch (NotFound ex) {
			return null; // deleted, or not the user's to see: no link
		}
	}

	/** Subjects of a case's messages by id, for "in reply to" links. */
	static Map<UUID, String> subjects(List<MessageView> messages) {
		Map<UUID, String> out = new LinkedHashMap<>();
		messages.forEach(m -> out.put(m.id(), m.subject()));
		return out;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
