package org.puente.registry.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.registry.internal.CommitmentRegistry;
import org.puente.registry.internal.CommitmentRegistry.CommitmentForm;
import org.puente.registry.internal.CommitmentRegistry.CommitmentView;
import org.puente.registry.internal.ListFilter;
import org.puente.registry.internal.StatusForm;
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

@Tag(name = "Commitments", description = "What the sides undertook, and how far each got")
@RestController
@RequestMapping("/api/v1/registry/commitments")
class CommitmentsApi {

	static final Set<String> SORTABLE = Set.of("dueDate", "status", "agreedBy", "text.en", "text.es", "text.vi",
			"stamp.updatedAt", "stamp.createdAt");

	static final List<Csv.Column<CommitmentView>> CSV = List.of(new Csv.Column<>("id", CommitmentView::id),
			new Csv.Column<>("text", CommitmentView::display), new Csv.Column<>("text_vi", c -> c.text().vi()),
			new Csv.Column<>("text_es", c -> c.text().es()), new Csv.Column<>("text_en", c -> c.text().en()),
			new Csv.Column<>("status", CommitmentView::status), new Csv.Column<>("agreed_by", CommitmentView::agreedBy),
			new Csv.Column<>("proposed_by", CommitmentView::proposedBy),
			new Csv.Column<>("responsible", CommitmentView::responsibleAgency),
			new Csv.Column<>("responsible_unit", CommitmentView::responsibleUnit),
			new Csv.Column<>("due_date", CommitmentView::dueDate),
			new Csv.Column<>("due_period", CommitmentView::duePeriod),
			new Csv.Column<>("overdue", CommitmentView::overdue), new Csv.Column<>("areas", CommitmentView::areas),
			new Csv.Column<>("origin_engagement", CommitmentView::originEngagement),
			new Csv.Column<>("origin_agreement", CommitmentView::originAgreement),
			new Csv.Column<>("sources", CommitmentView::sources),
			new Csv.Column<>("owner", CommitmentView::ownerAgency));

	private final CommitmentRegistry commitments;

	CommitmentsApi(CommitmentRegistry commitments) {
		this.commitments = commitments;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<CommitmentView> list(ListFilter filter,
			@PageableDefault(size = 20, sort = "dueDate", direction = Sort.Direction.ASC) Pageable pageable) {
		return PageResponse.of(commitments.list(CurrentUsers.get(), filter, Paging.checked(pageable, SORTABLE)));
	}

	@GetMapping(produces = Csv.MEDIA_TYPE)
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> csv(ListFilter filter,
			@PageableDefault(sort = "dueDate", direction = Sort.Direction.ASC) Pageable pageable) {
		return Csv.of("commitments", CSV,
				commitments.list(CurrentUsers.get(), filter, Paging.export(pageable, SORTABLE)).getContent());
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> export(ListFilter filter,
			@PageableDefault(sort = "dueDate", direction = Sort.Direction.ASC) Pageable pageable) {
		return csv(filter, pageable);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<CommitmentView> get(@PathVariable UUID id) {
		CommitmentView commitment = commitments.get(CurrentUsers.get(), id);
		return ETags.ok(commitment, commitment.version());
	}

	@PostMapping
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<CommitmentView> create(@RequestBody CommitmentForm form) {
		CommitmentView commitment = commitments.create(CurrentUsers.get(), form);
		return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + commitment.version() + "\"").body(commitment);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<CommitmentView> update(@PathVariable UUID id, @RequestBody CommitmentForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		CommitmentView commitment = commitments.update(CurrentUsers.get(), id,
				form.withVersion(ETags.version(ifMatch, form.version())));
		return ETags.ok(commitment, commitment.version());
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<CommitmentView> status(@PathVariable UUID id, @RequestBody StatusForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		CommitmentView commitment = commitments.changeStatus(CurrentUsers.get(), id,
				form.withVersion(ETags.version(ifMatch, form.version())));
		return ETags.ok(commitment, commitment.version());
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<CommitmentView> restore(@PathVariable UUID id) {
		CommitmentView restored = commitments.restore(CurrentUsers.get(), id);
		return ETags.ok(restored, restored.version());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('EDITOR')")
	void delete(@PathVariable UUID id) {
		commitments.delete(CurrentUsers.get(), id);
	}

}
