package org.puente.registry.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.registry.internal.Commitment;
import org.puente.registry.internal.CommitmentRegistry;
import org.puente.registry.internal.CommitmentRegistry.CommitmentForm;
import org.puente.registry.internal.CommitmentRegistry.CommitmentView;
import org.puente.registry.internal.CommitmentStatus;
import org.puente.registry.internal.AgreementRegistry;
import org.puente.registry.internal.EngagementRegistry;
import org.puente.registry.internal.Texts;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms editors use to record what the sides undertook (both, or one side's
 * proposal), change it, move it through its status and delete it.
 */
@Controller
@RequestMapping("/registry/commitments")
class CommitmentForms {

	private final CommitmentRegistry commitments;

	private final EngagementRegistry engagements;

	private final AgreementRegistry agreements;

	private final FormChoices choices;

	private final MessageSource messages;

	private final FormFlow<CommitmentView> flow;

	CommitmentForms(CommitmentRegistry commitments, EngagementRegistry engagements, AgreementRegistry agreements,
			FormChoices choices, MessageSource messages) {
		this.commitments = commitments;
		this.engagements = engagements;
		this.agreements = agreements;
		this.choices = choices;
		this.messages = messages;
		this.flow = new FormFlow<>("/registry/commitments", messages, commitments::get, CommitmentView::version,
				this::render, this::saved);
	}

	/** The commitment form as the browser sends it. */
	record CommitmentFields(String partnership, String textVi, String textEs, String textEn, List<String> areas,
			String responsibleAgency, String responsibleUnit, String dueDate, String duePeriod, String agreedBy,
			String proposedBy, String originEngagement, String originAgreement, List<String> raisedAt, String sources,
			String internal, String internalNote, String version) {

		static CommitmentFields blank(String partnership, String engagement, String agreement) {
			return new CommitmentFields(partnership, "", "", "", List.of(), "", "", "", "",
					Commitment.AgreedBy.BOTH.name(), "", engagement, agreement, List.of(), "", null, "", null);
		}

		static CommitmentFields of(CommitmentView c, String partnership) {
			return new CommitmentFields(partnership, c.text().vi(), c.text().es(), c.text().en(), c.areas(),
					c.responsibleAgency(), c.responsibleUnit(), FormInput.text(c.dueDate()), c.duePeriod(),
					c.agreedBy(), c.proposedBy(), FormInput.text(c.originEngagement()),
					FormInput.text(c.originAgreement()), c.raisedAt().stream().map(UUID::toString).toList(),
					FormInput.joined(c.sources()), String.valueOf(c.internal()), c.internalNote(),
					String.valueOf(c.version()));
		}

		CommitmentFields withVersion(long current) {
			return new CommitmentFields(partnership, textVi, textEs, textEn, areas, responsibleAgency, responsibleUnit,
					dueDate, duePeriod, agreedBy, proposedBy, originEngagement, originAgreement, raisedAt, sources,
					internal, internalNote, String.valueOf(current));
		}

		public boolean isInternalTicked() {
			return FormInput.checked(internal);
		}

		CommitmentForm toForm() {
			// Who proposed it matters only when one side did.
			String proposer = Commitment.AgreedBy.BOTH.name().equals(agreedBy) ? null : proposedBy;
			return new CommitmentForm(partnership, Texts.of(textVi, textEs, textEn), FormInput.chosen(areas),
					responsibleAgency, responsibleUnit, dueDate, duePeriod, null, agreedBy, proposer, originEngagement,
					originAgreement, FormInput.chosen(raisedAt), FormInput.lines(sources), isInternalTicked(),
					internalNote, FormInput.version(version));
		}

	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newCommitment(@RequestParam(required = false) UUID engagement,
			@RequestParam(required = false) UUID agreement, @RequestParam(required = false) String partnership,
			Model model, Locale locale) {
		CurrentUser user = CurrentUsers.get();
		String chosen = partnership;
		if (engagement != null) {
			chosen = choices.partnershipCode(engagements.get(user, engagement).partnership());
		}
		else if (agreement != null) {
			chosen = choices.partnershipCode(agreements.get(user, agreement).partnership());
		}
		choices.requireCanRecord(user, chosen);
		if (chosen == null) {
			chosen = choices.partnershipsOf(user).stream().findFirst().map(p -> p.code()).orElse("");
		}
		model.addAttribute("form",
				CommitmentFields.blank(chosen, FormInput.text(engagement), FormInput.text(agreement)));
		return render(model, user, locale, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView create(@ModelAttribute("form") CommitmentFields form, Model model, Locale locale,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		return flow.create(model, user, locale, redirect, "recording.notice.commitment.created",
				() -> commitments.create(user, form.toForm()).id());
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		CurrentUser user = CurrentUsers.get();
		CommitmentView commitment = editable(user, id);
		model.addAttribute("form", CommitmentFields.of(commitment, choices.partnershipCode(commitment.partnership())));
		return render(model, user, locale, commitment);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView update(@PathVariable UUID id, @ModelAttribute("form") CommitmentFields form, Model model,
			Locale locale, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		return flow.update(model, user, locale, redirect, "recording.notice.commitment.saved", id,
				() -> commitments.update(user, id, form.toForm()), form::withVersion);
	}

	@GetMapping("/{id}/status")
	@PreAuthorize("hasRole('EDITOR')")
	String status(@PathVariable UUID id, @RequestParam(required = false) String status, Model model) {
		CommitmentView commitment = editable(CurrentUsers.get(), id);
		model.addAttribute("form", FormStatus.asked(status, commitment.version()));
		return statusPage(model, commitment);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView changeStatus(@PathVariable UUID id, @ModelAttribute("form") FormStatus form, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		return flow.changeStatus(model, user, redirect, id, form, this::statusPage,
				() -> commitments.changeStatus(user, id, form.toForm()));
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String confirmDelete(@PathVariable UUID id, Model model) {
		CommitmentView commitment = editable(CurrentUsers.get(), id);
		return flow.confirmDelete(model, id, commitment.display(), "recording.commitment.delete.title");
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		commitments.delete(CurrentUsers.get(), id);
		return flow.deleted(redirect, "recording.notice.commitment.deleted");
	}

	private CommitmentView editable(CurrentUser user, UUID id) {
		return choices.editable(user, id, commitments::get, commitments::mayEdit);
	}

	private String render(Model model, CurrentUser user, Locale locale, CommitmentView commitment) {
		choices.common(model, user, locale);
		model.addAttribute("commitment", commitment);
		model.addAttribute("engagementOptions", choices.engagements(user));
		model.addAttribute("agreementOptions", choices.agreements(user));
		return "registry/commitments/form";
	}

	/** Every change of a commitment's status carries a note. */
	private String statusPage(Model model, CommitmentView commitment) {
		return flow.statusPage(model, commitment.id(), commitment.display(),
				CommitmentStatus.valueOf(commitment.status()), "recording.commitment.status.",
				"recording.commitment.order", true);
	}

	private Map<String, String> saved(CommitmentView c, Locale locale) {
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put(label("field.text", locale), c.display());
		rows.put(label("field.status", locale), label("recording.commitment.status." + c.status(), locale));
		rows.put(label("field.dueDate", locale), FormPages.day(c.dueDate(), locale));
		rows.put(label("field.responsibleAgency", locale), c.responsibleAgency());
		rows.put(label("recording.updated", locale), FormPages.changed(c.updatedAt(), c.updatedBy(), locale));
		return rows;
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
