package org.puente.security.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.security.UserAdministration;
import org.puente.security.UserAdministration.IssuedToken;
import org.puente.security.UserAdministration.TokenView;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "My account", description = "The signed-in user: language, password, personal API tokens")
@RestController
@RequestMapping("/api/v1/me")
class AccountApi {

	private final UserAdministration users;

	AccountApi(UserAdministration users) {
		this.users = users;
	}

	/** The language to remember for this user. */
	record LanguageChoice(String language) {
	}

	/** A change of one's own password. */
	record PasswordChange(String currentPassword, String newPassword) {
	}

	/** A token to create; {@code validDays} empty means no expiry. */
	record TokenRequest(String name, Integer validDays) {
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	CurrentUser me() {
		return CurrentUsers.get();
	}

	@PutMapping("/language")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("isAuthenticated()")
	void language(@RequestBody LanguageChoice choice) {
		users.setLanguage(CurrentUsers.get(), choice.language());
	}

	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("isAuthenticated()")
	void password(@RequestBody PasswordChange change) {
		users.changeOwnPassword(CurrentUsers.get(), change.currentPassword(), change.newPassword());
	}

	@GetMapping("/tokens")
	@PreAuthorize("isAuthenticated()")
	List<TokenView> tokens() {
		return users.tokens(CurrentUsers.get());
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("isAuthenticated()")
	IssuedToken issue(@RequestBody TokenRequest request) {
		return users.issueToken(CurrentUsers.get(), request.name(), request.validDays());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("isAuthenticated()")
	void revoke(@PathVariable UUID id) {
		users.revokeToken(CurrentUsers.get(), id);
	}

}
