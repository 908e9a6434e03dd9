package org.puente.security.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.security.CurrentUsers;
import org.puente.security.UserAdministration;
import org.puente.security.UserAdministration.IssuedToken;
import org.puente.security.UserAdministration.TokenView;
import org.puente.shared.InvalidInput;
import org.puente.shared.Language;
import org.puente.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's own account: details, language, password and API tokens. */
@Controller
@RequestMapping("/account")
class AccountPages {

	private final UserAdministration users;

	private final PreferredLanguage languages;

	private final MessageSource messages;

	AccountPages(UserAdministration users, PreferredLanguage languages, MessageSource messages) {
		this.users = users;
		this.languages = languages;
		this.messages = messages;
	}

	/** A token as the table shows it, its moments in the user's locale. */
	record TokenRow(TokenView token, String created, String expires, String lastUsed, String revoked) {
	}

	/** The token form as typed; kept when it is refused. */
	record TokenForm(String name, String validDays) {
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String account(Model model) {
		return page(model, new TokenForm("", ""));
	}

	@PostMapping("/language")
	@PreAuthorize("isAuthenticated()")
	String language(@RequestParam(required = false) String language, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			languages.choose(language, request, response);
			return "redirect:/account?language";
		}
		catch (InvalidInput ex) {
			return refused(ex, model, response, new TokenForm("", ""));
		}
	}

	@PostMapping("/password")
	@PreAuthorize("isAuthenticated()")
	String password(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, HttpServletResponse response, Model model) {
		try {
			users.changeOwnPassword(CurrentUsers.get(), currentPassword, newPassword);
			return "redirect:/account?password";
		}
		catch (InvalidInput ex) {
			return refused(ex, model, response, new TokenForm("", ""));
		}
	}

	@PostMapping("/tokens")
	@PreAuthorize("isAuthenticated()")
	String issue(@RequestParam(required = false) String name, @RequestParam(required = false) String validDays,
			HttpServletResponse response, Model model) {
		TokenForm form = new TokenForm(name, validDays);
		try {
			IssuedToken issued = users.issueToken(CurrentUsers.get(), name, days(validDays));
			// The secret is on this page only: never cache it, never redirect to a URL
			// that could show it again.
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("issued", issued);
			model.addAttribute("expires", DisplayTime.of(issued.expiresAt(), LocaleContextHolder.getLocale()));
			return "account/token-issued";
		}
		catch (InvalidInput ex) {
			return refused(ex, model, response, form);
		}
	}

	@PostMapping("/tokens/{id}/revoke")
	@PreAuthorize("isAuthenticated()")
	String revoke(@PathVariable UUID id) {
		users.revokeToken(CurrentUsers.get(), id);
		return "redirect:/account?revoked";
	}

	private String refused(InvalidInput ex, Model model, HttpServletResponse response, TokenForm form) {
		FormErrors.add(model, messages, ex);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model, form);
	}

	private String page(Model model, TokenForm form) {
		Locale locale = LocaleContextHolder.getLocale();
		List<TokenRow> tokens = users.tokens(CurrentUsers.get())
			.stream()
			.map(t -> new TokenRow(t, DisplayTime.of(t.createdAt(), locale), DisplayTime.of(t.expiresAt(), locale),
					DisplayTime.of(t.lastUsedAt(), locale), DisplayTime.of(t.revokedAt(), locale)))
			.toList();
		model.addAttribute("me", CurrentUsers.get());
		model.addAttribute("tokens", tokens);
		model.addAttribute("tokenForm", form);
		model.addAttribute("languageOptions", java.util.Arrays.stream(Language.values()).map(Language::code).toList());
		return "account/account";
	}

	private static Integer days(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("validDays", "range.1.366");
		}
	}

}
