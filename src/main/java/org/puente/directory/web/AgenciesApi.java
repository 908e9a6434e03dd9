package org.puente.directory.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.directory.AgencyView;
import org.puente.directory.internal.AgencyCatalog;
import org.puente.directory.internal.AgencyCatalog.AgencyForm;
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

@Tag(name = "Agencies", description = "Ministries and their departments, directorates and units")
@RestController
@RequestMapping("/api/v1/agencies")
class AgenciesApi {

	private final AgencyCatalog agencies;

	AgenciesApi(AgencyCatalog agencies) {
		this.agencies = agencies;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<AgencyView> tree() {
		return agencies.tree();
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<AgencyView> get(@PathVariable String code) {
		AgencyView agency = agencies.get(code);
		return ETags.ok(agency, agency.version());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('EDITOR')")
	AgencyView create(@RequestBody AgencyForm form) {
		return agencies.create(CurrentUsers.get(), form);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<AgencyView> update(@PathVariable String code, @RequestBody AgencyForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		AgencyForm versioned = new AgencyForm(code, form.parent(), form.kind(), form.country(), form.names(),
				form.abbreviations(), form.alternativeNames(), ETags.version(ifMatch, form.version()));
		AgencyView agency = agencies.update(CurrentUsers.get(), code, versioned);
		return ETags.ok(agency, agency.version());
	}

}
