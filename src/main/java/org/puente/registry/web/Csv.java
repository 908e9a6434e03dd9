package org.puente.registry.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list as CSV: UTF-8 with a byte-order mark (so Excel shows Vietnamese correctly), CRLF
 * line ends, fields quoted when they need it.
 */
final class Csv {

	static final String MEDIA_TYPE = "text/csv";

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Csv() {
	}

	/** One column: its header and how to read it from a row. */
	record Column<T>(String header, Function<T, Object> value) {
	}

	static <T> ResponseEntity<byte[]> of(String name, List<Column<T>> columns, Collection<T> rows) {
		StringBuilder out = new StringBuilder();
		out.append(columns.stream().map(c -> quote(c.header())).collect(Collectors.joining(","))).append("\r\n");
		for (T row : rows) {
			out.append(columns.stream().map(c -> quote(text(c.value().apply(row)))).collect(Collectors.joining(",")))
				.append("\r\n");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(BOM);
		bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
			.body(bytes.toByteArray());
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(String::valueOf).collect(Collectors.joining("; "));
		}
		return String.valueOf(value);
	}

	private static String quote(String text) {
		String safe = text;
		// A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
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
