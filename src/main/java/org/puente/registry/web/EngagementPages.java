package org.puente.registry.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.registry.internal.CommitmentRegistry;
import org.puente.registry.internal.EngagementKind;
import org.puente.registry.internal.EngagementRegistry;
import org.puente.registry.internal.EngagementRegistry.EngagementView;
import org.puente.registry.internal.ListFilter;
import org.puente.registry.internal.ReviewRegistry;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The engagement pages: the filtered list (by kind where others filter by status), its
 * CSV and XLSX, and one engagement with its delegation, programme and what came of it.
 */
@Controller
@RequestMapping("/registry/engagements")
class EngagementPages {

	static final String BASE = "/registry/engagements";

	private final EngagementRegistry engagements;

	private final CommitmentRegistry commitments;

	private final ReviewRegistry reviews;

	private final MessageSource messages;

	EngagementPages(EngagementRegistry engagements, CommitmentRegistry commitments, ReviewRegistry reviews,
			MessageSource messages) {
		this.engagements = engagements;
		this.commitments = commitments;
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView list(ListFilter filter, @RequestParam(required = false) String kind,
			@PageableDefault(size = 20, sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("statuses", Arrays.stream(EngagementKind.values()).map(Enum::name).toList());
		model.addAttribute("people", engagements.people(user));
		Map<String, String> extra = new HashMap<>();
		if (kind != null) {
			extra.put("kind", kind);
		}
		RecordListing listing = new RecordListing(BASE, filter, extra, pageable.getSort(), EngagementsApi.SORTABLE);
		return RecordListing.render("registry/engagements/list", listing, pageable, model, messages,
				p -> engagements.list(user, EngagementsApi.byKind(filter, kind), p));
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> export(ListFilter filter, @RequestParam(required = false) String kind,
			@PageableDefault(sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable, Locale locale) {
		return Csv.page("engagements", EngagementsApi.CSV, exported(filter, kind, pageable), messages, locale);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> exportXlsx(ListFilter filter, @RequestParam(required = false) String kind,
			@PageableDefault(sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable, Locale locale) {
		return Csv.xlsx("engagements", EngagementsApi.CSV, exported(filter, kind, pageable), messages, locale);
	}

	/** Every row the filters select, in the list's order. */
	private java.util.List<EngagementView> exported(ListFilter filter, String kind, Pageable pageable) {
		return engagements
			.list(CurrentUsers.get(), EngagementsApi.byKind(filter, kind),
					Paging.export(pageable, EngagementsApi.SORTABLE))
			.getContent();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	String show(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUsers.get();
		EngagementView engagement = engagements.get(user, id);
		model.addAttribute("engagement", engagement);
		model.addAttribute("parent", RecordLinks.orNull(engagement.parent(), p -> engagements.get(user, p)));
		model.addAttribute("commitments", commitments.linkedTo(user, id));
		model.addAttribute("reviews", reviews.linkedTo(user, id));
		model.addAttribute("canEdit", engagements.mayEdit(user, id));
		return "registry/engagements/show";
	}

}
