package org.puente.search.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.search.SearchIndexes;
import org.puente.search.SearchIndexes.Rebuilt;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds every full-text index from the database (after a restore, or an analyzer
 * change); answers when done. A rebuild already running gets 409.
 */
@Tag(name = "Search administration", description = "Rebuilding the full-text indexes")
@RestController
class ReindexApi {

	private final SearchIndexes indexes;

	private final MessageSource messages;

	ReindexApi(SearchIndexes indexes, MessageSource messages) {
		this.indexes = indexes;
		this.messages = messages;
	}

	@PostMapping("/api/v1/admin/search/reindex")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	Rebuilt reindex() throws InterruptedException {
		return indexes.rebuild();
	}

	@ExceptionHandler(SearchIndexes.AlreadyRunning.class)
	ResponseEntity<ProblemDetail> busy() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("admin.search.running", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:puente:problem:busy"));
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
			.body(problem);
	}

}
