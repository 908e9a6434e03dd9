package org.puente.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.puente.registry.internal.AgreementRegistry;
import org.puente.registry.internal.AgreementRegistry.AgreementForm;
import org.puente.registry.internal.AgreementRegistry.AgreementView;
import org.puente.registry.internal.AgreementRegistry.DocumentView;
import org.puente.registry.internal.ListFilter;
import org.puente.registry.internal.StatusForm;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;
import org.puente.shared.PageResponse;
import org.puente.web.ETags;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

@Tag(name = "Agreements", description = "Cooperation agreements, their status history and documents")
@RestController
@RequestMapping("/api/v1/registry/agreements")
class AgreementsApi {

	static final Set<String> SORTABLE = Set.of("signedOn", "entryIntoForce", "expiresOn", "status", "kind", "title.en",
			"title.es", "title.vi", "stamp.updatedAt");

	static final List<Csv.Column<AgreementView>> CSV = List.of(new Csv.Column<>("id", AgreementView::id),
			new Csv.Column<>("kind", AgreementView::kind), new Csv.Column<>("title", AgreementView::display),
			new Csv.Column<>("title_vi", a -> a.title().vi()), new Csv.Column<>("title_es", a -> a.title().es()),
			new Csv.Column<>("title_en", a -> a.title().en()), new Csv.Column<>("status", AgreementView::status),
			new Csv.Column<>("signed_on", AgreementView::signedOn),
			new Csv.Column<>("signed_place", AgreementView::signedPlace),
			new Csv.Column<>("entry_into_force", AgreementView::entryIntoForce),
			new Csv.Column<>("expires_on", AgreementView::expiresOn),
			new Csv.Column<>("parties", AgreementView::parties), new Csv.Column<>("areas", AgreementView::areas),
			new Csv.Column<>("parent", AgreementView::parent), new Csv.Column<>("sources", AgreementView::sources),
			new Csv.Column<>("owner", AgreementView::ownerAgency));

	private final AgreementRegistry agreements;

	AgreementsApi(AgreementRegistry agreements) {
		this.agreements = agreements;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<AgreementView> list(ListFilter filter,
			@PageableDefault(size = 20, sort = "signedOn", direction = Sort.Direction.DESC) Pageable pageable) {
		return PageResponse.of(agreements.list(CurrentUsers.get(), filter, Paging.checked(pageable, SORTABLE)));
	}

	@GetMapping(produces = Csv.MEDIA_TYPE)
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> csv(ListFilter filter,
			@PageableDefault(sort = "signedOn", direction = Sort.Direction.DESC) Pageable pageable) {
		return Csv.of("agreements", CSV,
				agreements.list(CurrentUsers.get(), filter, Paging.export(pageable, SORTABLE)).getContent());
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> export(ListFilter filter,
			@PageableDefault(sort = "signedOn", direction = Sort.Direction.DESC) Pageable pageable) {
		return csv(filter, pageable);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<AgreementView> get(@PathVariable UUID id) {
		AgreementView agreement = agreements.get(CurrentUsers.get(), id);
		return ETags.ok(agreement, agreement.version());
	}

	@PostMapping
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<AgreementView> create(@RequestBody AgreementForm form) {
		AgreementView agreement = agreements.create(CurrentUsers.get(), form);
		return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + agreement.version() + "\"").body(agreement);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<AgreementView> update(@PathVariable UUID id, @RequestBody AgreementForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		AgreementView agreement = agreements.update(CurrentUsers.get(), id,
				form.withVersion(ETags.version(ifMatch, form.version())));
		return ETags.ok(agreement, agreement.version());
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<AgreementView> status(@PathVariable UUID id, @RequestBody StatusForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		AgreementView agreement = agreements.changeStatus(CurrentUsers.get(), id,
				form.withVersion(ETags.version(ifMatch, form.version())));
		return ETags.ok(agreement, agreement.version());
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<AgreementView> restore(@PathVariable UUID id) {
		AgreementView restored = agreements.restore(CurrentUsers.get(), id);
		return ETags.ok(restored, restored.version());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('EDITOR')")
	void delete(@PathVariable UUID id) {
		agreements.delete(CurrentUsers.get(), id);
	}

	/**
	 * Attaches a file sent as the raw request body; its type is the Content-Type header,
	 * checked against the file's first bytes.
	 */
	@PostMapping(path = "/{id}/documents", consumes = MediaType.ALL_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('EDITOR')")
	DocumentView attach(@PathVariable UUID id, @RequestParam String name, HttpServletRequest request)
			throws IOException {
		if (request.getContentLengthLong() > AgreementRegistry.MAX_DOCUMENT_BYTES) {
			throw new InvalidInput("file", "file.too.large");
		}
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			bytes = in.readNBytes((int) AgreementRegistry.MAX_DOCUMENT_BYTES + 1);
		}
		return agreements.attach(CurrentUsers.get(), id, name, request.getContentType(), bytes);
	}

	@GetMapping("/{id}/documents/{documentId}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
		return DocumentDownload.of(agreements.document(CurrentUsers.get(), id, documentId));
	}

}
