package org.puente.security;

/**
 * What a user may do. SYSTEM_ADMIN runs the installation (users of every agency,
 * taxonomy); ADMIN manages the users of its own ministry; EDITOR keeps records; VIEWER
 * reads.
 */
public enum Role {

	SYSTEM_ADMIN, ADMIN, EDITOR, VIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

}
