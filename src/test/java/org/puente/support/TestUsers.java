package org.puente.support;

/** Credentials of the administrator every integration test starts with. */
public final class TestUsers {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "open-sesame-bridge-2026";

	private TestUsers() {
	}

}
