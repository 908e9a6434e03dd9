package org.puente.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.shared.Language;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Switches the UI language at any time and remembers it for the signed-in user. */
@Controller
class LanguageController {

	private final PreferredLanguage languages;

	LanguageController(PreferredLanguage languages) {
		this.languages = languages;
	}

	@PostMapping("/language")
	String switchTo(@RequestParam String lang, HttpServletRequest request, HttpServletResponse response) {
		languages.choose(Language.fromCode(lang).orElse(Language.EN).code(), request, response);
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
