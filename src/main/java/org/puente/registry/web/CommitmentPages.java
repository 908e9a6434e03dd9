package org.puente.registry.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.registry.internal.ActivityRegistry;
import org.puente.registry.internal.AgreementRegistry;
import org.puente.registry.internal.CommitmentRegistry;
import org.puente.registry.internal.CommitmentRegistry.CommitmentView;
import org.puente.registry.internal.CommitmentStatus;
import org.puente.registry.internal.EngagementRegistry;
import org.puente.registry.internal.ListFilter;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The commitment pages: the filtered list, its CSV, and one commitment with where it came
 * from and the activities carrying it out.
 */
@Controller
@RequestMapping("/registry/commitments")
class CommitmentPages {

	static final String BASE = "/registry/commitments";

	private final CommitmentRegistry commitments;

	private final EngagementRegistry engagements;

	private final AgreementRegistry agreements;

	private final ActivityRegistry activities;

	private final MessageSource messages;

	CommitmentPages(CommitmentRegistry commitments, EngagementRegistry engagements, AgreementRegistry agreements,
			ActivityRegistry activities, MessageSource messages) {
		this.commitments = commitments;
		this.engagements = engagements;
		this.agreements = agreements;
		this.activities = activities;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView list(ListFilter filter,
			@PageableDefault(size = 20, sort = "dueDate", direction = Sort.Direction.ASC) Pageable pageable,
			Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("statuses", Arrays.stream(CommitmentStatus.values()).map(Enum::name).toList());
		model.addAttribute("people", engagements.people(user));
		RecordListing listing = new RecordListing(BASE, filter, Map.of(), pageable.getSort(), CommitmentsApi.SORTABLE);
		return RecordListing.render("registry/commitments/list", listing, pageable, model, messages,
				p -> commitments.list(user, filter, p));
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> export(ListFilter filter,
			@PageableDefault(sort = "dueDate", direction = Sort.Direction.ASC) Pageable pageable, Locale locale) {
		return Csv.page("commitments", CommitmentsApi.CSV, exported(filter, pageable), messages, locale);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> exportXlsx(ListFilter filter,
			@PageableDefault(sort = "dueDate", direction = Sort.Direction.ASC) Pageable pageable, Locale locale) {
		return Csv.xlsx("commitments", CommitmentsApi.CSV, exported(filter, pageable), messages, locale);
	}

	/** Every row the filters select, in the list's order. */
	private java.util.List<CommitmentView> exported(ListFilter filter, Pageable pageable) {
		return commitments.list(CurrentUsers.get(), filter, Paging.export(pageable, CommitmentsApi.SORTABLE))
			.getContent();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	String show(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUsers.get();
		CommitmentView commitment = commitments.get(user, id);
		model.addAttribute("commitment", commitment);
		model.addAttribute("originEngagement",
				RecordLinks.orNull(commitment.originEngagement(), e -> engagements.get(user, e)));
		model.addAttribute("originAgreement",
				RecordLinks.orNull(commitment.originAgreement(), a -> agreements.get(user, a)));
		model.addAttribute("raisedAt", RecordLinks.all(commitment.raisedAt(), e -> engagements.get(user, e)));
		model.addAttribute("activities", activities.carrying(user, id));
		model.addAttribute("canEdit", commitments.mayEdit(user, id));
		return "registry/commitments/show";
	}

}
