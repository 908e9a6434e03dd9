package org.puente.registry.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.registry.internal.AgreementRegistry;
import org.puente.registry.internal.AgreementRegistry.AgreementView;
import org.puente.registry.internal.AgreementStatus;
import org.puente.registry.internal.CommitmentRegistry;
import org.puente.registry.internal.EngagementRegistry;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * The agreement pages a desk officer reads: the filtered list, its CSV, one agreement
 * with everything linked to it, and its documents.
 */
@Controller
@RequestMapping("/registry/agreements")
class AgreementPages {

	static final String BASE = "/registry/agreements";

	private final AgreementRegistry agreements;

	private final EngagementRegistry engagements;

	private final CommitmentRegistry commitments;

	private final ReviewRegistry reviews;

	private final MessageSource messages;

	AgreementPages(AgreementRegistry agreements, EngagementRegistry engagements, CommitmentRegistry commitments,
			ReviewRegistry reviews, MessageSource messages) {
		this.agreements = agreements;
		this.engagements = engagements;
		this.commitments = commitments;
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	ModelAndView list(ListFilter filter,
			@PageableDefault(size = 20, sort = "signedOn", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("statuses", Arrays.stream(AgreementStatus.values()).map(Enum::name).toList());
		model.addAttribute("people", engagements.people(user));
		RecordListing listing = new RecordListing(BASE, filter, Map.of(), pageable.getSort(), AgreementsApi.SORTABLE);
		return RecordListing.render("registry/agreements/list", listing, pageable, model, messages,
				p -> agreements.list(user, filter, p));
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> export(ListFilter filter,
			@PageableDefault(sort = "signedOn", direction = Sort.Direction.DESC) Pageable pageable, Locale locale) {
		return Csv.page("agreements", AgreementsApi.CSV, exported(filter, pageable), messages, locale);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> exportXlsx(ListFilter filter,
			@PageableDefault(sort = "signedOn", direction = Sort.Direction.DESC) Pageable pageable, Locale locale) {
		return Csv.xlsx("agreements", AgreementsApi.CSV, exported(filter, pageable), messages, locale);
	}

	/** Every row the filters select, in the list's order. */
	private java.util.List<AgreementView> exported(ListFilter filter, Pageable pageable) {
		return agreements.list(CurrentUsers.get(), filter, Paging.export(pageable, AgreementsApi.SORTABLE))
			.getContent();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	String show(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUsers.get();
		AgreementView agreement = agreements.get(user, id);
		model.addAttribute("agreement", agreement);
		model.addAttribute("parent", RecordLinks.orNull(agreement.parent(), p -> agreements.get(user, p)));
		model.addAttribute("children", agreements.under(user, id));
		model.addAttribute("commitments", commitments.linkedTo(user, id));
		model.addAttribute("reviews", reviews.linkedTo(user, id));
		model.addAttribute("canEdit", agreements.mayEdit(user, id));
		return "registry/agreements/show";
	}

	/** A document as an attachment ({@link DocumentDownload}). */
	@GetMapping("/{id}/documents/{documentId}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
		return DocumentDownload.of(agreements.document(CurrentUsers.get(), id, documentId));
	}

}
