package org.puente.exchange;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.puente.security.CurrentUser;
import org.puente.shared.Classification;

/**
 * Who may read an exchange message. A message's readers are the users of the sending
 * ministry ({@code ministry:MPS}) and the users of each addressed unit and of the units
 * below it ({@code unit:MININT-DGCI}); each of them also needs a clearance at or above
 * the message's classification. Nobody else sees it anywhere: not in lists, search,
 * counts, timelines or live updates.
 */
public final class Readers {

	private Readers() {
	}

	public static String ministry(String code) {
		return "ministry:" + code;
	}

	public static String unit(String code) {
		return "unit:" + code;
	}

	/** The reader keys a user holds: their ministry and their own unit. */
	public static Set<String> keysOf(CurrentUser user) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(ministry(user.ministry().code()));
		keys.add(unit(user.agency().code()));
		return keys;
	}

	/** Whether the user may read a message with these reader keys and this marking. */
	public static boolean mayRead(CurrentUser user, Collection<String> readers, Classification classification) {
		return user.clearedFor(classification) && keysOf(user).stream().anyMatch(readers::contains);
	}

}
