package org.puente.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names in the reader's language, by ISO 3166 code, sorted as that language
 * sorts.
 */
public final class Countries {

	private Countries() {
	}

	public static Map<String, String> names(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Map<String, String> byCode = new LinkedHashMap<>();
		Arrays.stream(Locale.getISOCountries())
			.map(code -> Map.entry(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(locale)))
			.sorted((a, b) -> collator.compare(a.getValue(), b.getValue()))
			.forEach(e -> byCode.put(e.getKey(), e.getValue()));
		return byCode;
	}

}
