package org.puente.sources.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;
import org.puente.shared.PageResponse;
import org.puente.sources.Extraction;
import org.puente.sources.library.Acceptance;
import org.puente.sources.library.ArticleFiles;
import org.puente.sources.library.ReviewDesk;
import org.puente.sources.library.SourceLibrary;
import org.puente.sources.library.StoredArticle;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imported articles over HTTP: import (JSON text or a multipart file), the list, one
 * article with its extraction, the proposal, acceptance and rejection.
 */
@RestController
@RequestMapping("/api/v1/sources")
class SourcesApi {

	private final SourceLibrary library;

	private final ReviewDesk desk;

	private final MessageSource messages;

	SourcesApi(SourceLibrary library, ReviewDesk desk, MessageSource messages) {
		this.library = library;
		this.desk = desk;
		this.messages = messages;
	}

	/** A pasted article. */
	record TextImport(String title, String text, String outlet, String url, String published) {
	}

	/** An article in a list. */
	record ArticleSummary(UUID id, String label, String title, String outlet, String url, String published,
			String language, String state, String importedBy, String importedAt, UUID engagement) {

		static ArticleSummary of(StoredArticle a) {
			return new ArticleSummary(a.id(), a.label(), a.title(), a.outlet(), a.url(),
					a.published() == null ? null : a.published().toString(), a.language(), a.state(), a.importedBy(),
					a.importedAt().toString(), a.engagementId());
		}

	}

	/**
	 * One article with its text, what was extracted, and the records accepted from it.
	 */
	record ArticleDetail(UUID id, String label, String title, String outlet, String url, String published,
			String language, String fileName, String charset, String contentHash, String state, String rejectReason,
			String reviewedBy, String reviewedAt, UUID engagement, String ownerAgency, String importedBy,
			String importedAt, String text, Extraction extraction, List<SourceLibrary.RecordCitation> citations) {

		static ArticleDetail of(SourceLibrary.ArticleView v) {
			StoredArticle a = v.article();
			return new ArticleDetail(a.id(), a.label(), a.title(), a.outlet(), a.url(),
					a.published() == null ? null : a.published().toString(), a.language(), a.fileName(), a.charset(),
					a.contentHash(), a.state(), a.rejectReason(), a.reviewedBy(),
					a.reviewedAt() == null ? null : a.reviewedAt().toString(), a.engagementId(), a.ownerAgency(),
					a.importedBy(), a.importedAt().toString(), a.text(), v.extraction(), v.citations());
		}

	}

	/** Why an article is rejected. */
	record Rejection(String reason) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<?> importText(@RequestBody TextImport body) {
		return answer(library.importArticle(CurrentUsers.get(), new SourceLibrary.ImportRequest(body.title(),
				body.outlet(), body.url(), body.published(), body.text(), null, null)));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String title, @RequestParam(required = false) String outlet,
			@RequestParam(required = false) String url, @RequestParam(required = false) String published)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInput("file", "sources.import.empty");
		}
		if (file.getSize() > ArticleFiles.MAX_BYTES) {
			// said before reading the whole file into memory
			throw new InvalidInput("file", "sources.import.too.large");
		}
		return answer(library.importArticle(CurrentUsers.get(), new SourceLibrary.ImportRequest(title, outlet, url,
				published, null, file.getOriginalFilename(), file.getBytes())));
	}

	private ResponseEntity<?> answer(SourceLibrary.Outcome outcome) {
		return switch (outcome) {
			case SourceLibrary.Imported imported ->
				ResponseEntity.created(URI.create("/api/v1/sources/" + imported.article().id()))
					.body(ArticleDetail.of(library.get(CurrentUsers.get(), imported.article().id())));
			case SourceLibrary.Duplicate duplicate -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
						messages.getMessage(
								duplicate.exact() ? "sources.import.duplicate.exact" : "sources.import.duplicate.near",
								null, LocaleContextHolder.getLocale()));
				problem.setType(URI.create("urn:puente:problem:duplicate-article"));
				problem.setTitle(
						messages.getMessage("sources.import.duplicate.title", null, LocaleContextHolder.getLocale()));
				problem.setProperty("existing", duplicate.existing());
				problem.setProperty("existingTitle", duplicate.title());
				problem.setProperty("href", "/sources/" + duplicate.existing());
				problem.setProperty("exact", duplicate.exact());
				problem.setProperty("similarity", Math.round(duplicate.similarity() * 1000) / 1000.0);
				yield ResponseEntity.status(HttpStatus.CONFLICT)
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(problem);
			}
		};
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<ArticleSummary> list(@RequestParam(required = false) String state,
			@RequestParam(required = false) String language, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new InvalidInput("page", "invalid.value");
		}
		if (size < 1 || size > 200) {
			throw new InvalidInput("size", "invalid.value");
		}
		Pageable pageable = PageRequest.of(page, size);
		return PageResponse.of(library.list(CurrentUsers.get(), state, language, q, pageable).map(ArticleSummary::of));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ArticleDetail get(@PathVariable UUID id) {
		return ArticleDetail.of(library.get(CurrentUsers.get(), id));
	}

	/** The review's starting point: every proposal included, best matches picked. */
	@GetMapping("/{id}/proposal")
	@PreAuthorize("hasRole('VIEWER')")
	Acceptance proposal(@PathVariable UUID id) {
		return desk.proposal(CurrentUsers.get(), id);
	}

	/** Accepts the proposals the body includes (no body: the proposal as it stands). */
	@PostMapping("/{id}/accept")
	@PreAuthorize("hasRole('EDITOR')")
	ReviewDesk.Accepted accept(@PathVariable UUID id, @RequestBody(required = false) Acceptance body) {
		return desk.accept(CurrentUsers.get(), id, body);
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasRole('EDITOR')")
	ArticleSummary reject(@PathVariable UUID id, @RequestBody(required = false) Rejection body) {
		return ArticleSummary.of(library.reject(CurrentUsers.get(), id, body == null ? null : body.reason()));
	}

	/** The shared problem shape, with the article and review forms' field labels. */
	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInput ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("problem.invalid-input", null, "Invalid input", locale));
		problem.setType(URI.create("urn:puente:problem:invalid-input"));
		problem.setProperty("errors",
				ex.errors()
					.stream()
					.map(e -> Map.of("field", e.field(), "reason", e.reason(), "message",
							SourceMessages.of(messages, e, locale)))
					.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
