package org.puente.security.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.puente.security.Role;
import org.puente.security.UserAdministration.NewUser;
import org.puente.security.UserAdministration.UserChange;
import org.puente.security.UserView;
import org.puente.shared.Classification;

/**
 * What the user form sends back, kept as typed so a refused form shows the same values.
 * Passwords travel separately and are never put back into a page.
 */
record UserForm(String username, String fullName, String agency, List<String> roles, String clearance, String language,
		Boolean enabled, Long version) {

	static UserForm blank(String language) {
		return new UserForm("", "", "", List.of(Role.VIEWER.name()), Classification.UNCLASSIFIED.name(), language, true,
				null);
	}

	static UserForm of(UserView user) {
		return new UserForm(user.username(), user.fullName(), user.agency(),
				user.roles().stream().map(Role::name).toList(), user.clearance().name(), user.language(),
				user.enabled(), user.version());
	}

	/** Whether the form holds {@code role}: checks its box again on a re-render. */
	public boolean holds(Role role) {
		return roles != null && roles.contains(role.name());
	}

	NewUser toNewUser(String password) {
		return new NewUser(username, password, fullName, agency, roleSet(), clearanceValue(), language);
	}

	UserChange toChange() {
		return new UserChange(fullName, agency, roleSet(), clearanceValue(), language, Boolean.TRUE.equals(enabled),
				version);
	}

	private Set<Role> roleSet() {
		Set<Role> set = EnumSet.noneOf(Role.class);
		if (roles != null) {
			for (String name : roles) {
				for (Role role : Role.values()) {
					if (role.name().equals(name)) {
						set.add(role);
					}
				}
			}
		}
		return set;
	}

	private Classification clearanceValue() {
		for (Classification c : Classification.values()) {
			if (c.name().equals(clearance)) {
				return c;
			}
		}
		return null;
	}

}
