package org.puente.security.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.security.CurrentUsers;
import org.puente.security.UserAdministration;
import org.puente.shared.Language;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** Switches the UI language at any time and remembers it for the signed-in user. */
@Controller
class LanguageController {

	private final LocaleResolver locales;

	private final UserAdministration users;

	LanguageController(LocaleResolver locales, UserAdministration users) {
		this.locales = locales;
		this.users = users;
	}

	@PostMapping("/language")
	String switchTo(@RequestParam String lang, HttpServletRequest request, HttpServletResponse response) {
		Language language = Language.fromCode(lang).orElse(Language.EN);
		locales.setLocale(request, response, Locale.forLanguageTag(language.code()));
		CurrentUsers.find().ifPresent(user -> users.setLanguage(user, language.code()));
		String back = request.getHeader("Referer");
		return "redirect:" + (safeLocal(back, request) ? back : "/");
	}

	private static boolean safeLocal(String url, HttpServletRequest request) {
		if (url == null) {
			return false;
		}
		String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
		String originNoPort = request.getScheme() + "://" + request.getServerName() + "/";
		return url.startsWith(origin) || url.startsWith(originNoPort);
	}

}
