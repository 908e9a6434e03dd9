package org.puente.registry.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.puente.web.TableExport;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;

/**
 * A registry list as a download. The API's CSV keeps stable machine headers
 * ({@code start_date}); the pages' CSV and XLSX word them in the user's language
 * ({@code feeds.column.start_date}).
 */
final class Csv {

	static final String MEDIA_TYPE = "text/csv";

	private Csv() {
	}

	/** One column: its machine header and how to read it from a row. */
	record Column<T>(String header, Function<T, Object> value) {
	}

	/** The CSV with machine headers, as the API answers. */
	static <T> ResponseEntity<byte[]> of(String name, List<Column<T>> columns, Collection<T> rows) {
		return TableExport.csv(name,
				columns.stream().map(c -> new TableExport.Column<>(c.header(), c.value())).toList(), rows);
	}

	/** The CSV a list page offers: headers in the user's language. */
	static <T> ResponseEntity<byte[]> page(String name, List<Column<T>> columns, Collection<T> rows,
			MessageSource messages, Locale locale) {
		return TableExport.csv(name, localized(columns, messages, locale), rows);
	}

	/** The XLSX a list page offers: headers in the user's language, a sheet named so. */
	static <T> ResponseEntity<byte[]> xlsx(String name, List<Column<T>> columns, Collection<T> rows,
			MessageSource messages, Locale locale) {
		return TableExport.xlsx(name, messages.getMessage("feeds.sheet." + name, null, name, locale),
				localized(columns, messages, locale), rows);
	}

	static <T> List<TableExport.Column<T>> localized(List<Column<T>> columns, MessageSource messages, Locale locale) {
		return columns.stream()
			.map(c -> new TableExport.Column<>(
					messages.getMessage("feeds.column." + c.header(), null, c.header(), locale), c.value()))
			.toList();
	}

}
