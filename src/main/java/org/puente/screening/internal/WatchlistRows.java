package org.puente.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

/** Reads watchlist rows; list columns hold one value a line. */
final class WatchlistRows {

	private WatchlistRows() {
	}

	static Watchlists.PersonView person(ResultSet rs) throws SQLException {
		return new Watchlists.PersonView(rs.getObject("id", java.util.UUID.class), rs.getString("owner_agency"),
				rs.getString("full_name"), lines(rs.getString("aliases")), rs.getString("birth_date"),
				rs.getString("sex"), lines(rs.getString("nationalities")), lines(rs.getString("documents")),
				rs.getString("category"), rs.getString("legal_basis"), date(rs, "valid_from"), date(rs, "valid_until"),
				rs.getString("handling_code"), rs.getString("contact_unit"), rs.getBoolean("deleted"),
				instant(rs.getTimestamp("updated_at")), rs.getString("updated_by"), rs.getLong("version"));
	}

	static Watchlists.DocumentView document(ResultSet rs) throws SQLException {
		return new Watchlists.DocumentView(rs.getObject("id", java.util.UUID.class), rs.getString("owner_agency"),
				rs.getString("number"), rs.getString("doc_type"), rs.getString("issuing_country"),
				rs.getString("status"), date(rs, "reported_on"), rs.getString("contact_unit"), rs.getBoolean("deleted"),
				instant(rs.getTimestamp("updated_at")), rs.getString("updated_by"), rs.getLong("version"));
	}

	static List<String> lines(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static String join(List<String> values) {
		return values == null || values.isEmpty() ? null : String.join("\n", values);
	}

	private static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static java.time.Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
