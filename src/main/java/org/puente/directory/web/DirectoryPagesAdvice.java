package org.puente.directory.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.Classification;
import org.puente.web.Countries;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every directory page needs besides its own record: country names in the user's
 * language (records store ISO codes) and the classifications the user may read.
 */
@ControllerAdvice(assignableTypes = { PeoplePages.class, AgencyPages.class, AreaPages.class, PartnershipPages.class })
class DirectoryPagesAdvice {

	@ModelAttribute("countries")
	Map<String, String> countries(Locale locale) {
		return Countries.names(locale);
	}

	/** Classifications the signed-in user is cleared for, lowest first. */
	@ModelAttribute("classifications")
	java.util.List<Classification> classifications() {
		Optional<CurrentUser> user = CurrentUsers.find();
		return Arrays.stream(Classification.values())
			.filter(c -> user.map(u -> u.clearedFor(c)).orElse(false))
			.toList();
	}

}
