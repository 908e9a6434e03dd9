package org.puente.registry.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.registry.internal.ListFilter;
import org.puente.registry.internal.ReviewRegistry;
import org.puente.registry.internal.ReviewRegistry.ReviewForm;
import org.puente.registry.internal.ReviewRegistry.ReviewView;
import org.puente.security.CurrentUsers;
import org.puente.shared.PageResponse;
import org.puente.web.ETags;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reviews", description = "Implementation reviews of agreements")
@RestController
@RequestMapping("/api/v1/registry/reviews")
class ReviewsApi {

	static final Set<String> SORTABLE = Set.of("reviewDate", "stamp.updatedAt");

	static final List<Csv.Column<ReviewView>> CSV = List.of(new Csv.Column<>("id", ReviewView::id),
			new Csv.Column<>("review_date", ReviewView::reviewDate),
			new Csv.Column<>("agreement", ReviewView::agreementTitle),
			new Csv.Column<>("engagement", ReviewView::engagement),
			new Csv.Column<>("conclusions", ReviewView::conclusions),
			new Csv.Column<>("moved", r -> r.snapshot().moved().size()),
			new Csv.Column<>("overdue", r -> r.snapshot().overdue().size()),
			new Csv.Column<>("stalled", r -> r.snapshot().stalled().size()),
			new Csv.Column<>("sources", ReviewView::sources), new Csv.Column<>("owner", ReviewView::ownerAgency));

	private final ReviewRegistry reviews;

	ReviewsApi(ReviewRegistry reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<ReviewView> list(ListFilter filter,
			@PageableDefault(size = 20, sort = "reviewDate", direction = Sort.Direction.DESC) Pageable pageable) {
		return PageResponse.of(reviews.list(CurrentUsers.get(), filter, Paging.checked(pageable, SORTABLE)));
	}

	@GetMapping(produces = Csv.MEDIA_TYPE)
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> csv(ListFilter filter,
			@PageableDefault(sort = "reviewDate", direction = Sort.Direction.DESC) Pageable pageable) {
		return Csv.of("reviews", CSV,
				reviews.list(CurrentUsers.get(), filter, Paging.export(pageable, SORTABLE)).getContent());
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> export(ListFilter filter,
			@PageableDefault(sort = "reviewDate", direction = Sort.Direction.DESC) Pageable pageable) {
		return csv(filter, pageable);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<ReviewView> get(@PathVariable UUID id) {
		ReviewView review = reviews.get(CurrentUsers.get(), id);
		return ETags.ok(review, review.version());
	}

	/** Records a review; the snapshot of the agreement's commitments is computed now. */
	@PostMapping
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ReviewView> create(@RequestBody ReviewForm form) {
		ReviewView review = reviews.create(CurrentUsers.get(), form);
		return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + review.version() + "\"").body(review);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ReviewView> update(@PathVariable UUID id, @RequestBody ReviewForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		ReviewView review = reviews.update(CurrentUsers.get(), id,
				form.withVersion(ETags.version(ifMatch, form.version())));
		return ETags.ok(review, review.version());
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<ReviewView> restore(@PathVariable UUID id) {
		ReviewView restored = reviews.restore(CurrentUsers.get(), id);
		return ETags.ok(restored, restored.version());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('EDITOR')")
	void delete(@PathVariable UUID id) {
		reviews.delete(CurrentUsers.get(), id);
	}

}
