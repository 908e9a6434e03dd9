package org.puente.screening.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.screening.internal.WatchlistImport;
import org.puente.screening.internal.Watchlists;
import org.puente.screening.internal.Watchlists.DocumentForm;
import org.puente.screening.internal.Watchlists.DocumentView;
import org.puente.screening.internal.Watchlists.PersonFilter;
import org.puente.screening.internal.Watchlists.PersonForm;
import org.puente.screening.internal.Watchlists.PersonView;
import org.puente.screening.internal.Watchlists.RowsRefused;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.PageResponse;
import org.puente.web.ETags;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

/**
 * The watchlists of the caller's ministry: person and document entries, their import and
 * export as CSV or JSON. Nobody outside the owning ministry reads them (404).
 */
@Tag(name = "Screening watchlists", description = "Each ministry's own person and document entries")
@RestController
@RequestMapping("/api/v1/screening")
class WatchlistApi {

	private final Watchlists watchlists;

	private final WatchlistImport imports;

	private final MessageSource messages;

	WatchlistApi(Watchlists watchlists, WatchlistImport imports, MessageSource messages) {
		this.watchlists = watchlists;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/persons")
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<PersonView> persons(@RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) Boolean deleted,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse
			.of(watchlists.persons(CurrentUsers.get(), new PersonFilter(q, category, deleted), Paging.of(page, size)));
	}

	@GetMapping("/persons/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<PersonView> person(@PathVariable UUID id) {
		PersonView p = watchlists.person(CurrentUsers.get(), id);
		return ETags.ok(p, p.version());
	}

	@PostMapping("/persons")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<PersonView> createPerson(@RequestBody PersonForm form) {
		PersonView p = watchlists.createPerson(CurrentUsers.get(), form);
		return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + p.version() + "\"").body(p);
	}

	@PutMapping("/persons/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<PersonView> updatePerson(@PathVariable UUID id, @RequestBody PersonForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		PersonView p = watchlists.updatePerson(CurrentUsers.get(), id,
				form.withVersion(ETags.version(ifMatch, form.version())));
		return ETags.ok(p, p.version());
	}

	@DeleteMapping("/persons/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deletePerson(@PathVariable UUID id) {
		watchlists.deletePerson(CurrentUsers.get(), id);
	}

	@PostMapping("/persons/{id}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<PersonView> restorePerson(@PathVariable UUID id) {
		PersonView p = watchlists.restorePerson(CurrentUsers.get(), id);
		return ETags.ok(p, p.version());
	}

	@GetMapping("/documents")
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<DocumentView> documents(@RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean deleted, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResponse
			.of(watchlists.documents(CurrentUsers.get(), q, Boolean.TRUE.equals(deleted), Paging.of(page, size)));
	}

	@GetMapping("/documents/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<DocumentView> document(@PathVariable UUID id) {
		DocumentView d = watchlists.document(CurrentUsers.get(), id);
		return ETags.ok(d, d.version());
	}

	@PostMapping("/documents")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<DocumentView> createDocument(@RequestBody DocumentForm form) {
		DocumentView d = watchlists.createDocument(CurrentUsers.get(), form);
		return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + d.version() + "\"").body(d);
	}

	@PutMapping("/documents/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<DocumentView> updateDocument(@PathVariable UUID id, @RequestBody DocumentForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		DocumentView d = watchlists.updateDocument(CurrentUsers.get(), id,
				form.withVersion(ETags.version(ifMatch, form.version())));
		return ETags.ok(d, d.version());
	}

	@DeleteMapping("/documents/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteDocument(@PathVariable UUID id) {
		watchlists.deleteDocument(CurrentUsers.get(), id);
	}

	/**
	 * Imports entries from the request body: CSV ({@code text/csv}) or a JSON array
	 * ({@code application/json}). All rows are checked first; a single bad row refuses
	 * the whole file (400, every bad row with its line) and nothing is written.
	 */
	@PostMapping(path = "/{kind:persons|documents}/import", consumes = { "text/csv", "application/json" })
	@PreAuthorize("hasRole('EDITOR')")
	ImportResult importEntries(@PathVariable String kind, HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			int count = imports.now(CurrentUsers.get(), kind, in, kind + " import",
					WatchlistImport.Format.of(null, request.getContentType()));
			return new ImportResult(count);
		}
	}

	/** How many entries an import wrote. */
	record ImportResult(int imported) {
	}

	@GetMapping("/{kind:persons|documents}/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	void exportCsv(@PathVariable String kind, HttpServletResponse response) throws IOException {
		CurrentUser user = CurrentUsers.get();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"watchlist-" + kind + ".csv\"");
		WatchlistFiles.csv(watchlists, user, kind, writer(response));
	}

	@GetMapping("/{kind:persons|documents}/export.json")
	@PreAuthorize("hasRole('VIEWER')")
	void exportJson(@PathVariable String kind, HttpServletResponse response) throws IOException {
		CurrentUser user = CurrentUsers.get();
		response.setContentType("application/json;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"watchlist-" + kind + ".json\"");
		WatchlistFiles.json(watchlists, user, kind, writer(response));
	}

	private static Writer writer(HttpServletResponse response) throws IOException {
		return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
	}

	@ExceptionHandler(RowsRefused.class)
	ResponseEntity<ProblemDetail> refused(RowsRefused ex) {
		return ImportProblems.of(ex, messages, LocaleContextHolder.getLocale());
	}

	static List<String> kinds() {
		return List.of("persons", "documents");
	}

}
