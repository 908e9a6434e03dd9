package org.puente.shared;

import java.util.Locale;
import java.util.Optional;

/** The three working languages of Puente. */
public enum Language {

	VI, ES, EN;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	public static Optional<Language> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (Language language : values()) {
			if (language.code().equalsIgnoreCase(code.trim())) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
