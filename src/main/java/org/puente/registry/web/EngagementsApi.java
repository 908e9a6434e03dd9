package org.puente.registry.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.registry.internal.EngagementRegistry;
import org.puente.registry.internal.EngagementRegistry.EngagementForm;
import org.puente.registry.internal.EngagementRegistry.EngagementView;
import org.puente.registry.internal.ListFilter;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Engagements", description = "Visits, talks and meetings, their programmes and delegations")
@RestController
@RequestMapping("/api/v1/registry/engagements")
class EngagementsApi {

	static final Set<String> SORTABLE = Set.of("startDate", "endDate", "kind", "title.en", "title.es", "title.vi",
			"stamp.updatedAt");

	static final List<Csv.Column<EngagementView>> CSV = List.of(new Csv.Column<>("id", EngagementView::id),
			new Csv.Column<>("kind", EngagementView::kind), new Csv.Column<>("title", EngagementView::display),
			new Csv.Column<>("start_date", EngagementView::startDate),
			new Csv.Column<>("end_date", EngagementView::endDate),
			new Csv.Column<>("date_approximate", EngagementView::dateApproximate),
			new Csv.Column<>("city", EngagementView::placeCity),
			new Csv.Column<>("country", EngagementView::placeCountry),
			new Csv.Column<>("host", EngagementView::hostAgency),
			new Csv.Column<>("guest", EngagementView::guestAgency),
			new Csv.Column<>("delegation",
					e -> e.delegation().stream().map(m -> m.name() + " (" + m.side() + ", " + m.role() + ")").toList()),
			new Csv.Column<>("parent", EngagementView::parent), new Csv.Column<>("areas", EngagementView::areas),
			new Csv.Column<>("sources", EngagementView::sources),
			new Csv.Column<>("owner", EngagementView::ownerAgency));

	private final EngagementRegistry engagements;

	EngagementsApi(EngagementRegistry engagements) {
		this.engagements = engagements;
	}

	/** Engagements filter on {@code kind} where other lists filter on status. */
	static ListFilter byKind(ListFilter filter, String kind) {
		if (kind == null || kind.isBlank()) {
			return filter;
		}
		return new ListFilter(filter.partnership(), filter.area(), kind, filter.from(), filter.to(), filter.person(),
				filter.agency());
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<EngagementView> list(ListFilter filter, @RequestParam(required = false) String kind,
			@PageableDefault(size = 20, sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable) {
		return PageResponse
			.of(engagements.list(CurrentUsers.get(), byKind(filter, kind), Paging.checked(pageable, SORTABLE)));
	}

	@GetMapping(produces = Csv.MEDIA_TYPE)
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> csv(ListFilter filter, @RequestParam(required = false) String kind,
			@PageableDefault(sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable) {
		return Csv.of("engagements", CSV,
				engagements.list(CurrentUsers.get(), byKind(filter, kind), Paging.export(pageable, SORTABLE))
					.getContent());
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> export(ListFilter filter, @RequestParam(required = false) String kind,
			@PageableDefault(sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable) {
		return csv(filter, kind, pageable);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<EngagementView> get(@PathVariable UUID id) {
		EngagementView engagement = engagements.get(CurrentUsers.get(), id);
		return ETags.ok(engagement, engagement.version());
	}

	@PostMapping
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<EngagementView> create(@RequestBody EngagementForm form) {
		EngagementView engagement = engagements.create(CurrentUsers.get(), form);
		return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + engagement.version() + "\"").body(engagement);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<EngagementView> update(@PathVariable UUID id, @RequestBody EngagementForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		EngagementView engagement = engagements.update(CurrentUsers.get(), id,
				form.withVersion(ETags.version(ifMatch, form.version())));
		return ETags.ok(engagement, engagement.version());
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<EngagementView> restore(@PathVariable UUID id) {
		EngagementView restored = engagements.restore(CurrentUsers.get(), id);
		return ETags.ok(restored, restored.version());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('EDITOR')")
	void delete(@PathVariable UUID id) {
		engagements.delete(CurrentUsers.get(), id);
	}

}
