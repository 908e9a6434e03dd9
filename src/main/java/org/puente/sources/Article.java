package org.puente.sources;

import java.time.LocalDate;

/**
 * An article as imported: its plain text and what is known about it.
 *
 * @param published publication date, or {@code null} when unknown
 * @param language ISO 639-1 code, or {@code null} to detect
 */
public record Article(String title, String text, String outlet, String url, LocalDate published, String language) {

}
