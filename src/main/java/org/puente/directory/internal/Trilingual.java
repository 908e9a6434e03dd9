package org.puente.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A text kept in Vietnamese, Spanish and English. */
@Embeddable
public record Trilingual(@Column(name = "name_vi") String vi, @Column(name = "name_es") String es,
		@Column(name = "name_en") String en) {

	/** The text in the given language code, falling back to English. */
	public String in(String language) {
		String text = switch (language == null ? "en" : language) {
			case "vi" -> vi;
			case "es" -> es;
			default -> en;
		};
		return text == null || text.isBlank() ? en : text;
	}

}
