package org.puente.security.internal;

import org.puente.security.PuentePrincipal;
import org.puente.shared.AgencyLookup;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a user for sign-in, with the ministry their agency belongs to and any lock-out.
 */
@Component
public class PuenteUserDetails implements UserDetailsService {

	private final UserAccounts users;

	private final AgencyLookup agencies;

	private final LoginThrottle throttle;

	PuenteUserDetails(UserAccounts users, AgencyLookup agencies, LoginThrottle throttle) {
		this.users = users;
		this.agencies = agencies;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = users.findByUsernameIgnoreCase(username == null ? "" : username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return principal(account, throttle.locked(username));
	}

	PuentePrincipal principal(UserAccount account, boolean locked) {
		var ministry = agencies.find(account.agency()).map(AgencyLookup.AgencyRef::ministry).orElse(account.agency());
		return new PuentePrincipal(account.toCurrentUser(ministry), account.passwordHash(), account.enabled(), locked);
	}

}
