package org.puente.registry.internal;

import jakarta.persistence.Embeddable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * A text kept in Vietnamese, Spanish and English; at least one is given. Searched without
 * regard to case or diacritics, so "an ninh mang" finds "an ninh mạng".
 */
@Embeddable
public record Texts(@FullTextField(analyzer = "text", projectable = Projectable.YES, highlightable = {
		Highlightable.PLAIN, Highlightable.UNIFIED }) String vi,
		@FullTextField(analyzer = "text", projectable = Projectable.YES,
				highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED }) String es,
		@FullTextField(analyzer = "text", projectable = Projectable.YES,
				highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED }) String en){

	public static Texts of(String vi, String es, String en) {
		return new Texts(clean(vi), clean(es), clean(en));
	}

	/** The text in a language, else English, Spanish, Vietnamese: whichever exists. */
	public String in(String language) {
		String wanted = switch (language == null ? "en" : language) {
			case "vi" -> vi;
			case "es" -> es;
			default -> en;
		};
		if (wanted != null) {
			return wanted;
		}
		return en != null ? en : es != null ? es : vi;
	}

	public boolean empty() {
		return vi == null && es == null && en == null;
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
