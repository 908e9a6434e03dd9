package org.puente.directory;

import java.util.List;

/**
 * An agency or unit as the directory shows it; {@code depth} is its level below the
 * ministry.
 */
public record AgencyView(String code, String parent, String ministry, int depth, String kind, String country,
		Names names, String abbreviations, List<String> alternativeNames, long version) {

	/** A text in Vietnamese, Spanish and English. */
	public record Names(String vi, String es, String en) {

		public String in(String language) {
			String text = switch (language == null ? "en" : language) {
				case "vi" -> vi;
				case "es" -> es;
				default -> en;
			};
			return text == null || text.isBlank() ? en : text;
		}

	}

}
