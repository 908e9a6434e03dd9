package org.puente.directory.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.directory.PersonSummary;
import org.puente.directory.PersonView;
import org.puente.directory.internal.PersonDirectory;
import org.puente.directory.internal.PersonDirectory.ClaimForm;
import org.puente.directory.internal.PersonDirectory.PersonForm;
import org.puente.directory.internal.PersonDirectory.RoleForm;
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

@Tag(name = "People", description = "Officials, their dated roles and sourced claims")
@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

	private final PersonDirectory people;

	PeopleApi(PersonDirectory people) {
		this.people = people;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<PersonSummary> list(@RequestParam(required = false) String q,
			@PageableDefault(size = 20, sort = "fullName", direction = Sort.Direction.ASC) Pageable pageable) {
		return PageResponse.of(people.find(CurrentUsers.get(), q, Pages.capped(pageable)));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<PersonView> get(@PathVariable UUID id) {
		PersonView person = people.get(CurrentUsers.get(), id);
		return ETags.ok(person, person.version());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('EDITOR')")
	PersonView create(@RequestBody PersonForm form) {
		return people.create(CurrentUsers.get(), form);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<PersonView> update(@PathVariable UUID id, @RequestBody PersonForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		PersonForm versioned = new PersonForm(form.fullName(), form.country(), form.classification(), form.notes(),
				form.variants(), ETags.version(ifMatch, form.version()));
		PersonView person = people.update(CurrentUsers.get(), id, versioned);
		return ETags.ok(person, person.version());
	}

	@PostMapping("/{id}/roles")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('EDITOR')")
	PersonView addRole(@PathVariable UUID id, @RequestBody RoleForm form) {
		return people.addRole(CurrentUsers.get(), id, form);
	}

	@PostMapping("/{id}/claims")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('EDITOR')")
	PersonView addClaim(@PathVariable UUID id, @RequestBody ClaimForm form) {
		return people.addClaim(CurrentUsers.get(), id, form);
	}

	@PostMapping("/{id}/claims/{claimId}/preferred")
	@PreAuthorize("hasRole('EDITOR')")
	PersonView prefer(@PathVariable UUID id, @PathVariable UUID claimId) {
		return people.prefer(CurrentUsers.get(), id, claimId);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('EDITOR')")
	void delete(@PathVariable UUID id) {
		people.delete(CurrentUsers.get(), id);
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	PersonView restore(@PathVariable UUID id) {
		return people.restore(CurrentUsers.get(), id);
	}

}
