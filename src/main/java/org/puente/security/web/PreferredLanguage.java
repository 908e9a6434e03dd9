package org.puente.security.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.security.CurrentUsers;
import org.puente.security.UserAdministration;
import org.puente.shared.InvalidInput;
import org.puente.shared.Language;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Switches the UI language for this session and remembers it for the signed-in user, so
 * the header's switcher and the account page behave the same.
 */
@Component
class PreferredLanguage {

	private final LocaleResolver locales;

	private final UserAdministration users;

	PreferredLanguage(LocaleResolver locales, UserAdministration users) {
		this.locales = locales;
		this.users = users;
	}

	/** Applies {@code code}; refuses a language Puente does not speak. */
	void choose(String code, HttpServletRequest request, HttpServletResponse response) {
		Language language = Language.fromCode(code).orElseThrow(() -> new InvalidInput("language", "invalid.language"));
		CurrentUsers.find().ifPresent(user -> users.setLanguage(user, language.code()));
		locales.setLocale(request, response, Locale.forLanguageTag(language.code()));
	}

}
