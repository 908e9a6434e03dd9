package org.puente.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.puente.shared.Forbidden;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One RFC 9457 problem shape for every API error. Field errors carry the field, a stable
 * reason code and a message in the caller's language; nothing internal (stack traces,
 * SQL) leaks.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

	private final MessageSource messages;

	ProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInput ex) {
		return invalid(ex.errors());
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", message("problem.not-found"));
	}

	@ExceptionHandler({ Forbidden.class, AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> forbidden(RuntimeException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", message("problem.forbidden"));
	}

	@ExceptionHandler(StaleVersion.class)
	ResponseEntity<ProblemDetail> stale(StaleVersion ex, jakarta.servlet.http.HttpServletRequest request) {
		HttpStatus status = request.getHeader(HttpHeaders.IF_MATCH) != null ? HttpStatus.PRECONDITION_FAILED
				: HttpStatus.CONFLICT;
		ResponseEntity<ProblemDetail> response = problem(status, "stale-version", message("problem.stale-version"));
		response.getBody().setProperty("currentVersion", ex.actual());
		return response;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrent(ObjectOptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "stale-version", message("problem.stale-version"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		LOG.info("Refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "conflict", message("problem.conflict"));
	}

	@ExceptionHandler(org.springframework.data.core.PropertyReferenceException.class)
	ResponseEntity<ProblemDetail> badSort(RuntimeException ex) {
		return invalid(List.of(new InvalidInput.FieldError("sort", "invalid.sort")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(new InvalidInput.FieldError(ex.getName(), "invalid.value")));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		LOG.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", message("problem.internal"));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		return asObject(invalid(List.of(new InvalidInput.FieldError(field, "unreadable"))));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInput.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new InvalidInput.FieldError(e.getField(), "invalid.value"))
			.toList();
		return asObject(invalid(errors));
	}

	private ResponseEntity<ProblemDetail> invalid(List<InvalidInput.FieldError> errors) {
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "invalid-input",
				message("problem.invalid-input"));
		Locale locale = LocaleContextHolder.getLocale();
		response.getBody()
			.setProperty("errors",
					errors.stream()
						.map(e -> Map.of("field", e.field(), "reason", e.reason(), "message",
								FieldMessages.of(messages, e, locale)))
						.toList());
		return response;
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:puente:problem:" + type));
		return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, "application/problem+json").body(problem);
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}

	/**
	 * The JSON path of the value Jackson could not read ({@code classification},
	 * {@code members[1].agency}), or {@code body} when the JSON itself is broken. Jackson
	 * 3 keeps the path on the exception; Spring's message does not carry it.
	 */
	private static String fieldOf(HttpMessageNotReadableException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				if (!path.isEmpty() && path.charAt(0) != '[') {
					return path.toString();
				}
			}
		}
		return "body";
	}

}
