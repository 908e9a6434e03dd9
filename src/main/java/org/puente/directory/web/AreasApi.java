package org.puente.directory.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.directory.AreaView;
import org.puente.directory.internal.Taxonomy;
import org.puente.directory.internal.Taxonomy.AreaForm;
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

@Tag(name = "Areas", description = "The trilingual taxonomy of cooperation areas")
@RestController
@RequestMapping("/api/v1/areas")
class AreasApi {

	private final Taxonomy taxonomy;

	AreasApi(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<AreaView> all() {
		return taxonomy.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	AreaView create(@RequestBody AreaForm form) {
		return taxonomy.create(CurrentUsers.get(), form);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<AreaView> update(@PathVariable String code, @RequestBody AreaForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		AreaForm versioned = new AreaForm(code, form.parent(), form.names(), form.sortOrder(),
				ETags.version(ifMatch, form.version()));
		AreaView area = taxonomy.update(CurrentUsers.get(), code, versioned);
		return ETags.ok(area, area.version());
	}

}
