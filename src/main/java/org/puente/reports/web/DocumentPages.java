package org.puente.reports.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.puente.registry.DocumentEntries;
import org.puente.registry.RegistryDocuments;
import org.puente.reports.documents.Documents;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;
import org.puente.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The forms that make the printed documents: a briefing pack and a record of talks from
 * an engagement's page, an implementation review report from an agreement's page. Each
 * form answers with the PDF, or comes back naming the refused fields.
 */
@Controller
class DocumentPages {

	static final String FORM = "reports/form";

	private final Documents documents;

	private final RegistryDocuments registry;

	private final MessageSource messages;

	DocumentPages(Documents documents, RegistryDocuments registry, MessageSource messages) {
		this.documents = documents;
		this.registry = registry;
		this.messages = messages;
	}

	/** The form's fields as the user typed them. */
	record DocumentForm(String language, String notes, String classification, String from, String to) {
	}

	@GetMapping("/registry/engagements/{id}/briefing")
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView briefingForm(@PathVariable UUID id, Locale locale, Model model) {
		return form(model, "briefing", engagement(id, locale),
				new DocumentForm(locale.getLanguage(), null, null, null, null), HttpStatus.OK);
	}

	@PostMapping("/registry/engagements/{id}/briefing")
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView briefing(@PathVariable UUID id, @ModelAttribute DocumentForm form, Locale locale, Model model,
			HttpServletResponse response) throws IOException {
		CurrentUser user = CurrentUsers.get();
		try {
			send(response,
					documents.briefing(user, id,
							new Documents.BriefingRequest(form.language(), form.notes(), form.classification()),
							locale.getLanguage()));
			return null;
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			return form(model, "briefing", engagement(id, locale), form, HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/registry/engagements/{id}/record-of-talks")
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView talksForm(@PathVariable UUID id, Locale locale, Model model) {
		return form(model, "talks", engagement(id, locale),
				new DocumentForm(locale.getLanguage(), null, null, null, null), HttpStatus.OK);
	}

	@PostMapping("/registry/engagements/{id}/record-of-talks")
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView talks(@PathVariable UUID id, @ModelAttribute DocumentForm form, Locale locale, Model model,
			HttpServletResponse response) throws IOException {
		CurrentUser user = CurrentUsers.get();
		try {
			send(response, documents.talksRecord(user, id,
					new Documents.TalksRequest(form.language(), form.classification()), locale.getLanguage()));
			return null;
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			return form(model, "talks", engagement(id, locale), form, HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/registry/agreements/{id}/review-report")
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView reviewForm(@PathVariable UUID id, Locale locale, Model model) {
		DocumentEntries.Heading agreement = registry.agreementHeading(CurrentUsers.get(), id, locale.getLanguage());
		LocalDate to = LocalDate.now();
		LocalDate from = agreement.date() != null ? agreement.date() : to.minusYears(3).withDayOfYear(1);
		return form(model, "review", agreement,
				new DocumentForm(locale.getLanguage(), null, null, from.toString(), to.toString()), HttpStatus.OK);
	}

	@PostMapping("/registry/agreements/{id}/review-report")
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView review(@PathVariable UUID id, @ModelAttribute DocumentForm form, Locale locale, Model model,
			HttpServletResponse response) throws IOException {
		CurrentUser user = CurrentUsers.get();
		try {
			send(response,
					documents.reviewReport(user, id,
							new Documents.ReviewRequest(form.from(), form.to(), form.language(), form.classification()),
							locale.getLanguage()));
			return null;
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			return form(model, "review", registry.agreementHeading(user, id, locale.getLanguage()), form,
					HttpStatus.BAD_REQUEST);
		}
	}

	private DocumentEntries.Heading engagement(UUID id, Locale locale) {
		return registry.engagementHeading(CurrentUsers.get(), id, locale.getLanguage());
	}

	private ModelAndView form(Model model, String kind, DocumentEntries.Heading record, DocumentForm form,
			HttpStatus status) {
		model.addAttribute("kind", kind);
		model.addAttribute("record", record);
		model.addAttribute("form", form);
		model.addAttribute("markings", Documents.markings(CurrentUsers.get()));
		String back = ("review".equals(kind) ? "/registry/agreements/" : "/registry/engagements/") + record.id();
		model.addAttribute("back", back);
		model.addAttribute("action", back + switch (kind) {
			case "briefing" -> "/briefing";
			case "talks" -> "/record-of-talks";
			default -> "/review-report";
		});
		return new ModelAndView(FORM, model.asMap(), status);
	}

	static void send(HttpServletResponse response, Documents.Pdf pdf) throws IOException {
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(pdf.fileName()).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(pdf.bytes().length);
		response.getOutputStream().write(pdf.bytes());
		response.flushBuffer();
	}

}
