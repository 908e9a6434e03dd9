package org.puente.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a username for a while after repeated failed sign-ins, for forms and HTTP Basic
 * alike. Kept in memory: a restart clears it, which is acceptable for a throttle.
 */
@Component
public class LoginThrottle {

	private record Failures(int count, Instant first, Instant lockedUntil) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final Clock clock = Clock.systemUTC();

	LoginThrottle(@Value("${puente.security.max-failed-logins:5}") int maxFailures,
			@Value("${puente.security.lockout:15m}") Duration window) {
		this.maxFailures = maxFailures;
		this.window = window;
	}

	public boolean locked(String username) {
		Failures f = failures.get(key(username));
		return f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(clock.instant());
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = clock.instant();
		failures.compute(key(event.getAuthentication().getName()), (k, f) -> {
			if (f == null || f.first().plus(window).isBefore(now)) {
				f = new Failures(0, now, null);
			}
			int count = f.count() + 1;
			return new Failures(count, f.first(), count >= maxFailures ? now.plus(window) : f.lockedUntil());
		});
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		failures.remove(key(event.getAuthentication().getName()));
	}

	private static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}
