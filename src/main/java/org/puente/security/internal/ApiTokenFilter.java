package org.puente.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API clients that present {@code Authorization: Bearer pnt_...}. */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokenStore store;

	private final PuenteUserDetails details;

	ApiTokenFilter(ApiTokenStore store, PuenteUserDetails details) {
		this.store = store;
		this.details = details;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String secret = header.substring(7).trim();
			var account = secret.startsWith("pnt_") ? store.authenticate(secret)
					: java.util.Optional.<UserAccount>empty();
			if (account.isEmpty()) {
				SecurityProblems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid-token",
						"The API token is unknown, expired or revoked.");
				return;
			}
			var principal = details.principal(account.get(), false);
			var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.getAuthorities());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication);
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
