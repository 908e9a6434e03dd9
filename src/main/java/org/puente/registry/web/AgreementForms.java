package org.puente.registry.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.registry.internal.AgreementKind;
import org.puente.registry.internal.AgreementRegistry;
import org.puente.registry.internal.AgreementRegistry.AgreementForm;
import org.puente.registry.internal.AgreementRegistry.AgreementView;
import org.puente.registry.internal.AgreementStatus;
import org.puente.registry.internal.Texts;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;

import org.springframework.context.MessageSource;
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
 * The forms editors use to record an agreement, change it, move it through its status,
 * attach its documents and delete it. The service decides; the pages refuse early what
 * the user could not save anyway.
 */
@Controller
@RequestMapping("/registry/agreements")
class AgreementForms {

	private final AgreementRegistry agreements;

	private final FormChoices choices;

	private final MessageSource messages;

	private final FormFlow<AgreementView> flow;

	AgreementForms(AgreementRegistry agreements, FormChoices choices, MessageSource messages) {
		this.agreements = agreements;
		this.choices = choices;
		this.messages = messages;
		this.flow = new FormFlow<>("/registry/agreements", messages, agreements::get, AgreementView::version,
				this::render, this::saved);
	}

	/** The agreement form as the browser sends it: every field as typed. */
	record AgreementFields(String partnership, String kind, String titleVi, String titleEs, String titleEn,
			String parent, String status, String signedOn, String signedPlace, String entryIntoForce, String term,
			String expiresOn, List<String> parties, String signatories, List<String> areas, String sources,
			String internal, String internalNote, String version) {

		static AgreementFields blank(String partnership) {
			return new AgreementFields(partnership, "", "", "", "", "", AgreementStatus.DRAFT.name(), "", "", "", "",
					"", List.of(), "", List.of(), "", null, "", null);
		}

		static AgreementFields of(AgreementView a, String partnership) {
			return new AgreementFields(partnership, a.kind(), a.title().vi(), a.title().es(), a.title().en(),
					a.parent() == null ? "" : a.parent().toString(), a.status(), FormInput.text(a.signedOn()),
					a.signedPlace(), FormInput.text(a.entryIntoForce()), a.term(), FormInput.text(a.expiresOn()),
					a.parties(), String.join("\n", a.signatories().stream().map(s -> s.fullName()).toList()), a.areas(),
					FormInput.joined(a.sources()), String.valueOf(a.internal()), a.internalNote(),
					String.valueOf(a.version()));
		}

		AgreementFields withVersion(long current) {
			return new AgreementFields(partnership, kind, titleVi, titleEs, titleEn, parent, status, signedOn,
					signedPlace, entryIntoForce, term, expiresOn, parties, signatories, areas, sources, internal,
					internalNote, String.valueOf(current));
		}

		public boolean isInternalTicked() {
			return FormInput.checked(internal);
		}

	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newAgreement(@RequestParam(required = false) String partnership, Model model, Locale locale) {
		CurrentUser user = CurrentUsers.get();
		choices.requireCanRecord(user, partnership);
		String chosen = partnership != null ? partnership.trim()
				: choices.partnershipsOf(user).stream().findFirst().map(p -> p.code()).orElse("");
		model.addAttribute("form", AgreementFields.blank(chosen));
		return render(model, user, locale, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView create(@ModelAttribute("form") AgreementFields form, Model model, Locale locale,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		Set<String> unknown = new LinkedHashSet<>();
		return flow.create(model, user, locale, redirect, "recording.notice.agreement.created", unknown,
				() -> agreements.create(user, toForm(form, unknown)).id());
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		CurrentUser user = CurrentUsers.get();
		AgreementView agreement = editable(user, id);
		model.addAttribute("form", AgreementFields.of(agreement, choices.partnershipCode(agreement.partnership())));
		return render(model, user, locale, agreement);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView update(@PathVariable UUID id, @ModelAttribute("form") AgreementFields form, Model model, Locale locale,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		Set<String> unknown = new LinkedHashSet<>();
		return flow.update(model, user, locale, redirect, "recording.notice.agreement.saved", id, unknown,
				() -> agreements.update(user, id, toForm(form, unknown)), form::withVersion);
	}

	@GetMapping("/{id}/status")
	@PreAuthorize("hasRole('EDITOR')")
	String status(@PathVariable UUID id, @RequestParam(required = false) String status, Model model) {
		AgreementView agreement = editable(CurrentUsers.get(), id);
		model.addAttribute("form", FormStatus.asked(status, agreement.version()));
		return statusPage(model, agreement);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView changeStatus(@PathVariable UUID id, @ModelAttribute("form") FormStatus form, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		return flow.changeStatus(model, user, redirect, id, form, this::statusPage,
				() -> agreements.changeStatus(user, id, form.toForm()));
	}

	@GetMapping("/{id}/documents/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newDocument(@PathVariable UUID id, Model model) {
		model.addAttribute("agreement", editable(CurrentUsers.get(), id));
		return uploadPage(model);
	}

	@PostMapping("/{id}/documents/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		CurrentUser user = CurrentUsers.get();
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInput("file", "file.empty");
			}
			if (file.getSize() > AgreementRegistry.MAX_DOCUMENT_BYTES) {
				// Said without reading the whole file into memory: the service would
				// refuse it for the same reason.
				throw new InvalidInput("file", "file.too.large");
			}
			agreements.attach(user, id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
			return flow.done(redirect, "recording.notice.document.attached", id);
		}
		catch (InvalidInput ex) {
			FormPages.errors(model, messages,
					ex.errors()
						.stream()
						.map(e -> e.field().equals("contentType") || e.field().equals("fileName")
								? new InvalidInput.FieldError("file", e.reason()) : e)
						.toList());
			model.addAttribute("agreement", agreements.get(user, id));
			return FormPages.page(model, uploadPage(model), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String confirmDelete(@PathVariable UUID id, Model model) {
		AgreementView agreement = editable(CurrentUsers.get(), id);
		return flow.confirmDelete(model, id, agreement.display(), "recording.agreement.delete.title");
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		agreements.delete(CurrentUsers.get(), id);
		return flow.deleted(redirect, "recording.notice.agreement.deleted");
	}

	/** Fails early, before the user types anything, when they could not save it. */
	private AgreementView editable(CurrentUser user, UUID id) {
		return choices.editable(user, id, agreements::get, agreements::mayEdit);
	}

	private AgreementForm toForm(AgreementFields f, Set<String> unknown) {
		List<String> signatories = new ArrayList<>();
		List<String> names = FormInput.lines(f.signatories());
		for (int i = 0; i < names.size(); i++) {
			String id = choices.personId(names.get(i));
			if (id.equals(names.get(i)) && !FormInput.isId(id)) {
				unknown.add("signatories[" + i + "]");
			}
			signatories.add(id);
		}
		return new AgreementForm(f.partnership(), f.kind(), Texts.of(f.titleVi(), f.titleEs(), f.titleEn()), f.parent(),
				f.status(), f.signedOn(), f.signedPlace(), f.entryIntoForce(), f.term(), f.expiresOn(),
				FormInput.chosen(f.parties()), signatories, FormInput.chosen(f.areas()), FormInput.lines(f.sources()),
				f.isInternalTicked(), f.internalNote(), FormInput.version(f.version()));
	}

	private String render(Model model, CurrentUser user, Locale locale, AgreementView agreement) {
		choices.common(model, user, locale);
		model.addAttribute("agreement", agreement);
		model.addAttribute("kinds", FormPages.names(AgreementKind.class));
		model.addAttribute("statuses", FormPages.names(AgreementStatus.class));
		model.addAttribute("parentOptions",
				choices.agreements(user)
					.stream()
					.filter(o -> agreement == null || !o.value().equals(agreement.id().toString()))
					.toList());
		return "registry/agreements/form";
	}

	private String statusPage(Model model, AgreementView agreement) {
		return flow.statusPage(model, agreement.id(), agreement.display(), AgreementStatus.valueOf(agreement.status()),
				"recording.agreement.status.", "recording.agreement.order", false);
	}

	private String uploadPage(Model model) {
		model.addAttribute("maxMegabytes", AgreementRegistry.MAX_DOCUMENT_BYTES / (1024 * 1024));
		return "registry/agreements/upload";
	}

	private Map<String, String> saved(AgreementView a, Locale locale) {
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put(label("field.title", locale), a.display());
		rows.put(label("field.status", locale), label("recording.agreement.status." + a.status(), locale));
		rows.put(label("field.signedOn", locale), FormPages.day(a.signedOn(), locale));
		rows.put(label("field.entryIntoForce", locale), FormPages.day(a.entryIntoForce(), locale));
		rows.put(label("field.expiresOn", locale), FormPages.day(a.expiresOn(), locale));
		rows.put(label("recording.updated", locale), FormPages.changed(a.updatedAt(), a.updatedBy(), locale));
		return rows;
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
