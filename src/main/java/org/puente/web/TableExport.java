package org.puente.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list as a download a spreadsheet opens correctly and safely. CSV: UTF-8 with a
 * byte-order mark (so Excel shows Vietnamese correctly), CRLF line ends, fields quoted
 * when they need it, formulas defused. XLSX: a header row that stays in view and filters,
 * dates as real dates, numbers as numbers, columns as wide as their content.
 */
public final class TableExport {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Excel's limit on the characters of a cell. */
	private static final int CELL_MAX = 32_767;

	private static final int WIDTH_MIN = 6;

	private static final int WIDTH_MAX = 60;

	private TableExport() {
	}

	/** One column: its header and how to read its value from a row. */
	public record Column<T>(String header, Function<T, Object> value) {
	}

	public static <T> ResponseEntity<byte[]> csv(String name, List<Column<T>> columns, Collection<T> rows) {
		StringBuilder out = new StringBuilder();
		out.append(columns.stream().map(c -> quote(c.header())).collect(Collectors.joining(","))).append("\r\n");
		for (T row : rows) {
			out.append(columns.stream().map(c -> quote(text(c.value().apply(row)))).collect(Collectors.joining(",")))
				.append("\r\n");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(BOM);
		bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
		return attachment(name + ".csv", CSV, bytes.toByteArray());
	}

	/** One worksheet named {@code sheet}, the header row first. */
	public static <T> ResponseEntity<byte[]> xlsx(String name, String sheet, List<Column<T>> columns,
			Collection<T> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Puente", "1.0");
			Worksheet ws = workbook.newWorksheet(sheetName(sheet));
			double[] widths = new double[columns.size()];
			for (int c = 0; c < columns.size(); c++) {
				String header = columns.get(c).header();
				ws.value(0, c, header);
				widths[c] = header.length() + 2;
			}
			if (!columns.isEmpty()) {
				ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDE4EE").set();
			}
			int r = 1;
			for (T row : rows) {
				for (int c = 0; c < columns.size(); c++) {
					widths[c] = Math.max(widths[c], write(ws, r, c, columns.get(c).value().apply(row)));
				}
				r++;
			}
			for (int c = 0; c < columns.size(); c++) {
				ws.width(c, Math.min(Math.max(widths[c], WIDTH_MIN), WIDTH_MAX));
			}
			ws.freezePane(0, 1);
			if (!columns.isEmpty()) {
				ws.setAutoFilter(0, 0, columns.size() - 1);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return attachment(name + ".xlsx", XLSX, bytes.toByteArray());
	}

	/** Writes one cell; answers the width (in characters) its value needs. */
	private static double write(Worksheet ws, int r, int c, Object value) {
		if (value == null) {
			return 0;
		}
		if (value instanceof LocalDate date) {
			ws.value(r, c, date);
			ws.style(r, c).format("yyyy-mm-dd").set();
			return 12;
		}
		if (value instanceof Instant at) {
			ws.value(r, c, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
			ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
			return 18;
		}
		if (value instanceof Number number) {
			ws.value(r, c, number);
			return String.valueOf(number).length() + 2;
		}
		if (value instanceof Boolean flag) {
			ws.value(r, c, flag);
			return 7;
		}
		String text = text(value);
		if (text.length() > CELL_MAX) {
			text = text.substring(0, CELL_MAX);
		}
		ws.value(r, c, text);
		return text.lines().mapToInt(String::length).max().orElse(0) + 2;
	}

	/** Excel refuses sheet names over 31 characters or with any of []:*?/\. */
	static String sheetName(String name) {
		String clean = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
		if (clean.isEmpty()) {
			clean = "Puente";
		}
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}

	private static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> items) {
			List<String> parts = new ArrayList<>();
			items.forEach(item -> parts.add(String.valueOf(item)));
			return String.join("; ", parts);
		}
		return String.valueOf(value);
	}

	/** One CSV field, quoted when it needs it; a leading formula character is defused. */
	public static String quote(String text) {
		if (text == null) {
			return "";
		}
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
