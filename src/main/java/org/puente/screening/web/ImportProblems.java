package org.puente.screening.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.puente.screening.internal.Watchlists.RowsRefused;
import org.puente.shared.InvalidInput;
import org.puente.web.FieldMessages;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A refused import as problem+json: every bad row with its line, field and reason. */
final class ImportProblems {

	private ImportProblems() {
	}

	static ResponseEntity<ProblemDetail> of(RowsRefused ex, MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("screening.import.refused", new Object[] { ex.errors().size() }, locale));
		problem.setType(URI.create("urn:puente:problem:invalid-input"));
		problem.setProperty("errors",
				ex.errors()
					.stream()
					.map(e -> Map.of("line", e.line(), "field", e.field(), "reason", e.reason(), "message",
							FieldMessages.of(messages, new InvalidInput.FieldError(e.field(), e.reason()), locale)))
					.toList());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
			.body(problem);
	}

}
