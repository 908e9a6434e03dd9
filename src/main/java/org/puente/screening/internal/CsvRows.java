package org.puente.screening.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV (RFC 4180, with Commons CSV; a UTF-8 byte-order mark is dropped) one record
 * at a time, so a file of millions of rows never sits in memory. The first record is the
 * header; each row knows the line it starts on.
 */
public final class CsvRows implements Iterator<CsvRows.Row>, AutoCloseable {

	/**
	 * One data row: its first line number (the header is line 1) and values by header.
	 */
	public record Row(long line, Map<String, String> values) {

		public String get(String column) {
			String value = values.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> header;

	/**
	 * Lines read up to the end of the last record: the next record starts on the one
	 * after.
	 */
	private long lineEnd;

	private Row next;

	public CsvRows(Reader reader) {
		try {
			this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.records = parser.iterator();
		List<String> first = record();
		if (first == null) {
			this.header = List.of();
		}
		else {
			List<String> names = new ArrayList<>();
			for (String name : first) {
				names.add(name.strip().toLowerCase(Locale.ROOT));
			}
			if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
				names.set(0, names.get(0).substring(1));
			}
			this.header = List.copyOf(names);
		}
	}

	public List<String> header() {
		return header;
	}

	@Override
	public boolean hasNext() {
		while (next == null) {
			long start = lineEnd + 1;
			List<String> fields = record();
			if (fields == null) {
				return false;
			}
			if (fields.size() == 1 && fields.get(0).isBlank()) {
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				values.put(header.get(i), i < fields.size() ? fields.get(i) : null);
			}
			if (fields.size() > header.size()) {
				values.put("#extra", String.valueOf(fields.size() - header.size()));
			}
			next = new Row(start, values);
		}
		return true;
	}

	@Override
	public Row next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Row row = next;
		next = null;
		return row;
	}

	/** One record, or null at the end of the input. */
	private List<String> record() {
		try {
			if (!records.hasNext()) {
				return null;
			}
			List<String> fields = records.next().toList();
			lineEnd = parser.getCurrentLineNumber();
			return fields;
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			// A quote out of place: the whole file is refused, naming the line it starts
			// on.
			throw new Watchlists.RowsRefused(
					List.of(new Watchlists.RowsRefused.RowError(lineEnd + 1, "row", "malformed.csv")));
		}
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
