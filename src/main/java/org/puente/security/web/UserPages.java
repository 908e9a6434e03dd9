package org.puente.security.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.security.Role;
import org.puente.security.UserAdministration;
import org.puente.security.UserView;
import org.puente.shared.AgencyLookup;
import org.puente.shared.AgencyLookup.AgencyRef;
import org.puente.shared.Classification;
import org.puente.shared.InvalidInput;
import org.puente.shared.Language;
import org.puente.shared.StaleVersion;
import org.puente.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' pages for user accounts: list, create, change, reset password. */
@Controller
@RequestMapping("/admin/users")
class UserPages {

	static final int PAGE_SIZE = 50;

	/**
	 * The fields in the order the forms show them, so the error summary reads the same
	 * way.
	 */
	static final List<String> FIELD_ORDER = List.of("username", "fullName", "agency", "roles", "clearance", "language",
			"enabled", "password");

	private final UserAdministration users;

	private final AgencyLookup agencies;

	private final MessageSource messages;

	UserPages(UserAdministration users, AgencyLookup agencies, MessageSource messages) {
		this.users = users;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String q, Model model) {
		var found = users.list(CurrentUsers.get(), q,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username")));
		model.addAttribute("users", found);
		model.addAttribute("q", q == null ? "" : q);
		return "admin/users";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newUser(Model model) {
		model.addAttribute("form", UserForm.blank(LocaleContextHolder.getLocale().getLanguage()));
		return newPage(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String create(@ModelAttribute("form") UserForm form, @RequestParam(required = false) String password, Model model,
			HttpServletResponse response) {
		try {
			UserView created = users.create(CurrentUsers.get(), form.toNewUser(password));
			return "redirect:/admin/users/" + created.id() + "?created";
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, inPageOrder(ex));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return newPage(model);
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable UUID id, Model model) {
		UserView user = users.get(CurrentUsers.get(), id);
		model.addAttribute("form", UserForm.of(user));
		return editPage(user, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String change(@PathVariable UUID id, @ModelAttribute("form") UserForm form, Model model,
			HttpServletResponse response) {
		CurrentUser actor = CurrentUsers.get();
		UserView user = users.get(actor, id);
		try {
			users.change(actor, id, form.toChange());
			return "redirect:/admin/users/" + id + "?saved";
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, inPageOrder(ex));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		catch (StaleVersion ex) {
			// Keep what the administrator typed; the current version lets them save it
			// again after looking at what changed.
			model.addAttribute("stale", true);
			model.addAttribute("form", new UserForm(user.username(), form.fullName(), form.agency(), form.roles(),
					form.clearance(), form.language(), form.enabled(), user.version()));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return editPage(user, model);
	}

	@PostMapping("/{id}/password")
	@PreAuthorize("hasRole('ADMIN')")
	String resetPassword(@PathVariable UUID id, @RequestParam(required = false) String password, Model model,
			HttpServletResponse response) {
		CurrentUser actor = CurrentUsers.get();
		UserView user = users.get(actor, id);
		try {
			users.resetPassword(actor, id, password);
			return "redirect:/admin/users/" + id + "?password";
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, inPageOrder(ex));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("form", UserForm.of(user));
			return editPage(user, model);
		}
	}

	private static List<InvalidInput.FieldError> inPageOrder(InvalidInput ex) {
		return ex.errors()
			.stream()
			.sorted(Comparator.comparingInt(
					e -> FIELD_ORDER.indexOf(e.field()) < 0 ? Integer.MAX_VALUE : FIELD_ORDER.indexOf(e.field())))
			.toList();
	}

	private String newPage(Model model) {
		options(model);
		return "admin/user-new";
	}

	private String editPage(UserView user, Model model) {
		options(model);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("user", user);
		model.addAttribute("createdAt", DisplayTime.of(user.createdAt(), locale));
		model.addAttribute("updatedAt", DisplayTime.of(user.updatedAt(), locale));
		return "admin/user-edit";
	}

	/** The choices the signed-in administrator may give: never more than they hold. */
	private void options(Model model) {
		CurrentUser actor = CurrentUsers.get();
		boolean system = actor.has(Role.SYSTEM_ADMIN);
		List<AgencyRef> offered = agencies.all()
			.stream()
			.filter(a -> system || a.ministry().equals(actor.ministry()))
			.toList();
		model.addAttribute("agencyOptions", offered);
		// Roles and clearances beyond the administrator's own are shown but cannot be
		// picked, so editing a more powerful account never drops them silently.
		model.addAttribute("roleOptions", List.of(Role.values()));
		model.addAttribute("grantableRoles",
				Arrays.stream(Role.values()).filter(r -> system || r != Role.SYSTEM_ADMIN).toList());
		model.addAttribute("clearanceOptions", List.of(Classification.values()));
		model.addAttribute("grantableClearances",
				Arrays.stream(Classification.values()).filter(c -> system || actor.clearedFor(c)).toList());
		model.addAttribute("languageOptions", Arrays.stream(Language.values()).map(Language::code).toList());
	}

}
