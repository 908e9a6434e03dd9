package org.puente.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.JoinType;
import org.puente.directory.DirectoryLookup;
import org.puente.exchange.CaseStatus;
import org.puente.exchange.Priority;
import org.puente.exchange.ReceiptKind;
import org.puente.registry.RegistryDocuments;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.Checks;
import org.puente.shared.Forbidden;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: opened by an editor for their ministry with the agencies taking part (all of
 * them partners of that ministry), described, moved between open, on hold and closed with
 * a dated history, and shown as a timeline of what happened in them.
 */
@Service
public class ExchangeCases {

	private final Cases cases;

	private final StatusChanges history;

	private final Messages messages;

	private final Receipts receipts;

	private final ExchangeAccess access;

	private final DirectoryLookup directory;

	private final RegistryDocuments registry;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ExchangeCases(Cases cases, StatusChanges history, Messages messages, Receipts receipts, ExchangeAccess access,
			DirectoryLookup directory, RegistryDocuments registry, JdbcTemplate jdbc, Clock clock) {
		this.cases = cases;
		this.history = history;
		this.messages = messages;
		this.receipts = receipts;
		this.access = access;
		this.directory = directory;
		this.registry = registry;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A case as an editor opens or changes it; the editor's own unit always takes part.
	 * {@code version} is needed only to change one.
	 */
	public record CaseForm(String title, String priority, List<String> areas, List<String> agencies, UUID agreementId,
			UUID activityId, Long version) {

		public CaseForm withVersion(Long version) {
			return new CaseForm(title, priority, areas, agencies, agreementId, activityId, version);
		}

	}

	/** A status change: the new status and an optional note. */
	public record StatusForm(String status, String note) {
	}

	/** One step of a case's status history. */
	public record StatusEntry(String status, String note, String changedBy, Instant changedAt) {
	}

	/**
	 * A case as its participants see it; {@code messages} counts only the messages the
	 * reader may see.
	 */
	public record CaseView(UUID id, String reference, String title, String priority, String status, String ownerAgency,
			List<String> areas, List<String> agencies, UUID agreementId, UUID activityId, long messages,
			List<StatusEntry> history, boolean mayChange, Instant createdAt, String createdBy, Instant updatedAt,
			long version) {
	}

	/** Filters of the case list; null fields do not filter. */
	public record CaseFilter(String status, String area, String q) {
	}

	/**
	 * One thing that happened in a case: {@code CASE_OPENED}, {@code STATUS_CHANGED},
	 * {@code MESSAGE_SENT}, or a receipt ({@code DELIVERED}, {@code READ},
	 * {@code ACKNOWLEDGED}, {@code ANSWERED}) of a message the reader may see.
	 */
	public record TimelineEntry(Instant at, String kind, String actor, String agency, UUID messageId, String subject,
			String detail) {
	}

	@Transactional
	public CaseView create(CurrentUser user, CaseForm form) {
		user.require(Role.EDITOR);
		Checks checks = new Checks();
		Set<String> agencies = apply(user, checks, form, null);
		checks.orThrow();
		ExchangeCase c = new ExchangeCase(reference(user.ministry().code()), user.ministry().code());
		describe(c, form, agencies);
		cases.saveAndFlush(c);
		history.save(new CaseStatusChange(c.id(), CaseStatus.OPEN, null, user.username(), now()));
		return view(user, c);
	}

	@Transactional
	public CaseView update(CurrentUser user, UUID id, CaseForm form) {
		ExchangeCase c = changeable(user, id);
		StaleVersion.check(form.version(), c.version());
		Checks checks = new Checks();
		Set<String> agencies = apply(user, checks, form, c);
		checks.orThrow();
		describe(c, form, agencies);
		cases.flush();
		return view(user, c);
	}

	@Transactional
	public CaseView changeStatus(CurrentUser user, UUID id, StatusForm form) {
		ExchangeCase c = changeable(user, id);
		Checks checks = new Checks();
		CaseStatus status = choice(checks, "status", form.status(), CaseStatus.class);
		checks.optional("note", form.note(), 2000);
		if (status != null && status == c.status()) {
			checks.fail("status", "exchange.status.unchanged");
		}
		checks.orThrow();
		c.moveTo(status);
		cases.flush();
		history.save(new CaseStatusChange(c.id(), status, blankToNull(form.note()), user.username(), now()));
		return view(user, c);
	}

	@Transactional(readOnly = true)
	public CaseView get(CurrentUser user, UUID id) {
		return view(user, visible(user, id));
	}

	@Transactional(readOnly = true)
	public CaseView byReference(CurrentUser user, String reference) {
		ExchangeCase c = cases.findByReference(reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFound("case", reference));
		return view(user, access.visible(user, c, reference));
	}

	@Transactional(readOnly = true)
	public Page<CaseView> list(CurrentUser user, CaseFilter filter, Pageable pageable) {
		List<String> mine = access.within(user.ministry().code());
		Specification<ExchangeCase> spec = (root, query, cb) -> {
			query.distinct(true);
			return root.join("agencies").in(mine);
		};
		if (filter != null && blankToNull(filter.status()) != null) {
			CaseStatus status = choice(new Checks(), "status", filter.status(), CaseStatus.class);
			if (status == null) {
				throw new InvalidInput("status", "invalid.value");
			}
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		if (filter != null && blankToNull(filter.area()) != null) {
			String area = filter.area().trim();
			spec = spec.and((root, query, cb) -> cb.isMember(area, root.get("areas")));
		}
		if (filter != null && blankToNull(filter.q()) != null) {
			String q = "%" + filter.q().trim().toLowerCase(Locale.ROOT) + "%";
			spec = spec.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("title")), q),
					cb.like(cb.lower(root.get("reference")), q)));
		}
		return cases.findAll(spec, pageable).map(c -> view(user, c));
	}

	/**
	 * What happened in a case, oldest first, leaving out messages the user may not read.
	 */
	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(CurrentUser user, UUID id) {
		ExchangeCase c = visible(user, id);
		List<TimelineEntry> out = new ArrayList<>();
		boolean first = true;
		for (CaseStatusChange s : history.history(c.id())) {
			out.add(new TimelineEntry(s.changedAt(), first ? "CASE_OPENED" : "STATUS_CHANGED", s.changedBy(), null,
					null, null, s.status().name() + (s.note() == null ? "" : ": " + s.note())));
			first = false;
		}
		List<ExchangeMessage> visible = messages.inCase(c.id()).stream().filter(m -> access.mayRead(user, m)).toList();
		for (ExchangeMessage m : visible) {
			out.add(new TimelineEntry(m.sentAt(), "MESSAGE_SENT", m.senderUser(), m.senderAgency(), m.id(), m.subject(),
					m.requestType().name()));
		}
		if (!visible.isEmpty()) {
			var byId = new java.util.HashMap<UUID, ExchangeMessage>();
			visible.forEach(m -> byId.put(m.id(), m));
			for (Receipt r : receipts.ofAll(byId.keySet())) {
				ExchangeMessage m = byId.get(r.messageId());
				if (r.kind() == ReceiptKind.DELIVERED || mayKnowReceipt(user, m, r.addressee())) {
					out.add(new TimelineEntry(r.at(), r.kind().name(), r.actor(), r.addressee(), m.id(), m.subject(),
							null));
				}
			}
		}
		out.sort(Comparator.comparing(TimelineEntry::at).thenComparing(e -> order(e.kind())));
		return out;
	}

	/** The sending side sees every addressee's receipts; an addressee sees its own. */
	private boolean mayKnowReceipt(CurrentUser user, ExchangeMessage m, String addressee) {
		return access.sendingSide(user, m) || access.actsFor(user, addressee);
	}

	private static int order(String kind) {
		return switch (kind) {
			case "CASE_OPENED" -> 0;
			case "MESSAGE_SENT" -> 1;
			case "DELIVERED" -> 2;
			case "READ" -> 3;
			case "ACKNOWLEDGED" -> 4;
			case "ANSWERED" -> 5;
			default -> 6;
		};
	}

	ExchangeCase visible(CurrentUser user, UUID id) {
		return access.visible(user, cases.findById(id).orElse(null), id);
	}

	/** Editors of the owning ministry change a case. */
	private ExchangeCase changeable(CurrentUser user, UUID id) {
		user.require(Role.EDITOR);
		ExchangeCase c = visible(user, id);
		if (!c.ownerAgency().equals(user.ministry().code())) {
			throw new Forbidden("record.owned.by.other.agency");
		}
		return c;
	}

	private Set<String> apply(CurrentUser user, Checks checks, CaseForm form, ExchangeCase existing) {
		checks.required("title", form.title(), 500);
		if (blankToNull(form.priority()) != null) {
			choice(checks, "priority", form.priority(), Priority.class);
		}
		List<String> areas = form.areas() == null ? List.of() : form.areas();
		for (int i = 0; i < areas.size(); i++) {
			if (areas.get(i) == null || !directory.areaExists(areas.get(i).trim())) {
				checks.fail("areas[" + i + "]", "unknown.area");
			}
		}
		Set<String> agencies = new LinkedHashSet<>();
		agencies.add(existing == null ? user.agency().code() : existing.ownerAgency());
		if (existing != null) {
			agencies.addAll(existing.agencies());
		}
		List<String> given = form.agencies() == null ? List.of() : form.agencies();
		for (int i = 0; i < given.size(); i++) {
			String code = given.get(i) == null ? "" : given.get(i).trim().toUpperCase(Locale.ROOT);
			if (!access.agencyExists(code)) {
				checks.fail("agencies[" + i + "]", "unknown.agency");
			}
			else if (!access.partners(user.ministry().code(), access.ministryOf(code))) {
				checks.fail("agencies[" + i + "]", "exchange.not.a.partner");
			}
			else {
				agencies.add(code);
			}
		}
		if (existing != null && form.agencies() != null) {
			Set<String> kept = new LinkedHashSet<>(given.stream()
				.filter(java.util.Objects::nonNull)
				.map(s -> s.trim().toUpperCase(Locale.ROOT))
				.toList());
			kept.add(existing.ownerAgency());
			for (String before : existing.agencies()) {
				if (!kept.contains(before)) {
					checks.fail("agencies", "exchange.agency.cannot.be.removed");
					break;
				}
			}
		}
		if (form.agreementId() != null) {
			try {
				registry.agreementHeading(user, form.agreementId(), user.language());
			}
			catch (NotFound ex) {
				checks.fail("agreementId", "exchange.unknown.agreement");
			}
		}
		return agencies;
	}

	private void describe(ExchangeCase c, CaseForm form, Set<String> agencies) {
		Priority priority = blankToNull(form.priority()) == null ? Priority.NORMAL
				: Priority.valueOf(form.priority().trim().toUpperCase(Locale.ROOT));
		Set<String> areas = new LinkedHashSet<>();
		if (form.areas() != null) {
			form.areas().forEach(a -> areas.add(a.trim()));
		}
		c.describe(form.title().trim(), priority, areas, agencies, form.agreementId(), form.activityId());
	}

	/**
	 * {@code MPS-2026-000123}: the owning ministry, the year, a number across all cases.
	 */
	private String reference(String ministry) {
		Long next = jdbc.queryForObject("select nextval('exchange_case_number')", Long.class);
		int year = clock.instant().atZone(clock.getZone()).getYear();
		return String.format(Locale.ROOT, "%s-%d-%06d", ministry, year, next);
	}

	CaseView view(CurrentUser user, ExchangeCase c) {
		List<String> keys = List.copyOf(org.puente.exchange.Readers.keysOf(user));
		Long visibleMessages = jdbc.queryForObject(
				"select count(*) from exchange_message m where m.case_id = ?"
						+ " and m.classification_level <= ? and exists (select 1 from exchange_message_reader r"
						+ " where r.message_id = m.id and r.reader in (?, ?))",
				Long.class, c.id(), user.clearance().ordinal(), keys.get(0), keys.get(1));
		List<StatusEntry> steps = history.history(c.id())
			.stream()
			.map(s -> new StatusEntry(s.status().name(), s.note(), s.changedBy(), s.changedAt()))
			.toList();
		boolean mayChange = user.has(Role.EDITOR) && c.ownerAgency().equals(user.ministry().code());
		return new CaseView(c.id(), c.reference(), c.title(), c.priority().name(), c.status().name(), c.ownerAgency(),
				List.copyOf(c.areas()), List.copyOf(c.agencies()), c.agreementId(), c.activityId(),
				visibleMessages == null ? 0 : visibleMessages, steps, mayChange, c.stamp().createdAt(),
				c.stamp().createdBy(), c.stamp().updatedAt(), c.version());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	static <E extends Enum<E>> E choice(Checks checks, String field, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			checks.fail(field, "required");
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			checks.fail(field, "invalid.value");
			return null;
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
