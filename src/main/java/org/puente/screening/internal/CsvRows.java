package org.puente.screening.internal;

import java.io.BufferedReader;
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

/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, a UTF-8
 * byte-order mark) one record at a time, so a file of millions of rows never sits in
 * memory. The first record is the header; each row knows the line it starts on.
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

	private final BufferedReader in;

	private final List<String> header;

	private long line = 1;

	private Row next;

	public CsvRows(Reader reader) {
		this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
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
			long start = line;
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
			int c = in.read();
			if (c < 0) {
				return null;
			}
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			while (true) {
				if (quoted) {
					if (c < 0) {
						fields.add(field.toString());
						return fields;
					}
					if (c == '"') {
						int d = in.read();
						if (d == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							c = d;
							continue;
						}
					}
					else {
						if (c == '\n') {
							line++;
						}
						field.append((char) c);
					}
				}
				else {
					if (c < 0 || c == '\n') {
						line++;
						fields.add(field.toString());
						return fields;
					}
					if (c == '\r') {
						// dropped: CRLF ends a line at the LF
					}
					else if (c == '"' && field.isEmpty()) {
						quoted = true;
					}
					else if (c == ',') {
						fields.add(field.toString());
						field.setLength(0);
					}
					else {
						field.append((char) c);
					}
				}
				c = in.read();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			in.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One CSV field, quoted when it needs it; a leading formula character is defused. */
	public static String quote(String text) {
		if (text == null) {
			return "";
		}
		String safe = text;
		if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
				|| !safe.equals(text)) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
