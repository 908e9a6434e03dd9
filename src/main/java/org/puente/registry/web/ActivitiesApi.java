package org.puente.registry.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.registry.internal.ActivityRegistry;
import org.puente.registry.internal.ActivityRegistry.ActivityForm;
import org.puente.registry.internal.ActivityRegistry.ActivityView;
import org.puente.registry.internal.ActivityRegistry.StatusResult;
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

@Tag(name = "Activities", description = "Trainings, exchanges, donations and projects that carry commitments out")
@RestController
@RequestMapping("/api/v1/registry/activities")
class ActivitiesApi {

	static final Set<String> SORTABLE = Set.of("startDate", "endDate", "status", "kind", "title.en", "title.es",
			"title.vi", "stamp.updatedAt");

	static final List<Csv.Column<ActivityView>> CSV = List.of(new Csv.Column<>("id", ActivityView::id),
			new Csv.Column<>("kind", ActivityView::kind), new Csv.Column<>("title", ActivityView::display),
			new Csv.Column<>("status", ActivityView::status), new Csv.Column<>("start_date", ActivityView::startDate),
			new Csv.Column<>("end_date", ActivityView::endDate), new Csv.Column<>("city", ActivityView::placeCity),
			new Csv.Column<>("country", ActivityView::placeCountry),
			new Csv.Column<>("trainees", ActivityView::trainees),
			new Csv.Column<>("trainer_side", ActivityView::trainerSide), new Csv.Column<>("items", ActivityView::items),
			new Csv.Column<>("value", ActivityView::value), new Csv.Column<>("currency", ActivityView::currency),
			new Csv.Column<>("commitments", ActivityView::commitments),
			new Csv.Column<>("sources", ActivityView::sources), new Csv.Column<>("owner", ActivityView::ownerAgency));

	private final ActivityRegistry activities;

	ActivitiesApi(ActivityRegistry activities) {
		this.activities = activities;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<ActivityView> list(ListFilter filter,
			@PageableDefault(size = 20, sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable) {
		return PageResponse.of(activities.list(CurrentUsers.get(), filter, Paging.checked(pageable, SORTABLE)));
	}

	@GetMapping(produces = Csv.MEDIA_TYPE)
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> csv(ListFilter filter,
			@PageableDefault(sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable) {
		return Csv.of("activities", CSV,
				activities.list(CurrentUsers.get(), filter, Paging.export(pageable, SORTABLE)).getContent());
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> export(ListFilter filter,
			@PageableDefault(sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable) {
		return csv(filter, pageable);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<ActivityView> get(@PathVariable UUID id) {
		ActivityView activity = activities.get(CurrentUsers.get(), id);
		return ETags.ok(activity, activity.version());
	}

	@PostMapping
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ActivityView> create(@RequestBody ActivityForm form) {
		ActivityView activity = activities.create(CurrentUsers.get(), form);
		return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + activity.version() + "\"").body(activity);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<ActivityView> update(@PathVariable UUID id, @RequestBody ActivityForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		ActivityView activity = activities.update(CurrentUsers.get(), id,
				form.withVersion(ETags.version(ifMatch, form.version())));
		return ETags.ok(activity, activity.version());
	}

	/**
	 * Moves an activity on. When it finishes the last open activity of a commitment, the
	 * answer proposes marking that commitment done; the commitment itself is not changed.
	 */
	@PostMapping("/{id}/status")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<StatusResult> status(@PathVariable UUID id, @RequestBody StatusForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		StatusResult result = activities.changeStatus(CurrentUsers.get(), id,
				form.withVersion(ETags.version(ifMatch, form.version())));
		return ETags.ok(result, result.activity().version());
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<ActivityView> restore(@PathVariable UUID id) {
		ActivityView restored = activities.restore(CurrentUsers.get(), id);
		return ETags.ok(restored, restored.version());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('EDITOR')")
	void delete(@PathVariable UUID id) {
		activities.delete(CurrentUsers.get(), id);
	}

}
