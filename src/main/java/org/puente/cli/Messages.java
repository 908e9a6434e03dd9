package org.puente.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * English wording of refusal reasons for the command line, from the same bundle as the
 * UI.
 */
final class Messages {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/messages", Locale.ROOT);

	private Messages() {
	}

	static String reason(String reason) {
		String key = "reason." + reason;
		return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : reason;
	}

}
