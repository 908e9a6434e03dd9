package org.puente.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.registry.internal.DelegationMember;
import org.puente.registry.internal.EngagementAgreement;
import org.puente.registry.internal.EngagementKind;
import org.puente.registry.internal.EngagementRegistry;
import org.puente.registry.internal.EngagementRegistry.EngagementForm;
import org.puente.registry.internal.EngagementRegistry.EngagementView;
import org.puente.registry.internal.EngagementRegistry.LinkForm;
import org.puente.registry.internal.EngagementRegistry.MemberForm;
import org.puente.registry.internal.Texts;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;

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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms editors use to record an engagement (a visit, talks, a call, an item of a
 * visit's programme) with its delegation and the agreements signed or reviewed there.
 * Rows of the delegation are added by a submit button, so the form works without scripts.
 */
@Controller
@RequestMapping("/registry/engagements")
class EngagementForms {

	/** Blank rows a new form offers: one member per side. */
	static final int FIRST_ROWS = 2;

	private final EngagementRegistry engagements;

	private final FormChoices choices;

	private final MessageSource messages;

	private final FormFlow<EngagementView> flow;

	EngagementForms(EngagementRegistry engagements, FormChoices choices, MessageSource messages) {
		this.engagements = engagements;
		this.choices = choices;
		this.messages = messages;
		this.flow = new FormFlow<>("/registry/engagements", messages, engagements::get, EngagementView::version,
				this::render, this::saved);
	}

	/**
	 * One member of the delegation as typed: a name (or id), side, role, rank, position.
	 */
	record MemberRow(String person, String side, String role, String rank, String position) {

		static MemberRow blank() {
			return new MemberRow("", "", "", "", "");
		}

		boolean empty() {
			return FormInput.blank(person, rank, position);
		}

	}

	/** An agreement linked to the engagement, and what happened to it there. */
	record LinkRow(String agreement, String action) {

		static LinkRow blank() {
			return new LinkRow("", "");
		}

		boolean empty() {
			return FormInput.blank(agreement);
		}

	}

	/** The engagement form as the browser sends it. */
	record EngagementFields(String partnership, String kind, String titleVi, String titleEs, String titleEn,
			String parent, String startDate, String endDate, String dateApproximate, String placeCity,
			String placeCountry, String hostAgency, String guestAgency, String outcomes, List<String> areas,
			String sources, List<MemberRow> delegation, List<LinkRow> agreements, String internal, String internalNote,
			String version) {

		static EngagementFields blank(String partnership, String parent) {
			return new EngagementFields(partnership, "", "", "", "", parent, "", "", null, "", "", "", "", "",
					List.of(), "", List.of(), List.of(), null, "", null);
		}

		static EngagementFields of(EngagementView e, String partnership) {
			return new EngagementFields(partnership, e.kind(), e.title().vi(), e.title().es(), e.title().en(),
					e.parent() == null ? "" : e.parent().toString(), FormInput.text(e.startDate()),
					FormInput.text(e.endDate()), String.valueOf(e.dateApproximate()), e.placeCity(), e.placeCountry(),
					e.hostAgency(), e.guestAgency(), e.outcomes(), e.areas(), FormInput.joined(e.sources()),
					e.delegation()
						.stream()
						.map(m -> new MemberRow(m.name(), m.side(), m.role(), m.rank(), m.position()))
						.toList(),
					e.agreements().stream().map(l -> new LinkRow(l.agreement().toString(), l.action())).toList(),
					String.valueOf(e.internal()), e.internalNote(), String.valueOf(e.version()));
		}

		/**
		 * The same form without blank rows, then {@code extra} blank members and links.
		 */
		EngagementFields rows(int extraMembers, int extraLinks) {
			return new EngagementFields(partnership, kind, titleVi, titleEs, titleEn, parent, startDate, endDate,
					dateApproximate, placeCity, placeCountry, hostAgency, guestAgency, outcomes, areas, sources,
					FormInput.rows(delegation, MemberRow::empty, extraMembers, MemberRow::blank),
					FormInput.rows(agreements, LinkRow::empty, extraLinks, LinkRow::blank), internal, internalNote,
					version);
		}

		EngagementFields withVersion(long current) {
			return new EngagementFields(partnership, kind, titleVi, titleEs, titleEn, parent, startDate, endDate,
					dateApproximate, placeCity, placeCountry, hostAgency, guestAgency, outcomes, areas, sources,
					delegation, agreements, internal, internalNote, String.valueOf(current));
		}

		public boolean isInternalTicked() {
			return FormInput.checked(internal);
		}

		public boolean isApproximateTicked() {
			return FormInput.checked(dateApproximate);
		}

	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newEngagement(@RequestParam(required = false) String partnership,
			@RequestParam(required = false) UUID parent, Model model, Locale locale) {
		CurrentUser user = CurrentUsers.get();
		String chosen = partnership;
		EngagementFields form;
		if (parent != null) {
			// A programme item under a visit: same partnership, sides and place.
			EngagementView visit = engagements.get(user, parent);
			chosen = choices.partnershipCode(visit.partnership());
			choices.requireCanRecord(user, chosen);
			form = new EngagementFields(chosen, "", "", "", "", parent.toString(), FormInput.text(visit.startDate()),
					"", null, visit.placeCity(), visit.placeCountry(), visit.hostAgency(), visit.guestAgency(), "",
					List.of(), "", List.of(), List.of(), null, "", null);
		}
		else {
			choices.requireCanRecord(user, partnership);
			if (chosen == null) {
				chosen = choices.partnershipsOf(user).stream().findFirst().map(p -> p.code()).orElse("");
			}
			form = EngagementFields.blank(chosen.trim(), "");
		}
		model.addAttribute("form", form.rows(FIRST_ROWS, 1));
		return render(model, user, locale, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView create(@ModelAttribute("form") EngagementFields form, @RequestParam(required = false) String more,
			Model model, Locale locale, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		if (more != null) {
			return another(form, more, model, user, locale, null);
		}
		EngagementFields compact = form.rows(0, 0);
		// Refused, the form comes back with one blank row of each kind to fill in.
		model.addAttribute("form", compact.rows(1, 1));
		Set<String> unknown = new LinkedHashSet<>();
		return flow.create(model, user, locale, redirect, "recording.notice.engagement.created", unknown,
				() -> engagements.create(user, toForm(compact, unknown)).id());
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		CurrentUser user = CurrentUsers.get();
		EngagementView engagement = editable(user, id);
		model.addAttribute("form",
				EngagementFields.of(engagement, choices.partnershipCode(engagement.partnership())).rows(1, 1));
		return render(model, user, locale, engagement);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView update(@PathVariable UUID id, @ModelAttribute("form") EngagementFields form,
			@RequestParam(required = false) String more, Model model, Locale locale, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		if (more != null) {
			return another(form, more, model, user, locale, engagements.get(user, id));
		}
		EngagementFields compact = form.rows(0, 0);
		model.addAttribute("form", compact.rows(1, 1));
		Set<String> unknown = new LinkedHashSet<>();
		return flow.update(model, user, locale, redirect, "recording.notice.engagement.saved", id, unknown,
				() -> engagements.update(user, id, toForm(compact, unknown)),
				version -> compact.withVersion(version).rows(1, 1));
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String confirmDelete(@PathVariable UUID id, Model model) {
		EngagementView engagement = editable(CurrentUsers.get(), id);
		return flow.confirmDelete(model, id, engagement.display(), "recording.engagement.delete.title");
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		engagements.delete(CurrentUsers.get(), id);
		return flow.deleted(redirect, "recording.notice.engagement.deleted");
	}

	/**
	 * The same form again with one more blank row of the kind asked for; nothing saved.
	 */
	private ModelAndView another(EngagementFields form, String more, Model model, CurrentUser user, Locale locale,
			EngagementView engagement) {
		if (engagement != null) {
			choices.requireCanEdit(user, engagements.mayEdit(user, engagement.id()));
		}
		else {
			choices.requireCanRecord(user, null);
		}
		int members = "member".equals(more) ? 1 : 0;
		int links = "agreement".equals(more) ? 1 : 0;
		EngagementFields grown = form.rows(0, 0);
		grown = grown.rows(members + (grown.delegation().isEmpty() ? 1 : 0),
				links + (grown.agreements().isEmpty() ? 1 : 0));
		model.addAttribute("form", grown);
		model.addAttribute("focus", "member".equals(more) ? "delegation[" + (grown.delegation().size() - 1) + "]-person"
				: "agreements[" + (grown.agreements().size() - 1) + "]-agreement");
		render(model, user, locale, engagement);
		return FormPages.page(model, "registry/engagements/form", HttpStatus.OK);
	}

	private EngagementView editable(CurrentUser user, UUID id) {
		return choices.editable(user, id, engagements::get, engagements::mayEdit);
	}

	private EngagementForm toForm(EngagementFields f, Set<String> unknown) {
		List<MemberForm> delegation = new ArrayList<>();
		for (int i = 0; i < f.delegation().size(); i++) {
			MemberRow m = f.delegation().get(i);
			String person = choices.personId(m.person());
			if (person != null && !person.isBlank() && !FormInput.isId(person)) {
				unknown.add("delegation[" + i + "].person");
			}
			delegation.add(new MemberForm(person, m.side(), m.role(), m.rank(), m.position()));
		}
		List<LinkForm> links = f.agreements().stream().map(l -> new LinkForm(l.agreement(), l.action())).toList();
		return new EngagementForm(f.partnership(), f.kind(), Texts.of(f.titleVi(), f.titleEs(), f.titleEn()),
				f.parent(), f.startDate(), f.endDate(), f.isApproximateTicked(), f.placeCity(), f.placeCountry(),
				f.hostAgency(), f.guestAgency(), f.outcomes(), FormInput.chosen(f.areas()),
				FormInput.lines(f.sources()), delegation, links, f.isInternalTicked(), f.internalNote(),
				FormInput.version(f.version()));
	}

	private String render(Model model, CurrentUser user, Locale locale, EngagementView engagement) {
		choices.common(model, user, locale);
		model.addAttribute("engagement", engagement);
		model.addAttribute("kinds", FormPages.names(EngagementKind.class));
		model.addAttribute("sides", FormPages.names(DelegationMember.Side.class));
		model.addAttribute("roles", FormPages.names(DelegationMember.Role.class));
		model.addAttribute("actions", FormPages.names(EngagementAgreement.Action.class));
		model.addAttribute("parentOptions",
				choices.engagements(user)
					.stream()
					.filter(o -> engagement == null || !o.value().equals(engagement.id().toString()))
					.toList());
		model.addAttribute("agreementOptions", choices.agreements(user));
		model.addAttribute("people", choices.people(user));
		return "registry/engagements/form";
	}

	private Map<String, String> saved(EngagementView e, Locale locale) {
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put(label("field.title", locale), e.display());
		rows.put(label("field.startDate", locale), FormPages.day(e.startDate(), locale));
		rows.put(label("field.endDate", locale), FormPages.day(e.endDate(), locale));
		rows.put(label("field.placeCity", locale), e.placeCity());
		rows.put(label("field.delegation", locale),
				String.join(", ", e.delegation().stream().map(EngagementRegistry.MemberView::name).toList()));
		rows.put(label("recording.updated", locale), FormPages.changed(e.updatedAt(), e.updatedBy(), locale));
		return rows;
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
