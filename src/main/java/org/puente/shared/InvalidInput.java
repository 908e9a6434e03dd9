package org.puente.shared;

import java.util.List;

/**
 * A user mistake: one or more fields with the reason each was refused. Reasons are
 * message keys so the web layer can answer in the user's language.
 */
public class InvalidInput extends RuntimeException {

	/** One refused field and the message key saying why. */
	public record FieldError(String field, String reason) {
	}

	private final List<FieldError> errors;

	public InvalidInput(String field, String reason) {
		this(List.of(new FieldError(field, reason)));
	}

	public InvalidInput(List<FieldError> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

}
