package org.puente.sources;

import java.time.LocalDate;
import java.util.List;

/**
 * What one article reports, as proposed records for a desk officer to review. Every part
 * carries the span of the article text it came from (character offsets into
 * {@link Article#text()}), so the review screen can highlight it and accepted records can
 * cite it.
 *
 * @param language detected language of the article: "vi", "es" or "en" (or another ISO
 * 639-1 code)
 * @param event when the event took place, or {@code null} when the article does not say
 * @param place where, or {@code null}
 * @param kind talks, visit, signing, meeting, reception or call
 * @param sameEventAs id of an existing engagement (or, in a batch run, the file name of
 * an earlier article) reporting the same event, or {@code null}
 * @param notes what the extractor could not resolve, in plain words ("'on Friday' but no
 * publication date")
 */
public record Extraction(String language, EventDate event, Place place, String kind, Span kindSpan,
		List<Agency> agencies, List<Person> people, List<Agreement> agreements, List<Area> areas,
		List<Commitment> commitments, String sameEventAs, List<String> notes) {

	/** Characters {@code [start, end)} of the article text. */
	public record Span(int start, int end) {
	}

	/**
	 * A date or date range. {@code iso} is the evaluation form: "YYYY-MM-DD",
	 * "YYYY-MM-DD/YYYY-MM-DD", or "XXXX-MM-DD" when the year is unknown.
	 */
	public record EventDate(String iso, LocalDate from, LocalDate to, Span span) {
	}

	/** {@code city} may be null; {@code country} is ISO 3166 alpha-2. */
	public record Place(String city, String country, Span span) {

		/** "City, Country" or "Country", with the country's English name. */
		public String label(java.util.function.Function<String, String> countryName) {
			String c = countryName.apply(country);
			return city == null ? c : city + ", " + c;
		}

	}

	/**
	 * @param agencyCode the directory agency it matched (e.g. "MININT"), or {@code null}
	 * when unknown
	 * @param role host, guest, participant or mentioned
	 */
	public record Agency(String name, String country, String role, String agencyCode, Span span) {
	}

	/**
	 * @param name as written in this article
	 * @param canonical full name without diacritics
	 * @param personId the directory person it matched, or {@code null} (proposed as new)
	 * @param mentions every span naming this person (full name, surname alone...)
	 */
	public record Person(String name, String canonical, String rank, String position, String country, String agencyCode,
			java.util.UUID personId, List<Span> mentions) {
	}

	/**
	 * @param action signed, reviewed or proposed; {@code date} ISO or null
	 */
	public record Agreement(String title, String action, String date, Span span) {
	}

	/**
	 * @param areaCode the taxonomy area matched, or {@code null}
	 */
	public record Area(String phrase, String areaCode, Span span) {
	}

	/**
	 * @param agreed true when both sides agreed; false when one side only proposed,
	 * suggested, requested or hoped
	 * @param proposedBy country (alpha-2) of the side that proposed it when not agreed
	 */
	public record Commitment(String text, boolean agreed, String proposedBy, Span span) {
	}

}
