package org.puente.registry.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.registry.internal.AgreementRegistry;
import org.puente.registry.internal.EngagementRegistry;
import org.puente.registry.internal.ReviewRegistry;
import org.puente.registry.internal.ReviewRegistry.ReviewForm;
import org.puente.registry.internal.ReviewRegistry.ReviewView;
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
 * The forms editors use to record an implementation review of an agreement (usually at a
 * meeting of the partners), change it and delete it. Saving takes the snapshot of the
 * agreement's commitments.
 */
@Controller
@RequestMapping("/registry/reviews")
class ReviewForms {

	private final ReviewRegistry reviews;

	private final AgreementRegistry agreements;

	private final EngagementRegistry engagements;

	private final FormChoices choices;

	private final MessageSource messages;

	private final FormFlow<ReviewView> flow;

	ReviewForms(ReviewRegistry reviews, AgreementRegistry agreements, EngagementRegistry engagements,
			FormChoices choices, MessageSource messages) {
		this.reviews = reviews;
		this.agreements = agreements;
		this.engagements = engagements;
		this.choices = choices;
		this.messages = messages;
		this.flow = new FormFlow<>("/registry/reviews", messages, reviews::get, ReviewView::version,
				(model, user, locale, review) -> render(model, user, review), this::saved);
	}

	/** The review form as the browser sends it. */
	record ReviewFields(String agreement, String engagement, String reviewDate, String conclusions, String sources,
			String internal, String internalNote, String version) {

		static ReviewFields of(ReviewView r) {
			return new ReviewFields(r.agreement().toString(), FormInput.text(r.engagement()),
					FormInput.text(r.reviewDate()), r.conclusions(), FormInput.joined(r.sources()),
					String.valueOf(r.internal()), r.internalNote(), String.valueOf(r.version()));
		}

		ReviewFields withVersion(long current) {
			return new ReviewFields(agreement, engagement, reviewDate, conclusions, sources, internal, internalNote,
					String.valueOf(current));
		}

		public boolean isInternalTicked() {
			return FormInput.checked(internal);
		}

		ReviewForm toForm() {
			return new ReviewForm(agreement, engagement, reviewDate, conclusions, FormInput.lines(sources),
					isInternalTicked(), internalNote, FormInput.version(version));
		}

	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newReview(@RequestParam(required = false) UUID agreement, @RequestParam(required = false) UUID engagement,
			Model model, Locale locale) {
		CurrentUser user = CurrentUsers.get();
		String partnership = null;
		String day = "";
		if (agreement != null) {
			partnership = choices.partnershipCode(agreements.get(user, agreement).partnership());
		}
		if (engagement != null) {
			EngagementRegistry.EngagementView at = engagements.get(user, engagement);
			day = FormInput.text(at.endDate() != null ? at.endDate() : at.startDate());
			if (partnership == null) {
				partnership = choices.partnershipCode(at.partnership());
			}
		}
		choices.requireCanRecord(user, partnership);
		model.addAttribute("form",
				new ReviewFields(FormInput.text(agreement), FormInput.text(engagement), day, "", "", null, "", null));
		return render(model, user, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView create(@ModelAttribute("form") ReviewFields form, Model model, Locale locale,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		return flow.create(model, user, locale, redirect, "recording.notice.review.created",
				() -> reviews.create(user, form.toForm()).id());
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	String edit(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUsers.get();
		ReviewView review = editable(user, id);
		model.addAttribute("form", ReviewFields.of(review));
		return render(model, user, review);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView update(@PathVariable UUID id, @ModelAttribute("form") ReviewFields form, Model model, Locale locale,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		return flow.update(model, user, locale, redirect, "recording.notice.review.saved", id,
				() -> reviews.update(user, id, form.toForm()), form::withVersion);
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String confirmDelete(@PathVariable UUID id, Model model) {
		ReviewView review = editable(CurrentUsers.get(), id);
		return flow.confirmDelete(model, id, title(review), "recording.review.delete.title");
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		reviews.delete(CurrentUsers.get(), id);
		return flow.deleted(redirect, "recording.notice.review.deleted");
	}

	private ReviewView editable(CurrentUser user, UUID id) {
		return choices.editable(user, id, reviews::get, reviews::mayEdit);
	}

	private static String title(ReviewView r) {
		return (r.agreementTitle() == null ? "" : r.agreementTitle()) + " · " + FormInput.text(r.reviewDate());
	}

	private String render(Model model, CurrentUser user, ReviewView review) {
		model.addAttribute("review", review);
		model.addAttribute("record", review == null ? null : title(review));
		model.addAttribute("agreementOptions", choices.agreements(user));
		model.addAttribute("engagementOptions", choices.engagements(user));
		return "registry/reviews/form";
	}

	private Map<String, String> saved(ReviewView r, Locale locale) {
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put(label("field.reviewDate", locale), FormPages.day(r.reviewDate(), locale));
		rows.put(label("field.conclusions", locale), r.conclusions());
		rows.put(label("recording.updated", locale), FormPages.changed(r.updatedAt(), r.updatedBy(), locale));
		return rows;
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
