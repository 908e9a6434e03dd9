package org.puente.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Finds the user behind the current request. */
public final class CurrentUsers {

	private CurrentUsers() {
	}

	public static Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PuentePrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

	public static CurrentUser get() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
	}

}
