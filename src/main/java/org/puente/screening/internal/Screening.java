package org.puente.screening.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.exchange.InformationRequests;
import org.puente.exchange.ReceiptKind;
import org.puente.exchange.ReceiptRecorded;
import org.puente.names.BirthDate;
import org.puente.names.NameMatching;
import org.puente.names.Probe;
import org.puente.screening.PurposeCategory;
import org.puente.security.AuditLog;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.Checks;
import org.puente.shared.Classification;
import org.puente.shared.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hit/no-hit checks against the watchlists (step 1), the notices the owner of a matched
 * entry receives, follow-up requests (step 2) and the query log. The asking side learns
 * only HIT or NO HIT, an opaque reference per hit and why it scored; the entry's data
 * reaches it only through the owner's answer to a follow-up.
 */
@Service
public class Screening {

	/** Most hits reported for one check. */
	static final int HIT_LIMIT = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] REFERENCE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final JdbcTemplate jdbc;

	private final WatchlistIndex index;

	private final ScreeningAccess access;

	private final AuditLog audit;

	private final InformationRequests exchange;

	private final MessageSource messages;

	private final int retentionDays;

	private final Clock clock;

	Screening(JdbcTemplate jdbc, WatchlistIndex index, ScreeningAccess access, AuditLog audit,
			InformationRequests exchange, MessageSource messages,
			@Value("${puente.screening.log-retention-days:730}") int retentionDays) {
		this.jdbc = jdbc;
		this.index = index;
		this.access = access;
		this.audit = audit;
		this.exchange = exchange;
		this.messages = messages;
		this.retentionDays = retentionDays;
		this.clock = Clock.systemUTC();
	}

	/** What a check asks about, and why. */
	public record CheckForm(List<String> names, String birthDate, String nationality, String documentNumber,
			String purposeCategory, String purpose) {
	}

	/** The answer to a check: HIT with one reference per matched entry, or NO_HIT. */
	public record CheckResult(UUID check, String result, List<HitView> hits) {

		public boolean hit() {
			return !hits.isEmpty();
		}

	}

	/**
	 * One hit as the asking side sees it: the reference, which ministry holds the entry,
	 * the score and its explanation, never the entry itself.
	 */
	public record HitView(String reference, String kind, String agency, double score, List<String> explanation) {
	}

	/** A hit as its asker's ministry sees it later, with its follow-ups. */
	public record AskedHit(String reference, Instant at, String asker, String kind, String agency, double score,
			List<String> explanation, String purpose, List<FollowUpView> followUps) {
	}

	/** What the owner of a matched entry is told. */
	public record NoticeView(UUID id, String reference, Instant at, String asker, String askerAgency,
			String purposeCategory, String purpose, String probe, String entryKind, UUID entryId, String entryLabel,
			String contactUnit, double score, List<String> explanation, List<FollowUpView> followUps) {

		public boolean open() {
			return followUps.stream().anyMatch(f -> f.answeredAt() == null);
		}

	}

	/**
	 * A request for information about a hit, sent as a request in the exchange: the case
	 * ({@code /exchange/cases/{exchangeCaseId}}) and message it opened, the unit it went
	 * to, and when and by whom the owner answered there (the answer itself is read in the
	 * exchange case, under the exchange's clearance and handling rules).
	 */
	public record FollowUpView(UUID id, String reference, Instant requestedAt, String requestedBy,
			String requesterAgency, String question, String addressee, UUID exchangeCaseId,
			String exchangeCaseReference, UUID exchangeMessageId, Instant answeredAt, String answeredBy) {

		public boolean answered() {
			return answeredAt != null;
		}

	}

	/** One line of the query log. */
	public record LogEntry(UUID id, Instant at, String actor, String actorAgency, String purposeCategory,
			String purpose, String probe, String result, int hits, UUID batch, Integer batchRows) {
	}

	/** The validated content of a check, ready to run. */
	record Query(List<String> names, BirthDate birth, String nationality, String document) {

		String describe() {
			List<String> parts = new ArrayList<>();
			if (!names.isEmpty()) {
				parts.add(String.join(" / ", names));
			}
			if (birth != null) {
				parts.add(birth.toString());
			}
			if (nationality != null) {
				parts.add(nationality);
			}
			if (document != null) {
				parts.add(document);
			}
			String text = String.join("; ", parts);
			return text.length() > 2000 ? text.substring(0, 2000) : text;
		}

	}

	/** The purpose of a check, validated. */
	record Purpose(String category, String text) {
	}

	// ---------------------------------------------------------------- checks

	@Transactional
	public CheckResult check(CurrentUser user, CheckForm form) {
		access.requireChecker(user);
		Checks checks = new Checks();
		Purpose purpose = purpose(checks, form.purposeCategory(), form.purpose());
		Query query = query(checks, "", form.names(), form.birthDate(), form.nationality(), form.documentNumber());
		checks.orThrow();
		List<WatchlistIndex.Found> found = run(query, access.screenedOwners(user), today());
		UUID checkId = UUID.randomUUID();
		OffsetDateTime at = Watchlists.now();
		String probe = query.describe();
		jdbc.update(
				"insert into screening_check(id, at, actor, actor_agency, actor_ministry, purpose_category,"
						+ " purpose, probe, result, hits) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				checkId, at, user.username(), user.agency().code(), user.ministry().code(), purpose.category(),
				purpose.text(), probe, found.isEmpty() ? "NO_HIT" : "HIT", found.size());
		List<HitView> hits = new ArrayList<>();
		for (WatchlistIndex.Found f : found) {
			hits.add(recordHit(checkId, at, user, purpose, probe, f));
		}
		return new CheckResult(checkId, hits.isEmpty() ? "NO_HIT" : "HIT", hits);
	}

	/**
	 * Ends a batch: one aggregate query-log entry for the whole file and a hit notice per
	 * hit, in one transaction; answers the hits as the asker sees them, in order.
	 */
	@Transactional
	public List<HitView> finishBatch(CurrentUser user, Purpose purpose, UUID batch, String fileName, int rows,
			List<BatchChecks.PendingHit> hits) {
		UUID checkId = UUID.randomUUID();
		OffsetDateTime at = Watchlists.now();
		String probe = "batch: " + (fileName == null ? "" : fileName) + " (" + rows + ")";
		jdbc.update("insert into screening_check(id, at, actor, actor_agency, actor_ministry, purpose_category,"
				+ " purpose, probe, result, hits, batch_id, batch_rows) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				checkId, at, user.username(), user.agency().code(), user.ministry().code(), purpose.category(),
				purpose.text(), probe.length() > 2000 ? probe.substring(0, 2000) : probe,
				hits.isEmpty() ? "NO_HIT" : "HIT", hits.size(), batch, rows);
		List<HitView> out = new ArrayList<>();
		for (BatchChecks.PendingHit h : hits) {
			out.add(recordHit(checkId, at, user, purpose, h.query().describe(), h.found()));
		}
		return out;
	}

	Purpose purpose(Checks checks, String category, String text) {
		String cat = null;
		if (Watchlists.blank(category)) {
			checks.fail("purposeCategory", "required");
		}
		else {
			try {
				cat = PurposeCategory.valueOf(category.strip().toUpperCase(Locale.ROOT)).name();
			}
			catch (IllegalArgumentException ex) {
				checks.fail("purposeCategory", "invalid.choice");
			}
		}
		checks.required("purpose", text, 500);
		return new Purpose(cat, text == null ? null : text.strip());
	}

	Query query(Checks checks, String prefix, List<String> names, String birthDate, String nationality,
			String document) {
		List<String> clean = new ArrayList<>();
		for (String n : names == null ? List.<String>of() : names) {
			if (!Watchlists.blank(n)) {
				checks.optional(prefix + "names", n.strip(), 300);
				clean.add(n.strip());
			}
		}
		if (clean.size() > 5) {
			checks.fail(prefix + "names", "too.many");
		}
		String doc = Watchlists.blank(document) ? null : document.strip();
		if (doc != null) {
			checks.optional(prefix + "documentNumber", doc, 60);
		}
		if (clean.isEmpty() && doc == null) {
			checks.fail(prefix + "names", "name.or.document.required");
		}
		BirthDate birth = null;
		if (!Watchlists.blank(birthDate)) {
			try {
				birth = BirthDate.parse(birthDate);
			}
			catch (IllegalArgumentException ex) {
				checks.fail(prefix + "birthDate", "invalid.birth.date");
			}
		}
		String nat = Watchlists.blank(nationality) ? null : nationality.strip().toUpperCase(Locale.ROOT);
		if (nat != null && !new Checks().country("x", nat).ok()) {
			checks.fail(prefix + "nationality", "invalid.country");
		}
		return new Query(List.copyOf(clean), birth, nat, doc);
	}

	/**
	 * Runs one query against the owners' lists: every name, merged by entry, best first.
	 */
	List<WatchlistIndex.Found> run(Query query, Collection<String> owners, LocalDate day) {
		Map<UUID, WatchlistIndex.Found> best = new LinkedHashMap<>();
		List<String> names = query.names().isEmpty() ? java.util.Collections.singletonList(null) : query.names();
		for (String name : names) {
			Probe probe = new Probe(name, query.birth(), query.nationality(), query.document());
			for (WatchlistIndex.Found f : index.find(probe, owners, day, NameMatching.DEFAULT_THRESHOLD, HIT_LIMIT)) {
				best.merge(f.entry().id(), f, (a, b) -> a.score() >= b.score() ? a : b);
			}
		}
		List<WatchlistIndex.Found> out = new ArrayList<>(best.values());
		out.sort(Comparator.comparingDouble(WatchlistIndex.Found::score).reversed());
		return out.size() > HIT_LIMIT ? out.subList(0, HIT_LIMIT) : out;
	}

	HitView recordHit(UUID checkId, OffsetDateTime at, CurrentUser user, Purpose purpose, String probe,
			WatchlistIndex.Found f) {
		String reference = reference();
		double score = Math.round(f.score() * 1000) / 1000.0;
		jdbc.update(
				"insert into screening_hit(id, reference, check_id, at, asker, asker_agency, asker_ministry,"
						+ " purpose_category, purpose, probe, entry_kind, entry_id, owner_agency, contact_unit, score,"
						+ " explanation) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), reference, checkId, at, user.username(), user.agency().code(),
				user.ministry().code(), purpose.category(), purpose.text(), probe, f.entry().kind(), f.entry().id(),
				f.entry().owner(), f.entry().contactUnit(), score, explanation(f.reasons()));
		return new HitView(reference, f.entry().kind(), f.entry().owner(), score, Explanations.forAsker(f.reasons()));
	}

	private static String explanation(List<String> reasons) {
		String text = String.join("\n", reasons);
		return text.length() > 2000 ? text.substring(0, 2000) : text;
	}

	static String reference() {
		StringBuilder out = new StringBuilder("H-");
		for (int i = 0; i < 12; i++) {
			if (i == 4 || i == 8) {
				out.append('-');
			}
			out.append(REFERENCE_CHARS[RANDOM.nextInt(REFERENCE_CHARS.length)]);
		}
		return out.toString();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	// ---------------------------------------------------------------- the asking side

	/** Hits of checks made by the user's ministry, newest first. */
	@Transactional(readOnly = true)
	public Page<AskedHit> askedHits(CurrentUser user, Pageable pageable) {
		access.requireChecker(user);
		Long total = jdbc.queryForObject("select count(*) from screening_hit where asker_ministry = ?", Long.class,
				user.ministry().code());
		List<AskedHit> rows = jdbc.query(
				"select * from screening_hit where asker_ministry = ? order by at desc, reference limit ? offset ?",
				(rs, n) -> asked(rs), user.ministry().code(), pageable.getPageSize(), pageable.getOffset());
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	/** One hit as the asker's ministry sees it; 404 for anyone else. */
	@Transactional(readOnly = true)
	public AskedHit askedHit(CurrentUser user, String reference) {
		access.requireChecker(user);
		return jdbc
			.query("select * from screening_hit where reference = ? and asker_ministry = ?", (rs, n) -> asked(rs),
					reference, user.ministry().code())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFound("hit", reference));
	}

	private AskedHit asked(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new AskedHit(rs.getString("reference"), rs.getTimestamp("at").toInstant(), rs.getString("asker"),
				rs.getString("entry_kind"), rs.getString("owner_agency"), rs.getDouble("score"),
				Explanations.forAsker(WatchlistRows.lines(rs.getString("explanation"))), rs.getString("purpose"),
				followUps(id));
	}

	// ---------------------------------------------------------------- the owner's side

	/** Hit notices on the user's ministry's entries, newest first. */
	@Transactional(readOnly = true)
	public Page<NoticeView> notices(CurrentUser user, boolean openOnly, Pageable pageable) {
		access.requireWatchlistReader(user);
		String where = " from screening_hit h where h.owner_agency = ?" + (openOnly
				? " and exists (select 1 from screening_follow_up f where f.hit_id = h.id and f.answered_at is null)"
				: "");
		Long total = jdbc.queryForObject("select count(*)" + where, Long.class, user.ministry().code());
		List<NoticeView> rows = jdbc.query("select h.*" + where + " order by h.at desc, h.reference limit ? offset ?",
				(rs, n) -> notice(rs), user.ministry().code(), pageable.getPageSize(), pageable.getOffset());
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	@Transactional(readOnly = true)
	public NoticeView notice(CurrentUser user, UUID id) {
		access.requireWatchlistReader(user);
		return jdbc
			.query("select * from screening_hit where id = ? and owner_agency = ?", (rs, n) -> notice(rs), id,
					user.ministry().code())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFound("hit notice", id));
	}

	private NoticeView notice(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID entry = rs.getObject("entry_id", UUID.class);
		String kind = rs.getString("entry_kind");
		String label = "PERSON".equals(kind)
				? jdbc.query("select full_name from watch_person where id = ?", (r, n) -> r.getString(1), entry)
					.stream()
					.findFirst()
					.orElse(null)
				: jdbc.query("select number from watch_document where id = ?", (r, n) -> r.getString(1), entry)
					.stream()
					.findFirst()
					.orElse(null);
		return new NoticeView(id, rs.getString("reference"), rs.getTimestamp("at").toInstant(), rs.getString("asker"),
				rs.getString("asker_agency"), rs.getString("purpose_category"), rs.getString("purpose"),
				rs.getString("probe"), kind, entry, label, rs.getString("contact_unit"), rs.getDouble("score"),
				WatchlistRows.lines(rs.getString("explanation")), followUps(id));
	}

	// ---------------------------------------------------------------- follow-up (step 2)

	/**
	 * Step 2: the asking side asks the owner for the data behind a hit. Only the ministry
	 * that made the check may ask. The request goes through the exchange: a new case with
	 * one RESTRICTED, H0 request for information to the entry's contact unit (the owning
	 * ministry if none), the hit reference in subject and text; the owner answers by
	 * replying there. Sending in the exchange is an editor's act, so this needs EDITOR.
	 */
	@Transactional
	public FollowUpView requestInformation(CurrentUser user, String reference, String question) {
		access.requireChecker(user);
		Map<String, Object> hit = jdbc
			.queryForList("select id, reference, at, owner_agency, contact_unit from screening_hit"
					+ " where reference = ? and asker_ministry = ?", reference, user.ministry().code())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFound("hit", reference));
		user.require(Role.EDITOR);
		new Checks().required("question", question, 4000).orThrow();
		String unit = (String) hit.get("contact_unit");
		String addressee = Watchlists.blank(unit) ? (String) hit.get("owner_agency") : unit.strip();
		// Written in the language the asker works in now (the page's), else their own.
		Locale locale = LocaleContextHolder.getLocaleContext() != null ? LocaleContextHolder.getLocale()
				: Locale.forLanguageTag(user.language() == null ? "en" : user.language());
		String subject = messages.getMessage("screening.followup.subject", new Object[] { reference }, locale);
		String text = messages.getMessage("screening.followup.text",
				new Object[] { question.strip(), reference, checkedAt(hit.get("at")) }, locale);
		InformationRequests.Opened opened = exchange.requestInformation(user, addressee, subject, text,
				Classification.RESTRICTED, java.util.Set.of(), reference);
		UUID id = UUID.randomUUID();
		jdbc.update(
				"insert into screening_follow_up(id, hit_id, requested_at, requested_by, requester_agency,"
						+ " question, addressee, exchange_case_id, exchange_case_reference, exchange_message_id,"
						+ " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
				id, hit.get("id"), Watchlists.now(), user.username(), user.agency().code(), question.strip(), addressee,
				opened.caseId(), opened.caseReference(), opened.messageId());
		audit.append("CREATE", "ScreeningFollowUp", id.toString(),
				Watchlists.JSON.writeValueAsString(Map.of("reference", reference, "question", question.strip(),
						"addressee", addressee, "exchangeCase", opened.caseReference(), "exchangeMessage",
						opened.messageId().toString())));
		return followUp(id);
	}

	private static String checkedAt(Object at) {
		Instant instant = at instanceof java.sql.Timestamp t ? t.toInstant()
				: at instanceof OffsetDateTime o ? o.toInstant() : null;
		return instant == null ? String.valueOf(at)
				: java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
					.format(instant.atOffset(ZoneOffset.UTC));
	}

	/**
	 * The owner answered a step-2 request by replying to it in the exchange (the
	 * exchange's ANSWERED receipt, in the replying transaction): the follow-up is marked
	 * answered, when and by whom; the answer's text stays in the exchange.
	 */
	@EventListener
	void answeredInExchange(ReceiptRecorded receipt) {
		if (receipt.kind() != ReceiptKind.ANSWERED) {
			return;
		}
		List<UUID> open = jdbc.queryForList(
				"select id from screening_follow_up where exchange_message_id = ? and answered_at is null", UUID.class,
				receipt.messageId());
		for (UUID id : open) {
			jdbc.update("update screening_follow_up set answered_at = ?, answered_by = ?, version = version + 1"
					+ " where id = ?", receipt.at().atOffset(ZoneOffset.UTC), receipt.actor(), id);
			audit.append("UPDATE", "ScreeningFollowUp", id.toString(), Watchlists.JSON.writeValueAsString(
					Map.of("answeredBy", Map.of("after", receipt.actor()), "answeredIn", receipt.addressee())));
		}
	}

	private FollowUpView followUp(UUID id) {
		return jdbc
			.query("select f.*, h.reference from screening_follow_up f join screening_hit h on h.id = f.hit_id"
					+ " where f.id = ?", (rs, n) -> followUp(rs), id)
			.get(0);
	}

	private List<FollowUpView> followUps(UUID hit) {
		return jdbc.query("select f.*, h.reference from screening_follow_up f join screening_hit h on h.id = f.hit_id"
				+ " where f.hit_id = ? order by f.requested_at", (rs, n) -> followUp(rs), hit);
	}

	private static FollowUpView followUp(ResultSet rs) throws SQLException {
		java.sql.Timestamp answered = rs.getTimestamp("answered_at");
		return new FollowUpView(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("requested_by"),
				rs.getString("requester_agency"), rs.getString("question"), rs.getString("addressee"),
				rs.getObject("exchange_case_id", UUID.class), rs.getString("exchange_case_reference"),
				rs.getObject("exchange_message_id", UUID.class), answered == null ? null : answered.toInstant(),
				rs.getString("answered_by"));
	}

	// ---------------------------------------------------------------- the query log

	/**
	 * The query log of the user's ministry: administrators see every check of their
	 * ministry, other users their own.
	 */
	@Transactional(readOnly = true)
	public Page<LogEntry> log(CurrentUser user, LocalDate from, LocalDate to, Pageable pageable) {
		access.requireChecker(user);
		StringBuilder where = new StringBuilder(" where actor_ministry = ?");
		List<Object> args = new ArrayList<>(List.of(user.ministry().code()));
		if (!user.has(Role.ADMIN)) {
			where.append(" and actor = ?");
			args.add(user.username());
		}
		if (from != null) {
			where.append(" and at >= ?");
			args.add(from.atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (to != null) {
			where.append(" and at < ?");
			args.add(to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		Long total = jdbc.queryForObject("select count(*) from screening_check" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<LogEntry> rows = jdbc.query(
				"select * from screening_check" + where + " order by at desc, id limit ? offset ?",
				(rs, n) -> logEntry(rs), pageArgs.toArray());
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	private static LogEntry logEntry(ResultSet rs) throws SQLException {
		Object rows = rs.getObject("batch_rows");
		return new LogEntry(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("actor_agency"), rs.getString("purpose_category"), rs.getString("purpose"),
				rs.getString("probe"), rs.getString("result"), rs.getInt("hits"), rs.getObject("batch_id", UUID.class),
				rows == null ? null : ((Number) rows).intValue());
	}

	/** Days the query log and hit notices are kept. */
	public int retentionDays() {
		return retentionDays;
	}

	/** Every night: drops query-log entries and hit notices older than the retention. */
	@Scheduled(cron = "${puente.screening.purge-cron:0 17 3 * * *}")
	void purgeOnSchedule() {
		AuditLog.runAs("screening-retention", () -> purge(clock.instant()));
	}

	/**
	 * Drops query-log entries and hit notices (with their follow-ups) made before
	 * {@code now} minus the retention; audited as one PURGE entry when anything went.
	 */
	@Transactional
	public int purge(Instant now) {
		OffsetDateTime cutoff = now.minus(retentionDays, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
		jdbc.update("delete from screening_follow_up where hit_id in (select id from screening_hit where at < ?)",
				cutoff);
		int hits = jdbc.update("delete from screening_hit where at < ?", cutoff);
		int checks = jdbc.update("delete from screening_check where at < ?", cutoff);
		if (hits + checks > 0) {
			audit.append("PURGE", "ScreeningCheck", "retention", Watchlists.JSON
				.writeValueAsString(Map.of("before", cutoff.toString(), "checks", checks, "hitNotices", hits)));
		}
		return checks;
	}

}
