package org.puente.shared;

/** The user is known but may not do this (wrong agency, role or clearance). */
public class Forbidden extends RuntimeException {

	public Forbidden(String reason) {
		super(reason);
	}

}
