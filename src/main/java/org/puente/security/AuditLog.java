package org.puente.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log. Entries are appended inside the transaction
 * that makes the change, so a change and its audit entry commit or roll back together;
 * the single head row is locked while appending, which keeps the chain linear under
 * concurrent writers.
 */
@Component
public class AuditLog {

	private static final ThreadLocal<String> SYSTEM_ACTOR = new ThreadLocal<>();

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Filters for browsing the log; null fields do not filter. */
	public record Filter(String actor, String agency, java.util.Collection<String> scope, String recordType,
			String recordId, String action, LocalDate from, LocalDate to) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null, null, null);
		}

	}

	/**
	 * Runs work whose changes are attributed to a named system actor (seed loader, CLI).
	 */
	public static <T> T runAs(String actor, Supplier<T> work) {
		String previous = SYSTEM_ACTOR.get();
		SYSTEM_ACTOR.set(actor);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				SYSTEM_ACTOR.remove();
			}
			else {
				SYSTEM_ACTOR.set(previous);
			}
		}
	}

	/**
	 * The name changes are attributed to right now: the signed-in user or the system
	 * actor.
	 */
	public static String currentActor() {
		return CurrentUsers.find()
			.map(CurrentUser::username)
			.orElseGet(() -> SYSTEM_ACTOR.get() != null ? SYSTEM_ACTOR.get() : "system");
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public AuditRecord append(String action, String recordType, String recordId, String changes) {
		Map<String, Object> head = jdbc
			.queryForMap("select last_seq, last_hash from audit_head where id = 1 for update");
		long seq = ((Number) head.get("last_seq")).longValue() + 1;
		String prevHash = ((String) head.get("last_hash")).trim();
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String actor = currentActor();
		String agency = CurrentUsers.find().map(u -> u.agency().code()).orElse(null);
		String hash = AuditRecord.hashOf(seq, at, actor, agency, action, recordType, recordId, changes, prevHash);
		jdbc.update(
				"insert into audit_entry(seq, at, actor, actor_agency, action, record_type, record_id, changes,"
						+ " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				seq, at.atOffset(ZoneOffset.UTC), actor, agency, action, recordType, recordId, changes, prevHash, hash);
		jdbc.update("update audit_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
		return new AuditRecord(seq, at, actor, agency, action, recordType, recordId, changes, prevHash, hash);
	}

	@Transactional(readOnly = true)
	public AuditVerification verify() {
		return verify(checked -> {
		});
	}

	/** Verifies the whole chain, reporting progress every 10,000 entries. */
	@Transactional(readOnly = true)
	public AuditVerification verify(java.util.function.LongConsumer progress) {
		AuditVerification.Walker walker = new AuditVerification.Walker();
		long[] seen = { 0 };
		jdbc.query("select * from audit_entry order by seq", (ResultSet rs) -> {
			walker.accept(map(rs));
			if (++seen[0] % 10_000 == 0) {
				progress.accept(seen[0]);
			}
		});
		progress.accept(seen[0]);
		Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1");
		return walker.finish(((Number) head.get("last_seq")).longValue(), ((String) head.get("last_hash")).trim());
	}

	@Transactional(readOnly = true)
	public Page<AuditRecord> search(Filter filter, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> args = new ArrayList<>();
		like(where, args, "lower(actor)", filter.actor());
		equal(where, args, "actor_agency", filter.agency());
		if (filter.scope() != null) {
			where.append(" and actor_agency in (")
				.append(String.join(", ", java.util.Collections.nCopies(Math.max(filter.scope().size(), 1), "?")))
				.append(")");
			args.addAll(filter.scope().isEmpty() ? List.of("-") : filter.scope());
		}
		equal(where, args, "record_type", filter.recordType());
		equal(where, args, "record_id", filter.recordId());
		equal(where, args, "action", filter.action());
		if (filter.from() != null) {
			where.append(" and at >= ?");
			args.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			where.append(" and at < ?");
			args.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		Long total = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<AuditRecord> rows = jdbc.query("select * from audit_entry" + where + " order by seq desc limit ? offset ?",
				(rs, n) -> map(rs), pageArgs.toArray());
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	private static void like(StringBuilder where, List<Object> args, String column, String value) {
		if (value != null && !value.isBlank()) {
			where.append(" and ").append(column).append(" like ?");
			args.add("%" + value.trim().toLowerCase(java.util.Locale.ROOT) + "%");
		}
	}

	private static void equal(StringBuilder where, List<Object> args, String column, String value) {
		if (value != null && !value.isBlank()) {
			where.append(" and ").append(column).append(" = ?");
			args.add(value.trim());
		}
	}

	private static AuditRecord map(ResultSet rs) throws SQLException {
		Timestamp at = rs.getTimestamp("at");
		return new AuditRecord(rs.getLong("seq"), at.toInstant(), rs.getString("actor"), rs.getString("actor_agency"),
				rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("changes"),
				rs.getString("prev_hash").trim(), rs.getString("hash").trim());
	}

}
