package org.puente.directory.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.directory.PartnershipView;
import org.puente.directory.internal.PartnershipBook;
import org.puente.directory.internal.PartnershipBook.PartnershipForm;
import org.puente.security.CurrentUsers;
import org.puente.web.ETags;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Partnerships", description = "Agencies that cooperate and their working languages")
@RestController
@RequestMapping("/api/v1/partnerships")
class PartnershipsApi {

	private final PartnershipBook partnerships;

	PartnershipsApi(PartnershipBook partnerships) {
		this.partnerships = partnerships;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<PartnershipView> all() {
		return partnerships.all();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<PartnershipView> get(@PathVariable UUID id) {
		PartnershipView partnership = partnerships.get(id);
		return ETags.ok(partnership, partnership.version());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	PartnershipView create(@RequestBody PartnershipForm form) {
		return partnerships.create(CurrentUsers.get(), form);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<PartnershipView> update(@PathVariable UUID id, @RequestBody PartnershipForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		PartnershipForm versioned = new PartnershipForm(form.code(), form.names(), form.since(), form.members(),
				ETags.version(ifMatch, form.version()));
		PartnershipView partnership = partnerships.update(CurrentUsers.get(), id, versioned);
		return ETags.ok(partnership, partnership.version());
	}

}
