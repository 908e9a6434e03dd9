package org.puente.registry.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.registry.internal.ActivityRegistry;
import org.puente.registry.internal.ActivityRegistry.ActivityView;
import org.puente.registry.internal.ActivityStatus;
import org.puente.registry.internal.CommitmentRegistry;
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
 * The activity pages: the filtered list, its CSV, and one activity with the commitments
 * it carries out.
 */
@Controller
@RequestMapping("/registry/activities")
class ActivityPages {

	static final String BASE = "/registry/activities";

	private final ActivityRegistry activities;

	private final CommitmentRegistry commitments;

	private final MessageSource messages;

	ActivityPages(ActivityRegistry activities, CommitmentRegistry commitments, MessageSource messages) {
		this.activities = activities;
		this.commitments = commitments;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView list(ListFilter filter,
			@PageableDefault(size = 20, sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("statuses", Arrays.stream(ActivityStatus.values()).map(Enum::name).toList());
		RecordListing listing = new RecordListing(BASE, filter, Map.of(), pageable.getSort(), ActivitiesApi.SORTABLE);
		return RecordListing.render("registry/activities/list", listing, pageable, model, messages,
				p -> activities.list(user, filter, p));
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> export(ListFilter filter,
			@PageableDefault(sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable, Locale locale) {
		return Csv.page("activities", ActivitiesApi.CSV, exported(filter, pageable), messages, locale);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> exportXlsx(ListFilter filter,
			@PageableDefault(sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable, Locale locale) {
		return Csv.xlsx("activities", ActivitiesApi.CSV, exported(filter, pageable), messages, locale);
	}

	/** Every row the filters select, in the list's order. */
	private java.util.List<ActivityView> exported(ListFilter filter, Pageable pageable) {
		return activities.list(CurrentUsers.get(), filter, Paging.export(pageable, ActivitiesApi.SORTABLE))
			.getContent();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	String show(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUsers.get();
		ActivityView activity = activities.get(user, id);
		model.addAttribute("activity", activity);
		model.addAttribute("commitments", RecordLinks.all(activity.commitments(), c -> commitments.get(user, c)));
		model.addAttribute("canEdit", activities.mayEdit(user, id));
		return "registry/activities/show";
	}

}
