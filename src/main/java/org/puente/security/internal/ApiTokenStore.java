package org.puente.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.puente.shared.NotFound;
import org.puente.shared.Sha256;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores API tokens by hash and resolves a presented secret to its user. */
@Component
public class ApiTokenStore {

	private final ApiTokens tokens;

	private final UserAccounts users;

	ApiTokenStore(ApiTokens tokens, UserAccounts users) {
		this.tokens = tokens;
		this.users = users;
	}

	public UUID store(UUID userId, String name, String secret, Instant expiresAt) {
		ApiToken token = new ApiToken(userId, name, Sha256.hex(secret), secret.substring(0, 10), expiresAt);
		return tokens.save(token).id();
	}

	public List<ApiToken> of(UUID userId) {
		return tokens.findByUserIdOrderByCreatedAtDesc(userId);
	}

	public void revoke(UUID userId, UUID tokenId) {
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.userId().equals(userId))
			.orElseThrow(() -> new NotFound("token", tokenId));
		if (token.revokedAt() == null) {
			token.revoke(Instant.now());
		}
	}

	/** The enabled user a usable token belongs to, recording its use. */
	@Transactional
	public Optional<UserAccount> authenticate(String secret) {
		Instant now = Instant.now();
		return tokens.findByTokenHash(Sha256.hex(secret)).filter(t -> t.usableAt(now)).flatMap(t -> {
			t.used(now);
			return users.findById(t.userId());
		}).filter(UserAccount::enabled);
	}

}
