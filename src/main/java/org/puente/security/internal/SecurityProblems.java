package org.puente.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes RFC 9457 problem details for authentication and authorisation failures on the
 * API.
 */
final class SecurityProblems {

	private SecurityProblems() {
	}

	static void write(HttpServletResponse response, int status, String type, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"puente\", Bearer");
		}
		String title = status == HttpServletResponse.SC_UNAUTHORIZED ? "Unauthorized" : "Forbidden";
		response.getWriter()
			.write("{\"type\":\"urn:puente:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
					+ ",\"detail\":\"" + detail + "\"}");
	}

}
