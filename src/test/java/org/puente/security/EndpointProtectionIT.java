package org.puente.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.puente.support.Http;
import org.puente.support.IntegrationTest;
import org.puente.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API endpoint, found from Spring's own mappings (so a new endpoint is covered the
 * day it is written), refuses callers without valid credentials with a 401 problem.
 */
@IntegrationTest
class EndpointProtectionIT {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Method and concrete path of every endpoint under /api/. */
	record Endpoint(String method, String path) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	List<Endpoint> endpoints() {
		Set<String> seen = new TreeSet<>();
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					Endpoint endpoint = new Endpoint(method.name(), concrete(pattern));
					if (seen.add(endpoint.toString())) {
						endpoints.add(endpoint);
					}
				}
			}
		}
		return endpoints;
	}

	/** Fills path variables: codes get an agency code, everything else a random UUID. */
	static String concrete(String pattern) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
			m.appendReplacement(out, name.contains("code") ? "MPS" : UUID.randomUUID().toString());
		}
		m.appendTail(out);
		return out.toString();
	}

	@Test
	void everyApiEndpointRefusesAnonymousCallers() {
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).as("API endpoints found in the handler mappings").hasSizeGreaterThanOrEqualTo(20);
		assertAllRefused(new Http(port), endpoints, "no credentials");
	}

	@Test
	void everyApiEndpointRefusesAWrongPassword() {
		// A user of its own: the failures lock it, which must not lock anyone else out.
		TestUsers.User user = TestUsers.create(port, "wrongpw", "MPS", "SECRET", "ADMIN");
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).hasSizeGreaterThanOrEqualTo(20);
		assertAllRefused(new Http(port).as(user.username(), "not-the-password-at-all"), endpoints, "wrong password");
		assertAllRefused(new Http(port).as("nobody-" + UUID.randomUUID(), TestUsers.PASSWORD), endpoints,
				"unknown user");
	}

	@Test
	void everyApiEndpointRefusesABogusToken() {
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).hasSizeGreaterThanOrEqualTo(20);
		assertAllRefused(new Http(port).bearer("pnt_xxx"), endpoints, "bogus pnt_ token");
		assertAllRefused(new Http(port).bearer("pnt_" + "ab".repeat(24)), endpoints, "well-formed unknown token");
		assertAllRefused(new Http(port).bearer("not-a-puente-token"), endpoints, "foreign token");
	}

	private static void assertAllRefused(Http http, List<Endpoint> endpoints, String how) {
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			String body = Set.of("POST", "PUT", "PATCH").contains(endpoint.method()) ? "{}" : null;
			Http.Response response = http.raw(endpoint.method(), endpoint.path(), body);
			String type = response.header("Content-Type");
			if (response.status() != 401 || type == null || !type.startsWith("application/problem+json")) {
				wrong.add(endpoint + " -> " + response.status() + " " + type);
			}
		}
		assertThat(wrong).as("endpoints not answering 401 problem+json (%s)", how).isEmpty();
	}

}
