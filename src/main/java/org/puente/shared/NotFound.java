package org.puente.shared;

/** The record asked for does not exist, or the user may not know that it exists. */
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super(what + " " + id);
	}

}
