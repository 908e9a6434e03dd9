package org.puente;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FoundationIT {

	@LocalServerPort
	int port;

	@Test
	void findsPeopleIgnoringDiacriticsAndCase() {
		Http admin = new Http(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		var found = admin.get("/api/v1/people?q=luong%20tam");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("items").get(0).get("fullName").asString()).isEqualTo("Lương Tam Quang");
		var lazaro = admin.get("/api/v1/people?q=Lazaro%20Alvarez");
		assertThat(lazaro.json().get("items").get(0).get("fullName").asString())
			.isEqualTo("Lázaro Alberto Álvarez Casas");
	}

}
