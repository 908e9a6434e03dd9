package org.puente.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.puente.security.CurrentUser;
import org.puente.shared.Checks;
import org.puente.shared.InvalidInput;
import org.puente.screening.internal.Watchlists.DocumentForm;
import org.puente.screening.internal.Watchlists.DocumentView;
import org.puente.screening.internal.Watchlists.PersonForm;
import org.puente.screening.internal.Watchlists.PersonView;
import org.puente.screening.internal.Watchlists.RowsRefused;
import org.puente.screening.internal.Watchlists.RowsRefused.RowError;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import org.springframework.stereotype.Service;

/**
 * Imports watchlist entries from CSV or JSON: every row is validated first, and only when
 * all are good are they written, in one transaction; otherwise nothing is written and
 * each bad row is reported with its line number and reason. Large files run as a
 * background job with progress.
 */
@Service
public class WatchlistImport {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WatchlistImport.class);

	/** The columns of a person CSV; list columns separate values with {@code |}. */
	public static final List<String> PERSON_COLUMNS = List.of("full_name", "aliases", "birth_date", "sex",
			"nationalities", "documents", "category", "legal_basis", "valid_from", "valid_until", "handling_code",
			"contact_unit");

	/** The columns of a document CSV. */
	public static final List<String> DOCUMENT_COLUMNS = List.of("number", "type", "issuing_country", "status",
			"reported_on", "contact_unit");

	/** How an import file is written. */
	public enum Format {

		CSV, JSON;

		/** JSON when the name or content type says so, CSV otherwise. */
		public static Format of(String fileName, String contentType) {
			if ((fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
					|| (contentType != null && contentType.contains("json"))) {
				return JSON;
			}
			return CSV;
		}

	}

	private final Watchlists watchlists;

	private final ScreeningAccess access;

	private final ScreeningJobs jobs;

	WatchlistImport(Watchlists watchlists, ScreeningAccess access, ScreeningJobs jobs) {
		this.watchlists = watchlists;
		this.access = access;
		this.jobs = jobs;
	}

	/** Imports a file in the background; the file is deleted when done. */
	public ScreeningJobs.Job start(CurrentUser user, String kind, Path file, String fileName, Format format) {
		access.requireWatchlistEditor(user);
		if (!kind.equals("persons") && !kind.equals("documents")) {
			throw new InvalidInput("kind", "invalid.choice");
		}
		return jobs.start(user, "IMPORT_" + kind.toUpperCase(java.util.Locale.ROOT), fileName, job -> {
			try {
				job.total(format == Format.CSV ? 2 * countLines(file) : 0);
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					int written = run(user, kind, reader, fileName, format, job);
					job.succeeded(written, 0, null);
					LOG.info("Screening import {}: {} {} in {} ms", job.getId(), written, kind,
							java.time.Duration.between(job.getStartedAt(), java.time.Instant.now()).toMillis());
				}
			}
			finally {
				Files.deleteIfExists(file);
			}
		});
	}

	/** Imports at once (the API); throws {@link RowsRefused} naming every bad row. */
	public int now(CurrentUser user, String kind, InputStream in, String fileName, Format format) throws IOException {
		access.requireWatchlistEditor(user);
		ScreeningJobs.Job job = new ScreeningJobs.Job("IMPORT", user.ministry().code(), user.username(), fileName);
		try (Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return run(user, kind, reader, fileName, format, job);
		}
	}

	private int run(CurrentUser user, String kind, Reader reader, String fileName, Format format, ScreeningJobs.Job job)
			throws IOException {
		if (kind.equals("persons")) {
			List<PersonView> rows = persons(user, reader, format, job);
			long base = job.getDone();
			job.total(Math.max(job.getTotal(), base + rows.size()));
			return watchlists.importPersons(user, rows, fileName, n -> job.progress(base + n));
		}
		if (kind.equals("documents")) {
			List<DocumentView> rows = documents(user, reader, format, job);
			long base = job.getDone();
			job.total(Math.max(job.getTotal(), base + rows.size()));
			return watchlists.importDocuments(user, rows, fileName, n -> job.progress(base + n));
		}
		throw new InvalidInput("kind", "invalid.choice");
	}

	private List<PersonView> persons(CurrentUser user, Reader reader, Format format, ScreeningJobs.Job job) {
		List<PersonView> out = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		Row.Sink<PersonForm> sink = (line, form) -> {
			Checks checks = new Checks();
			PersonView value = watchlists.validPerson(checks, "", form, user.ministry(), user.agency(),
					UUID.randomUUID(), 0);
			try {
				checks.orThrow();
				out.add(value);
			}
			catch (InvalidInput ex) {
				errors.addAll(Watchlists.rowErrors(line, ex));
			}
			job.step();
		};
		if (format == Format.JSON) {
			json(reader, PersonForm.class, sink, errors);
		}
		else {
			csv(reader, PERSON_COLUMNS, "full_name", errors,
					row -> sink.accept(row.line(),
							new PersonForm(row.get("full_name"), split(row.get("aliases")), row.get("birth_date"),
									row.get("sex"), split(row.get("nationalities")), split(row.get("documents")),
									row.get("category"), row.get("legal_basis"), row.get("valid_from"),
									row.get("valid_until"), row.get("handling_code"), row.get("contact_unit"), null)));
		}
		if (!errors.isEmpty()) {
			throw new RowsRefused(errors);
		}
		if (out.isEmpty()) {
			throw new RowsRefused(List.of(new RowError(1, "file", "no.rows")));
		}
		return out;
	}

	private List<DocumentView> documents(CurrentUser user, Reader reader, Format format, ScreeningJobs.Job job) {
		List<DocumentView> out = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		Row.Sink<DocumentForm> sink = (line, form) -> {
			Checks checks = new Checks();
			DocumentView value = watchlists.validDocument(checks, "", form, user.ministry(), user.agency(),
					UUID.randomUUID());
			try {
				checks.orThrow();
				out.add(value);
			}
			catch (InvalidInput ex) {
				errors.addAll(Watchlists.rowErrors(line, ex));
			}
			job.step();
		};
		if (format == Format.JSON) {
			json(reader, DocumentForm.class, sink, errors);
		}
		else {
			csv(reader, DOCUMENT_COLUMNS, "number", errors,
					row -> sink.accept(row.line(),
							new DocumentForm(row.get("number"), row.get("type"), row.get("issuing_country"),
									row.get("status"), row.get("reported_on"), row.get("contact_unit"), null)));
		}
		if (!errors.isEmpty()) {
			throw new RowsRefused(errors);
		}
		if (out.isEmpty()) {
			throw new RowsRefused(List.of(new RowError(1, "file", "no.rows")));
		}
		return out;
	}

	private static void csv(Reader reader, List<String> columns, String required, List<RowError> errors,
			java.util.function.Consumer<CsvRows.Row> each) {
		try (CsvRows rows = new CsvRows(reader)) {
			if (!rows.header().contains(required)) {
				errors.add(new RowError(1, required, "missing.column"));
				return;
			}
			for (String name : rows.header()) {
				if (!columns.contains(name)) {
					errors.add(new RowError(1, name, "unknown.column"));
				}
			}
			if (!errors.isEmpty()) {
				return;
			}
			while (rows.hasNext()) {
				CsvRows.Row row = rows.next();
				if (row.values().containsKey("#extra")) {
					errors.add(new RowError(row.line(), "row", "too.many.fields"));
					continue;
				}
				each.accept(row);
			}
		}
	}

	private static <T> void json(Reader reader, Class<T> type, Row.Sink<T> sink, List<RowError> errors) {
		try (JsonParser parser = Watchlists.JSON.createParser(reader)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				errors.add(new RowError(parser.currentTokenLocation().getLineNr(), "file", "json.array.expected"));
				return;
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				long line = parser.currentTokenLocation().getLineNr();
				T form;
				try {
					form = Watchlists.JSON.readerFor(type)
						.without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
						.readValue(parser);
				}
				catch (tools.jackson.core.JacksonException ex) {
					errors.add(new RowError(line, "row", "unreadable"));
					return;
				}
				sink.accept(line, form);
			}
		}
		catch (tools.jackson.core.JacksonException ex) {
			errors.add(new RowError(ex.getLocation() == null ? 1 : ex.getLocation().getLineNr(), "file", "unreadable"));
		}
	}

	private static List<String> split(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\|")).map(String::strip).toList();
	}

	static long countLines(Path file) throws IOException {
		try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
			return Math.max(0, lines.count() - 1);
		}
		catch (java.io.UncheckedIOException ex) {
			return 0;
		}
	}

	/** A parsed row handed on with its line. */
	private static final class Row {

		interface Sink<T> {

			void accept(long line, T form);

		}

	}

}
