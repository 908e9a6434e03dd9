package org.puente.security.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.security.CurrentUsers;
import org.puente.security.UserAdministration;
import org.puente.security.UserAdministration.NewUser;
import org.puente.security.UserAdministration.UserChange;
import org.puente.security.UserView;
import org.puente.shared.PageResponse;
import org.puente.web.ETags;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Users", description = "User accounts, for administrators")
@RestController
@RequestMapping("/api/v1/admin/users")
class UsersApi {

	private final UserAdministration users;

	UsersApi(UserAdministration users) {
		this.users = users;
	}

	/** A new password set by an administrator. */
	record PasswordReset(String password) {
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	PageResponse<UserView> list(@RequestParam(required = false) String q,
			@PageableDefault(size = 50, sort = "username", direction = Sort.Direction.ASC) Pageable pageable) {
		Pageable capped = pageable.getPageSize() > 200
				? PageRequest.of(pageable.getPageNumber(), 200, pageable.getSort()) : pageable;
		return PageResponse.of(users.list(CurrentUsers.get(), q, capped));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<UserView> get(@PathVariable UUID id) {
		UserView user = users.get(CurrentUsers.get(), id);
		return ETags.ok(user, user.version());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	UserView create(@RequestBody NewUser request) {
		return users.create(CurrentUsers.get(), request);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<UserView> change(@PathVariable UUID id, @RequestBody UserChange change,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		UserChange versioned = new UserChange(change.fullName(), change.agency(), change.roles(), change.clearance(),
				change.language(), change.enabled(), ETags.version(ifMatch, change.version()));
		UserView user = users.change(CurrentUsers.get(), id, versioned);
		return ETags.ok(user, user.version());
	}

	@PostMapping("/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	void resetPassword(@PathVariable UUID id, @RequestBody PasswordReset reset) {
		users.resetPassword(CurrentUsers.get(), id, reset.password());
	}

}
