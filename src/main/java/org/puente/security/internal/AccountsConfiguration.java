package org.puente.security.internal;

import java.util.Optional;

import org.puente.security.AuditLog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What accounts and record stamps need with or without the web server (the CLI runs
 * without): password hashing and the name written into created/updated-by.
 */
@Configuration
@EnableJpaAuditing(auditorAwareRef = "auditor")
class AccountsConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuditorAware<String> auditor() {
		return () -> Optional.of(AuditLog.currentActor());
	}

}
