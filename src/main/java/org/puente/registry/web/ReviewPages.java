package org.puente.registry.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.registry.internal.AgreementRegistry;
import org.puente.registry.internal.EngagementRegistry;
import org.puente.registry.internal.ListFilter;
import org.puente.registry.internal.ReviewRegistry;
import org.puente.registry.internal.ReviewRegistry.ReviewView;
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
 * The review pages: the filtered list, its CSV, and one review with the snapshot of the
 * agreement's commitments and the conclusions.
 */
@Controller
@RequestMapping("/registry/reviews")
class ReviewPages {

	static final String BASE = "/registry/reviews";

	private final ReviewRegistry reviews;

	private final AgreementRegistry agreements;

	private final EngagementRegistry engagements;

	private final MessageSource messages;

	ReviewPages(ReviewRegistry reviews, AgreementRegistry agreements, EngagementRegistry engagements,
			MessageSource messages) {
		this.reviews = reviews;
		this.agreements = agreements;
		this.engagements = engagements;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView list(ListFilter filter,
			@PageableDefault(size = 20, sort = "reviewDate", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		CurrentUser user = CurrentUsers.get();
		RecordListing listing = new RecordListing(BASE, filter, Map.of(), pageable.getSort(), ReviewsApi.SORTABLE);
		return RecordListing.render("registry/reviews/list", listing, pageable, model, messages,
				p -> reviews.list(user, filter, p));
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> export(ListFilter filter,
			@PageableDefault(sort = "reviewDate", direction = Sort.Direction.DESC) Pageable pageable, Locale locale) {
		return Csv.page("reviews", ReviewsApi.CSV, exported(filter, pageable), messages, locale);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> exportXlsx(ListFilter filter,
			@PageableDefault(sort = "reviewDate", direction = Sort.Direction.DESC) Pageable pageable, Locale locale) {
		return Csv.xlsx("reviews", ReviewsApi.CSV, exported(filter, pageable), messages, locale);
	}

	/** Every row the filters select, in the list's order. */
	private java.util.List<ReviewView> exported(ListFilter filter, Pageable pageable) {
		return reviews.list(CurrentUsers.get(), filter, Paging.export(pageable, ReviewsApi.SORTABLE)).getContent();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	String show(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUsers.get();
		ReviewView review = reviews.get(user, id);
		model.addAttribute("review", review);
		model.addAttribute("agreement", RecordLinks.orNull(review.agreement(), a -> agreements.get(user, a)));
		model.addAttribute("engagement", RecordLinks.orNull(review.engagement(), e -> engagements.get(user, e)));
		model.addAttribute("canEdit", reviews.mayEdit(user, id));
		return "registry/reviews/show";
	}

}
