package org.puente.screening.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.puente.web.TableExport;
import org.puente.screening.internal.CsvRows;
import org.puente.screening.internal.WatchlistImport;
import org.puente.screening.internal.Watchlists;
import org.puente.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a ministry's watchlist in the import formats (CSV with a byte-order mark so
 * Excel keeps the diacritics; a JSON array), so an export imports again unchanged.
 */
final class WatchlistFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WatchlistFiles() {
	}

	static void csv(Watchlists watchlists, CurrentUser user, String kind, Writer out) throws IOException {
		out.write('\uFEFF');
		if (kind.equals("persons")) {
			out.write(String.join(",", WatchlistImport.PERSON_COLUMNS) + "\r\n");
			watchlists.exportPersons(user,
					p -> write(out,
							List.of(p.fullName(), String.join("|", p.aliases()), text(p.birthDate()), text(p.sex()),
									String.join("|", p.nationalities()), String.join("|", p.documents()), p.category(),
									p.legalBasis(), text(p.validFrom()), text(p.validUntil()), p.handlingCode(),
									p.contactUnit())));
		}
		else {
			out.write(String.join(",", WatchlistImport.DOCUMENT_COLUMNS) + "\r\n");
			watchlists.exportDocuments(user, d -> write(out, List.of(d.number(), d.type(), d.issuingCountry(),
					d.status(), text(d.reportedOn()), d.contactUnit())));
		}
		out.flush();
	}

	static void json(Watchlists watchlists, CurrentUser user, String kind, Writer out) throws IOException {
		out.write("[");
		boolean[] first = { true };
		if (kind.equals("persons")) {
			watchlists.exportPersons(user, p -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("fullName", p.fullName());
				m.put("aliases", p.aliases());
				m.put("birthDate", p.birthDate());
				m.put("sex", p.sex());
				m.put("nationalities", p.nationalities());
				m.put("documents", p.documents());
				m.put("category", p.category());
				m.put("legalBasis", p.legalBasis());
				m.put("validFrom", p.validFrom() == null ? null : p.validFrom().toString());
				m.put("validUntil", p.validUntil() == null ? null : p.validUntil().toString());
				m.put("handlingCode", p.handlingCode());
				m.put("contactUnit", p.contactUnit());
				item(out, m, first);
			});
		}
		else {
			watchlists.exportDocuments(user, d -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("number", d.number());
				m.put("type", d.type());
				m.put("issuingCountry", d.issuingCountry());
				m.put("status", d.status());
				m.put("reportedOn", d.reportedOn() == null ? null : d.reportedOn().toString());
				m.put("contactUnit", d.contactUnit());
				item(out, m, first);
			});
		}
		out.write("\n]\n");
		out.flush();
	}

	private static void item(Writer out, Map<String, Object> m, boolean[] first) {
		try {
			out.write(first[0] ? "\n  " : ",\n  ");
			first[0] = false;
			out.write(JSON.writeValueAsString(m));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Writer out, List<String> values) {
		try {
			out.write(String.join(",", values.stream().map(TableExport::quote).toList()));
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
