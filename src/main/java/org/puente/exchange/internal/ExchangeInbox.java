package org.puente.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.puente.exchange.Readers;
import org.puente.security.CurrentUser;
import org.puente.shared.Checks;
import org.puente.shared.Classification;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inboxes and search. Every query carries the reader filter itself (reader keys and
 * classification level), so no row, count or hit outside what the user may read is ever
 * produced.
 */
@Service
public class ExchangeInbox {

	/** Which messages a list shows. */
	public enum Box {

		/** addressed to the user's unit (or its ministry when the user works there) */
		UNIT,
		/** answers to messages the user sent */
		MINE,
		/** sent by the user's unit */
		SENT

	}

	/**
	 * Inbox filters; null or false does not filter. {@code unread}: not yet read by the
	 * unit; {@code overdue}: a request past its deadline without an answer from the unit;
	 * {@code awaitingAnswer}: a request the unit has not answered yet. In the sent box
	 * they apply to any addressee.
	 */
	public record InboxFilter(String box, Boolean unread, Boolean overdue, Boolean awaitingAnswer,
			String classification, String area, UUID caseId) {
	}

	/** One line of an inbox. */
	public record InboxItem(UUID id, UUID caseId, String caseReference, String subject, String senderAgency,
			String senderName, List<String> to, String classification, List<String> handlingCodes, String requestType,
			String urgency, Instant deadline, Instant sentAt, boolean unread, boolean acknowledged, boolean answered,
			boolean overdue) {
	}

	/**
	 * How many messages of the box fall under each filter (with the other filters
	 * applied).
	 */
	public record Counts(long total, long unread, long overdue, long awaitingAnswer) {
	}

	/** One page of an inbox, with its counts. */
	public record InboxPage(List<InboxItem> items, int page, int size, long totalItems, Counts counts) {
	}

	/** One search hit. */
	public record Hit(UUID id, UUID caseId, String caseReference, String subject, String senderAgency,
			String classification, Instant sentAt) {
	}

	/**
	 * One page of search hits; {@code totalHits} counts only messages the user may read.
	 */
	public record SearchPage(String query, List<Hit> hits, int page, int size, long totalHits) {
	}

	private final NamedParameterJdbcTemplate sql;

	private final ExchangeAccess access;

	private final Clock clock;

	private final EntityManager entityManager;

	private final Messages messages;

	private final Cases cases;

	ExchangeInbox(NamedParameterJdbcTemplate sql, ExchangeAccess access, Clock clock, EntityManager entityManager,
			Messages messages, Cases cases) {
		this.sql = sql;
		this.access = access;
		this.clock = clock;
		this.entityManager = entityManager;
		this.messages = messages;
		this.cases = cases;
	}

	@Transactional(readOnly = true)
	public InboxPage inbox(CurrentUser user, InboxFilter filter, int page, int size) {
		Checks checks = new Checks();
		Box box = filter.box() == null || filter.box().isBlank() ? Box.UNIT
				: ExchangeCases.choice(checks, "box", filter.box(), Box.class);
		Classification classification = ExchangeCases.blankToNull(filter.classification()) == null ? null
				: ExchangeCases.choice(checks, "classification", filter.classification(), Classification.class);
		if (page < 0) {
			checks.fail("page", "invalid.value");
		}
		if (size < 1 || size > 200) {
			checks.fail("size", "invalid.value");
		}
		checks.orThrow();
		MapSqlParameterSource p = new MapSqlParameterSource();
		String base = base(user, box, classification, filter, p);
		String unread = delivery(box, "d.read_at is null");
		String awaiting = delivery(box,
				"d.answered_at is null and m.request_type in ('REQUEST_FOR_INFORMATION', 'REQUEST_FOR_ASSISTANCE')");
		String overdue = delivery(box, "d.answered_at is null and m.deadline is not null and m.deadline < :now");
		p.addValue("now", clock.instant().atOffset(java.time.ZoneOffset.UTC));
		StringBuilder where = new StringBuilder(base);
		if (Boolean.TRUE.equals(filter.unread())) {
			where.append(" and ").append(unread);
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			where.append(" and ").append(overdue);
		}
		if (Boolean.TRUE.equals(filter.awaitingAnswer())) {
			where.append(" and ").append(awaiting);
		}
		String w = where.toString();
		Counts counts = new Counts(count(w, p), count(w + " and " + unread, p), count(w + " and " + overdue, p),
				count(w + " and " + awaiting, p));
		p.addValue("limit", size).addValue("offset", (long) page * size);
		List<UUID> ids = sql.query(
				"select m.id from exchange_message m where " + w
						+ " order by m.sent_at desc, m.id limit :limit offset :offset",
				p, (rs, n) -> rs.getObject(1, UUID.class));
		List<InboxItem> items = items(user, box, ids);
		return new InboxPage(items, page, size, counts.total(), counts);
	}

	/**
	 * Full-text search over subject and body (case and diacritics ignored) among the
	 * messages the user may read, best match first.
	 */
	@Transactional(readOnly = true)
	public SearchPage search(CurrentUser user, String query, UUID caseId, int page, int size) {
		String q = query == null ? "" : query.strip();
		Checks checks = new Checks();
		if (q.isEmpty()) {
			checks.fail("q", "required");
		}
		checks.optional("q", q, 500);
		if (page < 0) {
			checks.fail("page", "invalid.value");
		}
		if (size < 1 || size > 200) {
			checks.fail("size", "invalid.value");
		}
		checks.orThrow();
		List<String> keys = List.copyOf(Readers.keysOf(user));
		int level = user.clearance().ordinal();
		SearchResult<ExchangeMessage> result = Search.session(entityManager)
			.search(ExchangeMessage.class)
			.where(f -> f.bool(b -> {
				b.must(f.simpleQueryString()
					.fields("subject", "body")
					.matching(q)
					.defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND));
				b.filter(f.terms().field("readers").matchingAny(keys));
				b.filter(f.range().field("classificationLevel").atMost(level));
				if (caseId != null) {
					b.filter(f.match().field("caseId").matching(caseId));
				}
			}))
			.fetch(page * size, size);
		Map<UUID, String> references = new LinkedHashMap<>();
		List<Hit> hits = new ArrayList<>();
		for (ExchangeMessage m : result.hits()) {
			// The index filtered already; the database copy is checked again.
			if (!access.mayRead(user, m)) {
				continue;
			}
			String reference = references.computeIfAbsent(m.caseId(),
					id -> cases.findById(id).map(ExchangeCase::reference).orElse(null));
			hits.add(new Hit(m.id(), m.caseId(), reference, m.subject(), m.senderAgency(), m.classification().name(),
					m.sentAt()));
		}
		return new SearchPage(q, hits, page, size, result.total().hitCount());
	}

	private String base(CurrentUser user, Box box, Classification classification, InboxFilter filter,
			MapSqlParameterSource p) {
		p.addValue("keys", List.copyOf(Readers.keysOf(user)));
		p.addValue("level", user.clearance().ordinal());
		p.addValue("units", units(user));
		p.addValue("me", user.username());
		p.addValue("myUnit", user.agency().code());
		StringBuilder w = new StringBuilder("m.classification_level <= :level and exists (select 1 from"
				+ " exchange_message_reader r where r.message_id = m.id and r.reader in (:keys))");
		switch (box) {
			case UNIT -> w.append(" and exists (select 1 from exchange_delivery d where d.message_id = m.id"
					+ " and d.addressee in (:units))");
			case MINE -> w.append(" and exists (select 1 from exchange_delivery d where d.message_id = m.id"
					+ " and d.addressee in (:units)) and m.reply_to in"
					+ " (select o.id from exchange_message o where o.sender_user = :me)");
			case SENT -> w.append(" and m.sender_agency = :myUnit");
		}
		if (classification != null) {
			w.append(" and m.classification = :classification");
			p.addValue("classification", classification.name());
		}
		if (ExchangeCases.blankToNull(filter.area()) != null) {
			w.append(" and exists (select 1 from exchange_case_area a where a.case_id = m.case_id"
					+ " and a.area_code = :area)");
			p.addValue("area", filter.area().trim());
		}
		if (filter.caseId() != null) {
			w.append(" and m.case_id = :caseId");
			p.addValue("caseId", filter.caseId());
		}
		return w.toString();
	}

	/**
	 * A condition on the deliveries that concern the box: the user's units', or any
	 * (sent).
	 */
	private static String delivery(Box box, String condition) {
		return "exists (select 1 from exchange_delivery d where d.message_id = m.id"
				+ (box == Box.SENT ? "" : " and d.addressee in (:units)") + " and " + condition + ")";
	}

	/**
	 * The addressed units whose deliveries the user answers for: their unit and ministry.
	 */
	private static List<String> units(CurrentUser user) {
		return List.copyOf(new java.util.LinkedHashSet<>(List.of(user.agency().code(), user.ministry().code())));
	}

	private long count(String where, MapSqlParameterSource p) {
		Long n = sql.queryForObject("select count(*) from exchange_message m where " + where, p, Long.class);
		return n == null ? 0 : n;
	}

	private List<InboxItem> items(CurrentUser user, Box box, List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, ExchangeMessage> byId = new LinkedHashMap<>();
		messages.findAllById(ids).forEach(m -> byId.put(m.id(), m));
		Map<UUID, List<Delivery>> deliveries = new LinkedHashMap<>();
		entityManager.createQuery("select d from Delivery d where d.messageId in :ids", Delivery.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(d -> deliveries.computeIfAbsent(d.messageId(), k -> new ArrayList<>()).add(d));
		Set<String> units = Set.copyOf(units(user));
		Map<UUID, String> references = new LinkedHashMap<>();
		Instant now = clock.instant();
		List<InboxItem> out = new ArrayList<>();
		for (UUID id : ids) {
			ExchangeMessage m = byId.get(id);
			if (m == null || !access.mayRead(user, m)) {
				continue;
			}
			List<Delivery> concern = deliveries.getOrDefault(id, List.of())
				.stream()
				.filter(d -> box == Box.SENT || units.contains(d.addressee()))
				.toList();
			boolean unread = concern.stream().anyMatch(d -> d.readAt() == null);
			boolean acknowledged = !concern.isEmpty() && concern.stream().allMatch(d -> d.acknowledgedAt() != null);
			boolean answered = !concern.isEmpty() && concern.stream().allMatch(d -> d.answeredAt() != null);
			boolean overdue = m.requestType().awaitsAnswer() && m.deadline() != null && now.isAfter(m.deadline())
					&& concern.stream().anyMatch(d -> d.answeredAt() == null);
			String reference = references.computeIfAbsent(m.caseId(),
					c -> cases.findById(c).map(ExchangeCase::reference).orElse(null));
			out.add(new InboxItem(m.id(), m.caseId(), reference, m.subject(), m.senderAgency(), m.senderName(),
					m.addressees().stream().sorted().toList(), m.classification().name(),
					m.handlingCodes().stream().map(Enum::name).toList(), m.requestType().name(), m.urgency().name(),
					m.deadline(), m.sentAt(), unread, acknowledged, answered, overdue));
		}
		return Collections.unmodifiableList(out);
	}

}
