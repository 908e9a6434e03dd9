package org.puente.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The UI speaks Vietnamese, Spanish or English: the user's choice, else the browser's.
 */
@Configuration
class WebConfiguration {

	static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("vi"), Locale.forLanguageTag("es"),
			Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver resolver = new SessionLocaleResolver();
		resolver.setDefaultLocaleFunction((HttpServletRequest request) -> {
			Locale requested = request.getHeader("Accept-Language") == null ? null : request.getLocale();
			if (requested != null) {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")),
						SUPPORTED);
				if (match != null) {
					return match;
				}
			}
			return Locale.ENGLISH;
		});
		return resolver;
	}

}
