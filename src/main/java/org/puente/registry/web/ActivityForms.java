package org.puente.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.registry.internal.ActivityKind;
import org.puente.registry.internal.ActivityRegistry;
import org.puente.registry.internal.ActivityRegistry.ActivityForm;
import org.puente.registry.internal.ActivityRegistry.ActivityView;
import org.puente.registry.internal.ActivityRegistry.StatusResult;
import org.puente.registry.internal.ActivityStatus;
import org.puente.registry.internal.CommitmentRegistry;
import org.puente.registry.internal.Texts;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;

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
 * The forms editors use to record an activity that carries commitments out (a training,
 * an expert exchange, a donation, a joint project or operation), change it, move it on
 * and delete it. Finishing the last open activity of a commitment leads the editor to
 * that commitment, to mark it done.
 */
@Controller
@RequestMapping("/registry/activities")
class ActivityForms {

	private final ActivityRegistry activities;

	private final CommitmentRegistry commitments;

	private final FormChoices choices;

	private final MessageSource messages;

	private final FormFlow<ActivityView> flow;

	ActivityForms(ActivityRegistry activities, CommitmentRegistry commitments, FormChoices choices,
			MessageSource messages) {
		this.activities = activities;
		this.commitments = commitments;
		this.choices = choices;
		this.messages = messages;
		this.flow = new FormFlow<>("/registry/activities", messages, activities::get, ActivityView::version,
				this::render, this::saved);
	}

	/** The activity form as the browser sends it. */
	record ActivityFields(String partnership, String kind, String titleVi, String titleEs, String titleEn,
			String startDate, String endDate, String placeCity, String placeCountry, String trainees,
			String trainerSide, String items, String value, String currency, String status, List<String> commitments,
			String sources, String internal, String internalNote, String version) {

		static ActivityFields blank(String partnership, String commitment) {
			return new ActivityFields(partnership, "", "", "", "", "", "", "", "", "", "", "", "", "",
					ActivityStatus.PLANNED.name(), commitment == null ? List.of() : List.of(commitment), "", null, "",
					null);
		}

		static ActivityFields of(ActivityView a, String partnership) {
			return new ActivityFields(partnership, a.kind(), a.title().vi(), a.title().es(), a.title().en(),
					FormInput.text(a.startDate()), FormInput.text(a.endDate()), a.placeCity(), a.placeCountry(),
					FormInput.text(a.trainees()), a.trainerSide(), a.items(),
					a.value() == null ? "" : a.value().toPlainString(), a.currency(), a.status(),
					a.commitments().stream().map(UUID::toString).toList(), FormInput.joined(a.sources()),
					String.valueOf(a.internal()), a.internalNote(), String.valueOf(a.version()));
		}

		ActivityFields withVersion(long current) {
			return new ActivityFields(partnership, kind, titleVi, titleEs, titleEn, startDate, endDate, placeCity,
					placeCountry, trainees, trainerSide, items, value, currency, status, commitments, sources, internal,
					internalNote, String.valueOf(current));
		}

		public boolean isInternalTicked() {
			return FormInput.checked(internal);
		}

		/** The service's form; numbers that are not numbers are refused before it. */
		ActivityForm toForm() {
			List<InvalidInput.FieldError> errors = new ArrayList<>();
			Integer count = FormInput.integer(errors, "trainees", trainees);
			var amount = FormInput.decimal(errors, "value", value);
			if (!errors.isEmpty()) {
				throw new InvalidInput(errors);
			}
			return new ActivityForm(partnership, kind, Texts.of(titleVi, titleEs, titleEn), startDate, endDate,
					placeCity, placeCountry, count, trainerSide, items, amount, currency, status,
					FormInput.chosen(commitments), FormInput.lines(sources), isInternalTicked(), internalNote,
					FormInput.version(version));
		}

	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newActivity(@RequestParam(required = false) UUID commitment,
			@RequestParam(required = false) String partnership, Model model, Locale locale) {
		CurrentUser user = CurrentUsers.get();
		String chosen = partnership;
		if (commitment != null) {
			chosen = choices.partnershipCode(commitments.get(user, commitment).partnership());
		}
		choices.requireCanRecord(user, chosen);
		if (chosen == null) {
			chosen = choices.partnershipsOf(user).stream().findFirst().map(p -> p.code()).orElse("");
		}
		model.addAttribute("form", ActivityFields.blank(chosen, commitment == null ? null : commitment.toString()));
		return render(model, user, locale, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView create(@ModelAttribute("form") ActivityFields form, Model model, Locale locale,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		return flow.create(model, user, locale, redirect, "recording.notice.activity.created",
				() -> activities.create(user, form.toForm()).id());
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		CurrentUser user = CurrentUsers.get();
		ActivityView activity = editable(user, id);
		model.addAttribute("form", ActivityFields.of(activity, choices.partnershipCode(activity.partnership())));
		return render(model, user, locale, activity);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView update(@PathVariable UUID id, @ModelAttribute("form") ActivityFields form, Model model, Locale locale,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		return flow.update(model, user, locale, redirect, "recording.notice.activity.saved", id,
				() -> activities.update(user, id, form.toForm()), form::withVersion);
	}

	@GetMapping("/{id}/status")
	@PreAuthorize("hasRole('EDITOR')")
	String status(@PathVariable UUID id, @RequestParam(required = false) String status, Model model) {
		ActivityView activity = editable(CurrentUsers.get(), id);
		model.addAttribute("form", FormStatus.asked(status, activity.version()));
		return statusPage(model, activity);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView changeStatus(@PathVariable UUID id, @ModelAttribute("form") FormStatus form, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		return flow.changeStatus(model, user, id, form, this::statusPage, () -> {
			StatusResult result = activities.changeStatus(user, id, form.toForm());
			if (result.proposals().isEmpty()) {
				return flow.done(redirect, "recording.notice.status.changed", id);
			}
			// Every activity of a commitment is done: the next task is to mark it done,
			// which stays the editor's decision.
			redirect.addFlashAttribute("notice", "recording.notice.activity.done.proposals");
			redirect.addFlashAttribute("proposals", result.proposals());
			redirect.addFlashAttribute("fromActivity", result.activity().display());
			return new ModelAndView("redirect:/registry/commitments/" + result.proposals().get(0).commitment()
					+ "/status?status=" + result.proposals().get(0).proposedStatus());
		});
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String confirmDelete(@PathVariable UUID id, Model model) {
		ActivityView activity = editable(CurrentUsers.get(), id);
		return flow.confirmDelete(model, id, activity.display(), "recording.activity.delete.title");
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		activities.delete(CurrentUsers.get(), id);
		return flow.deleted(redirect, "recording.notice.activity.deleted");
	}

	private ActivityView editable(CurrentUser user, UUID id) {
		return choices.editable(user, id, activities::get, activities::mayEdit);
	}

	private String render(Model model, CurrentUser user, Locale locale, ActivityView activity) {
		choices.common(model, user, locale);
		model.addAttribute("activity", activity);
		model.addAttribute("kinds", FormPages.names(ActivityKind.class));
		model.addAttribute("statuses", FormPages.names(ActivityStatus.class));
		model.addAttribute("commitmentOptions", choices.commitments(user));
		return "registry/activities/form";
	}

	private String statusPage(Model model, ActivityView activity) {
		return flow.statusPage(model, activity.id(), activity.display(), ActivityStatus.valueOf(activity.status()),
				"recording.activity.status.", "recording.activity.order", false);
	}

	private Map<String, String> saved(ActivityView a, Locale locale) {
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put(label("field.title", locale), a.display());
		rows.put(label("field.status", locale), label("recording.activity.status." + a.status(), locale));
		rows.put(label("field.startDate", locale), FormPages.day(a.startDate(), locale));
		rows.put(label("field.endDate", locale), FormPages.day(a.endDate(), locale));
		rows.put(label("recording.updated", locale), FormPages.changed(a.updatedAt(), a.updatedBy(), locale));
		return rows;
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
