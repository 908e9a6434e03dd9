package org.puente.sources.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The imported articles and the citations of accepted records, in plain SQL: an article
 * is written once and then only changes its review state, so there is no entity to track.
 */
@Repository
class Articles {

	private static final String COLUMNS = "id, label, title, outlet, url, published, language, file_name, charset, body,"
			+ " content_hash, review_state, reject_reason, reviewed_by, reviewed_at, engagement_id, owner_agency,"
			+ " imported_by, imported_at, version";

	private final JdbcTemplate jdbc;

	Articles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An article's id and title, to link a duplicate to. */
	record Known(UUID id, String title, String label) {
	}

	/** The signature of every article, to look for near-duplicates. */
	record Signature(UUID id, String minhash) {
	}

	/** Filters of the list; null fields do not filter. */
	record Filter(String state, String language, String query) {
	}

	void insert(StoredArticle a, String minhash, String extractionJson) {
		jdbc.update(
				"insert into source_article(" + COLUMNS + ", minhash, extraction) values"
						+ " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				a.id(), a.label(), a.title(), a.outlet(), a.url(), a.published(), a.language(), a.fileName(),
				a.charset(), a.text(), a.contentHash(), a.state(), a.rejectReason(), a.reviewedBy(),
				timestamp(a.reviewedAt()), a.engagementId(), a.ownerAgency(), a.importedBy(), timestamp(a.importedAt()),
				a.version(), minhash, extractionJson);
	}

	Optional<StoredArticle> find(UUID id) {
		return jdbc.query("select " + COLUMNS + " from source_article where id = ?", (rs, n) -> map(rs), id)
			.stream()
			.findFirst();
	}

	Optional<Known> byHash(String hash) {
		return jdbc
			.query("select id, title, label from source_article where content_hash = ?",
					(rs, n) -> new Known(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("label")),
					hash)
			.stream()
			.findFirst();
	}

	List<Signature> signatures() {
		return jdbc.query("select id, minhash from source_article",
				(rs, n) -> new Signature(rs.getObject("id", UUID.class), rs.getString("minhash")));
	}

	Optional<String> extraction(UUID id) {
		return jdbc.query("select extraction from source_article where id = ?", (rs, n) -> rs.getString(1), id)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	void saveExtraction(UUID id, String json) {
		jdbc.update("update source_article set extraction = ? where id = ?", json, id);
	}

	/**
	 * Moves a pending article to its review outcome; false when it was no longer pending.
	 */
	boolean review(UUID id, long version, StoredArticle.State state, String reason, String by, UUID engagement) {
		return jdbc.update(
				"update source_article set review_state = ?, reject_reason = ?, reviewed_by = ?, reviewed_at = ?,"
						+ " engagement_id = ?, version = version + 1 where id = ? and version = ? and review_state = ?",
				state.name(), reason, by, timestamp(Instant.now()), engagement, id, version,
				StoredArticle.State.PENDING.name()) == 1;
	}

	Page<StoredArticle> list(Filter filter, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (filter.state() != null) {
			where.append(" and review_state = ?");
			args.add(filter.state());
		}
		if (filter.language() != null) {
			where.append(" and language = ?");
			args.add(filter.language());
		}
		if (filter.query() != null) {
			where.append(" and (lower(title) like ? or lower(outlet) like ? or lower(label) like ?)");
			String like = "%" + filter.query().toLowerCase(Locale.ROOT) + "%";
			args.add(like);
			args.add(like);
			args.add(like);
		}
		Long total = jdbc.queryForObject("select count(*) from source_article" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<StoredArticle> rows = jdbc.query("select " + COLUMNS + " from source_article" + where
				+ " order by imported_at desc, id limit ? offset ?", (rs, n) -> map(rs), pageArgs.toArray());
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	void cite(UUID article, String recordType, UUID recordId, Integer start, Integer end, String quote, String by) {
		jdbc.update(
				"insert into source_citation(id, article_id, record_type, record_id, span_start, span_end, quote,"
						+ " cited_by, cited_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), article, recordType, recordId, start, end, quote, by, timestamp(Instant.now()));
	}

	/** A citation with its article's title, outlet and date. */
	record CitationRow(UUID article, String label, String title, String outlet, LocalDate published, String recordType,
			UUID recordId, Integer start, Integer end, String quote) {
	}

	List<CitationRow> citationsOf(String recordType, UUID recordId) {
		return jdbc.query("select c.article_id, a.label, a.title, a.outlet, a.published, c.record_type, c.record_id,"
				+ " c.span_start, c.span_end, c.quote from source_citation c join source_article a"
				+ " on a.id = c.article_id where c.record_type = ? and c.record_id = ?"
				+ " order by a.published, a.imported_at", (rs, n) -> citation(rs), recordType, recordId);
	}

	List<CitationRow> citationsFrom(UUID article) {
		return jdbc.query(
				"select c.article_id, a.label, a.title, a.outlet, a.published, c.record_type, c.record_id,"
						+ " c.span_start, c.span_end, c.quote from source_citation c join source_article a"
						+ " on a.id = c.article_id where c.article_id = ? order by c.cited_at, c.record_type",
				(rs, n) -> citation(rs), article);
	}

	private static CitationRow citation(ResultSet rs) throws SQLException {
		return new CitationRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, UUID.class),
				(Integer) rs.getObject(8), (Integer) rs.getObject(9), rs.getString(10));
	}

	private static StoredArticle map(ResultSet rs) throws SQLException {
		return new StoredArticle(rs.getObject("id", UUID.class), rs.getString("label"), rs.getString("title"),
				rs.getString("outlet"), rs.getString("url"), rs.getObject("published", LocalDate.class),
				rs.getString("language"), rs.getString("file_name"), rs.getString("charset"), rs.getString("body"),
				rs.getString("content_hash"), rs.getString("review_state"), rs.getString("reject_reason"),
				rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")),
				rs.getObject("engagement_id", UUID.class), rs.getString("owner_agency"), rs.getString("imported_by"),
				instant(rs.getTimestamp("imported_at")), rs.getLong("version"));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private static java.time.OffsetDateTime timestamp(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}

}
