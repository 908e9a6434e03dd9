package org.puente.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Credentials of the administrator every integration test starts with, and more users.
 */
public final class TestUsers {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "open-sesame-bridge-2026";

	/** The password of every user {@link #create} makes. */
	public static final String PASSWORD = "correct-horse-battery-77";

	private TestUsers() {
	}

	/** The system administrator of MPS, signed in with HTTP Basic. */
	public static Http admin(int port) {
		return new Http(port).as(ADMIN, ADMIN_PASSWORD);
	}

	/**
	 * Creates a user with a unique name through the API as the system administrator and
	 * returns it; the username starts with {@code prefix}.
	 */
	public static User create(int port, String prefix, String agency, String clearance, String... roles) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		Http.Response created = admin(port).post("/api/v1/admin/users",
				Map.of("username", username, "password", PASSWORD, "fullName", "Test " + username, "agency", agency,
						"roles", List.of(roles), "clearance", clearance, "language", "en"));
		if (created.status() != 201) {
			throw new IllegalStateException("could not create " + username + ": " + created.body());
		}
		JsonNode json = created.json();
		return new User(UUID.fromString(json.get("id").asString()), username, agency,
				new Http(port).as(username, PASSWORD));
	}

	/** A user made for one test, with a client signed in as them. */
	public record User(UUID id, String username, String agency, Http http) {
	}

}
