package org.puente.screening.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.puente.names.BirthDate;
import org.puente.names.NameFolding;
import org.puente.screening.DocumentStatus;
import org.puente.screening.DocumentType;
import org.puente.screening.HandlingCode;
import org.puente.screening.PersonCategory;
import org.puente.security.AuditLog;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.AgencyLookup;
import org.puente.shared.Checks;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each ministry's watchlists: persons and documents. Only editors of the owning ministry
 * create and change entries; nobody outside it reads them (another ministry learns of an
 * entry only through a check's HIT and the owner's answer to a follow-up). Every change
 * is audited; deletion is a recorded state change.
 */
@Service
public class Watchlists {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final WatchlistIndex index;

	private final AuditLog audit;

	private final AgencyLookup agencies;

	private final ScreeningAccess access;

	Watchlists(JdbcTemplate jdbc, WatchlistIndex index, AuditLog audit, AgencyLookup agencies, ScreeningAccess access) {
		this.jdbc = jdbc;
		this.index = index;
		this.audit = audit;
		this.agencies = agencies;
		this.access = access;
	}

	/** A person entry as an editor enters it. */
	public record PersonForm(String fullName, List<String> aliases, String birthDate, String sex,
			List<String> nationalities, List<String> documents, String category, String legalBasis, String validFrom,
			String validUntil, String handlingCode, String contactUnit, Long version) {

		public PersonForm withVersion(Long version) {
			return new PersonForm(fullName, aliases, birthDate, sex, nationalities, documents, category, legalBasis,
					validFrom, validUntil, handlingCode, contactUnit, version);
		}

	}

	/** A person entry as its owner sees it. */
	public record PersonView(UUID id, String ownerAgency, String fullName, List<String> aliases, String birthDate,
			String sex, List<String> nationalities, List<String> documents, String category, String legalBasis,
			LocalDate validFrom, LocalDate validUntil, String handlingCode, String contactUnit, boolean deleted,
			Instant updatedAt, String updatedBy, long version) {

		public boolean validOn(LocalDate day) {
			return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
		}

	}

	/** A document entry as an editor enters it. */
	public record DocumentForm(String number, String type, String issuingCountry, String status, String reportedOn,
			String contactUnit, Long version) {

		public DocumentForm withVersion(Long version) {
			return new DocumentForm(number, type, issuingCountry, status, reportedOn, contactUnit, version);
		}

	}

	/** A document entry as its owner sees it. */
	public record DocumentView(UUID id, String ownerAgency, String number, String type, String issuingCountry,
			String status, LocalDate reportedOn, String contactUnit, boolean deleted, Instant updatedAt,
			String updatedBy, long version) {
	}

	/** Filters of the person list; null fields do not filter. */
	public record PersonFilter(String q, String category, Boolean deleted) {
	}

	// ---------------------------------------------------------------- persons

	@Transactional(readOnly = true)
	public Page<PersonView> persons(CurrentUser user, PersonFilter filter, Pageable pageable) {
		access.requireWatchlistReader(user);
		StringBuilder where = new StringBuilder(" where owner_agency = ?");
		List<Object> args = new ArrayList<>(List.of(user.ministry().code()));
		where.append(" and deleted = ?");
		args.add(filter != null && Boolean.TRUE.equals(filter.deleted()));
		if (filter != null && filter.q() != null && !filter.q().isBlank()) {
			where.append(" and search_key like ?");
			args.add("%" + NameFolding.fold(filter.q()) + "%");
		}
		if (filter != null && filter.category() != null && !filter.category().isBlank()) {
			where.append(" and category = ?");
			args.add(filter.category().strip());
		}
		Long total = jdbc.queryForObject("select count(*) from watch_person" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<PersonView> rows = jdbc.query(
				"select * from watch_person" + where + " order by updated_at desc, id limit ? offset ?",
				(rs, n) -> WatchlistRows.person(rs), pageArgs.toArray());
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	@Transactional(readOnly = true)
	public PersonView person(CurrentUser user, UUID id) {
		access.requireWatchlistReader(user);
		return findPerson(id).filter(p -> p.ownerAgency().equals(user.ministry().code()))
			.orElseThrow(() -> new NotFound("watchlist person", id));
	}

	@Transactional
	public PersonView createPerson(CurrentUser user, PersonForm form) {
		access.requireWatchlistEditor(user);
		Checks checks = new Checks();
		PersonView value = validPerson(checks, "", form, user.ministry(), user.agency(), UUID.randomUUID(), 0);
		checks.orThrow();
		insertPersons(List.of(value), user);
		audit.append("CREATE", "WatchPerson", value.id().toString(), JSON.writeValueAsString(personFields(value)));
		PersonView saved = findPerson(value.id()).orElseThrow();
		WatchlistIndex.afterCommit(() -> index.putPerson(saved));
		return saved;
	}

	@Transactional
	public PersonView updatePerson(CurrentUser user, UUID id, PersonForm form) {
		access.requireWatchlistEditor(user);
		PersonView before = person(user, id);
		if (before.deleted()) {
			throw new NotFound("watchlist person", id);
		}
		StaleVersion.check(form.version(), before.version());
		Checks checks = new Checks();
		PersonView value = validPerson(checks, "", form, user.ministry(), user.agency(), id, before.version());
		checks.orThrow();
		int changed = jdbc.update(
				"update watch_person set full_name = ?, aliases = ?, search_key = ?, birth_date = ?,"
						+ " sex = ?, nationalities = ?, documents = ?, category = ?, legal_basis = ?, valid_from = ?,"
						+ " valid_until = ?, handling_code = ?, contact_unit = ?, updated_at = ?, updated_by = ?,"
						+ " version = version + 1 where id = ? and version = ?",
				value.fullName(), WatchlistRows.join(value.aliases()), searchKey(value), value.birthDate(), value.sex(),
				WatchlistRows.join(value.nationalities()), WatchlistRows.join(value.documents()), value.category(),
				value.legalBasis(), value.validFrom(), value.validUntil(), value.handlingCode(), value.contactUnit(),
				now(), user.username(), id, before.version());
		if (changed == 0) {
			throw new StaleVersion(before.version(), before.version() + 1);
		}
		audit.append("UPDATE", "WatchPerson", id.toString(),
				JSON.writeValueAsString(diff(personFields(before), personFields(value))));
		PersonView saved = findPerson(id).orElseThrow();
		WatchlistIndex.afterCommit(() -> index.putPerson(saved));
		return saved;
	}

	@Transactional
	public void deletePerson(CurrentUser user, UUID id) {
		access.requireWatchlistEditor(user);
		PersonView before = person(user, id);
		if (before.deleted()) {
			return;
		}
		jdbc.update("update watch_person set deleted = true, updated_at = ?, updated_by = ?, version = version + 1"
				+ " where id = ?", now(), user.username(), id);
		audit.append("DELETE", "WatchPerson", id.toString(),
				JSON.writeValueAsString(Map.of("deleted", Map.of("before", false, "after", true))));
		WatchlistIndex.afterCommit(() -> index.removePerson(before));
	}

	/** Brings a deleted entry back (administrators of the owning ministry). */
	@Transactional
	public PersonView restorePerson(CurrentUser user, UUID id) {
		user.require(Role.ADMIN);
		access.requireWatchlistEditor(user);
		PersonView before = person(user, id);
		jdbc.update("update watch_person set deleted = false, updated_at = ?, updated_by = ?, version = version + 1"
				+ " where id = ?", now(), user.username(), id);
		audit.append("RESTORE", "WatchPerson", id.toString(),
				JSON.writeValueAsString(Map.of("deleted", Map.of("before", before.deleted(), "after", false))));
		PersonView saved = findPerson(id).orElseThrow();
		WatchlistIndex.afterCommit(() -> index.putPerson(saved));
		return saved;
	}

	// ---------------------------------------------------------------- documents

	@Transactional(readOnly = true)
	public Page<DocumentView> documents(CurrentUser user, String q, boolean deleted, Pageable pageable) {
		access.requireWatchlistReader(user);
		StringBuilder where = new StringBuilder(" where owner_agency = ? and deleted = ?");
		List<Object> args = new ArrayList<>(List.of(user.ministry().code(), deleted));
		if (q != null && !q.isBlank()) {
			where.append(" and number_key like ?");
			args.add("%" + WatchlistIndex.documentKey(q) + "%");
		}
		Long total = jdbc.queryForObject("select count(*) from watch_document" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<DocumentView> rows = jdbc.query(
				"select * from watch_document" + where + " order by updated_at desc, id limit ? offset ?",
				(rs, n) -> WatchlistRows.document(rs), pageArgs.toArray());
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	@Transactional(readOnly = true)
	public DocumentView document(CurrentUser user, UUID id) {
		access.requireWatchlistReader(user);
		return findDocument(id).filter(d -> d.ownerAgency().equals(user.ministry().code()))
			.orElseThrow(() -> new NotFound("watchlist document", id));
	}

	@Transactional
	public DocumentView createDocument(CurrentUser user, DocumentForm form) {
		access.requireWatchlistEditor(user);
		Checks checks = new Checks();
		DocumentView value = validDocument(checks, "", form, user.ministry(), user.agency(), UUID.randomUUID());
		checks.orThrow();
		insertDocuments(List.of(value), user);
		audit.append("CREATE", "WatchDocument", value.id().toString(), JSON.writeValueAsString(documentFields(value)));
		DocumentView saved = findDocument(value.id()).orElseThrow();
		WatchlistIndex.afterCommit(() -> index.putDocument(saved));
		return saved;
	}

	@Transactional
	public DocumentView updateDocument(CurrentUser user, UUID id, DocumentForm form) {
		access.requireWatchlistEditor(user);
		DocumentView before = document(user, id);
		if (before.deleted()) {
			throw new NotFound("watchlist document", id);
		}
		StaleVersion.check(form.version(), before.version());
		Checks checks = new Checks();
		DocumentView value = validDocument(checks, "", form, user.ministry(), user.agency(), id);
		checks.orThrow();
		jdbc.update(
				"update watch_document set number = ?, number_key = ?, doc_type = ?, issuing_country = ?,"
						+ " status = ?, reported_on = ?, contact_unit = ?, updated_at = ?, updated_by = ?,"
						+ " version = version + 1 where id = ?",
				value.number(), WatchlistIndex.documentKey(value.number()), value.type(), value.issuingCountry(),
				value.status(), value.reportedOn(), value.contactUnit(), now(), user.username(), id);
		audit.append(!Objects.equals(before.status(), value.status()) ? "STATUS" : "UPDATE", "WatchDocument",
				id.toString(), JSON.writeValueAsString(diff(documentFields(before), documentFields(value))));
		DocumentView saved = findDocument(id).orElseThrow();
		WatchlistIndex.afterCommit(() -> index.putDocument(saved));
		return saved;
	}

	@Transactional
	public void deleteDocument(CurrentUser user, UUID id) {
		access.requireWatchlistEditor(user);
		DocumentView before = document(user, id);
		if (before.deleted()) {
			return;
		}
		jdbc.update("update watch_document set deleted = true, updated_at = ?, updated_by = ?, version = version + 1"
				+ " where id = ?", now(), user.username(), id);
		audit.append("DELETE", "WatchDocument", id.toString(),
				JSON.writeValueAsString(Map.of("deleted", Map.of("before", false, "after", true))));
		WatchlistIndex.afterCommit(() -> index.removeDocument(before));
	}

	// ---------------------------------------------------------------- import and export

	/**
	 * Writes validated entries in one transaction with one audited IMPORT entry, and adds
	 * them to the index once committed. {@code progress} hears the number written so far.
	 */
	@Transactional
	public int importPersons(CurrentUser user, List<PersonView> rows, String fileName, Consumer<Integer> progress) {
		access.requireWatchlistEditor(user);
		for (int from = 0; from < rows.size(); from += 1000) {
			List<PersonView> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
			insertPersons(chunk, user);
			progress.accept(from + chunk.size());
		}
		audit.append("IMPORT", "WatchPerson", "import",
				JSON.writeValueAsString(Map.of("file", String.valueOf(fileName), "entries", rows.size())));
		List<PersonView> saved = List.copyOf(rows);
		WatchlistIndex.afterCommit(() -> saved.forEach(index::putPerson));
		return rows.size();
	}

	@Transactional
	public int importDocuments(CurrentUser user, List<DocumentView> rows, String fileName, Consumer<Integer> progress) {
		access.requireWatchlistEditor(user);
		for (int from = 0; from < rows.size(); from += 1000) {
			List<DocumentView> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
			insertDocuments(chunk, user);
			progress.accept(from + chunk.size());
		}
		audit.append("IMPORT", "WatchDocument", "import",
				JSON.writeValueAsString(Map.of("file", String.valueOf(fileName), "entries", rows.size())));
		List<DocumentView> saved = List.copyOf(rows);
		WatchlistIndex.afterCommit(() -> saved.forEach(index::putDocument));
		return rows.size();
	}

	/** Every live person entry of the user's ministry, in creation order. */
	@Transactional(readOnly = true)
	public void exportPersons(CurrentUser user, Consumer<PersonView> sink) {
		access.requireWatchlistReader(user);
		jdbc.query("select * from watch_person where owner_agency = ? and deleted = false order by created_at, id",
				rs -> {
					sink.accept(WatchlistRows.person(rs));
				}, user.ministry().code());
	}

	@Transactional(readOnly = true)
	public void exportDocuments(CurrentUser user, Consumer<DocumentView> sink) {
		access.requireWatchlistReader(user);
		jdbc.query("select * from watch_document where owner_agency = ? and deleted = false order by created_at, id",
				rs -> {
					sink.accept(WatchlistRows.document(rs));
				}, user.ministry().code());
	}

	// ---------------------------------------------------------------- validation

	/**
	 * Checks a person form; field names get {@code prefix}. Answers the entry it
	 * describes (meaningful only when the checks passed).
	 */
	PersonView validPerson(Checks checks, String prefix, PersonForm form, AgencyId ministry, AgencyId defaultUnit,
			UUID id, long version) {
		checks.required(prefix + "fullName", form.fullName(), 300);
		List<String> aliases = texts(checks, prefix + "aliases", form.aliases(), 300, 20);
		String birth = null;
		if (form.birthDate() != null && !form.birthDate().isBlank()) {
			try {
				birth = BirthDate.parse(form.birthDate()).toString();
			}
			catch (IllegalArgumentException ex) {
				checks.fail(prefix + "birthDate", "invalid.birth.date");
			}
		}
		String sex = blank(form.sex()) ? null : form.sex().strip().toUpperCase(Locale.ROOT);
		if (sex != null && !sex.equals("M") && !sex.equals("F")) {
			checks.fail(prefix + "sex", "invalid.sex");
		}
		List<String> nationalities = new ArrayList<>();
		for (String code : form.nationalities() == null ? List.<String>of() : form.nationalities()) {
			if (!blank(code)) {
				Checks one = new Checks().country("x", code);
				if (!one.ok()) {
					checks.fail(prefix + "nationalities", "invalid.country");
				}
				nationalities.add(code.strip().toUpperCase(Locale.ROOT));
			}
		}
		List<String> documents = texts(checks, prefix + "documents", form.documents(), 60, 20);
		String category = choice(checks, prefix + "category", form.category(), PersonCategory.class);
		checks.required(prefix + "legalBasis", form.legalBasis(), 1000);
		LocalDate from = checks.date(prefix + "validFrom", form.validFrom());
		LocalDate until = checks.date(prefix + "validUntil", form.validUntil());
		checks.order(prefix + "validUntil", from, until);
		String handling = choice(checks, prefix + "handlingCode", form.handlingCode(), HandlingCode.class);
		String unit = unit(checks, prefix + "contactUnit", form.contactUnit(), ministry, defaultUnit);
		return new PersonView(id, ministry.code(), strip(form.fullName()), aliases, birth, sex,
				List.copyOf(new LinkedHashSet<>(nationalities)), documents, category, strip(form.legalBasis()), from,
				until, handling, unit, false, null, null, version);
	}

	DocumentView validDocument(Checks checks, String prefix, DocumentForm form, AgencyId ministry, AgencyId defaultUnit,
			UUID id) {
		checks.required(prefix + "number", form.number(), 60);
		if (!blank(form.number()) && WatchlistIndex.documentKey(form.number()).length() < 3) {
			checks.fail(prefix + "number", "invalid.document.number");
		}
		String type = choice(checks, prefix + "type", form.type(), DocumentType.class);
		checks.country(prefix + "issuingCountry", form.issuingCountry());
		String status = choice(checks, prefix + "status", form.status(), DocumentStatus.class);
		LocalDate reported = checks.date(prefix + "reportedOn", form.reportedOn());
		if (blank(form.reportedOn())) {
			checks.fail(prefix + "reportedOn", "required");
		}
		String unit = unit(checks, prefix + "contactUnit", form.contactUnit(), ministry, defaultUnit);
		return new DocumentView(id, ministry.code(), strip(form.number()), type,
				blank(form.issuingCountry()) ? null : form.issuingCountry().strip().toUpperCase(Locale.ROOT), status,
				reported, unit, false, null, null, 0);
	}

	private String unit(Checks checks, String field, String value, AgencyId ministry, AgencyId defaultUnit) {
		if (blank(value)) {
			return defaultUnit.code();
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		boolean known = agencies.within(ministry).stream().anyMatch(a -> a.code().equals(code));
		if (!known) {
			checks.fail(field, "unknown.unit");
		}
		return code;
	}

	private static <E extends Enum<E>> String choice(Checks checks, String field, String value, Class<E> type) {
		if (blank(value)) {
			checks.fail(field, "required");
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)).name();
		}
		catch (IllegalArgumentException ex) {
			checks.fail(field, "invalid.choice");
			return null;
		}
	}

	private static List<String> texts(Checks checks, String field, List<String> values, int max, int count) {
		List<String> out = new ArrayList<>();
		for (String v : values == null ? List.<String>of() : values) {
			if (!blank(v)) {
				if (v.strip().length() > max) {
					checks.fail(field, "too.long." + max);
				}
				out.add(v.strip());
			}
		}
		if (out.size() > count) {
			checks.fail(field, "too.many");
		}
		return List.copyOf(new LinkedHashSet<>(out));
	}

	// ---------------------------------------------------------------- storage

	private void insertPersons(List<PersonView> rows, CurrentUser user) {
		OffsetDateTime at = now();
		jdbc.batchUpdate(
				"insert into watch_person(id, owner_agency, full_name, aliases, search_key, birth_date, sex,"
						+ " nationalities, documents, category, legal_basis, valid_from, valid_until, handling_code,"
						+ " contact_unit, deleted, created_at, created_by, updated_at, updated_by, version)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, 0)",
				rows, rows.size(), (ps, p) -> {
					ps.setObject(1, p.id());
					ps.setString(2, p.ownerAgency());
					ps.setString(3, p.fullName());
					ps.setString(4, WatchlistRows.join(p.aliases()));
					ps.setString(5, searchKey(p));
					ps.setString(6, p.birthDate());
					ps.setString(7, p.sex());
					ps.setString(8, WatchlistRows.join(p.nationalities()));
					ps.setString(9, WatchlistRows.join(p.documents()));
					ps.setString(10, p.category());
					ps.setString(11, p.legalBasis());
					ps.setObject(12, p.validFrom());
					ps.setObject(13, p.validUntil());
					ps.setString(14, p.handlingCode());
					ps.setString(15, p.contactUnit());
					ps.setObject(16, at);
					ps.setString(17, user.username());
					ps.setObject(18, at);
					ps.setString(19, user.username());
				});
	}

	private void insertDocuments(List<DocumentView> rows, CurrentUser user) {
		OffsetDateTime at = now();
		jdbc.batchUpdate(
				"insert into watch_document(id, owner_agency, number, number_key, doc_type, issuing_country,"
						+ " status, reported_on, contact_unit, deleted, created_at, created_by, updated_at, updated_by,"
						+ " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, 0)",
				rows, rows.size(), (ps, d) -> {
					ps.setObject(1, d.id());
					ps.setString(2, d.ownerAgency());
					ps.setString(3, d.number());
					ps.setString(4, WatchlistIndex.documentKey(d.number()));
					ps.setString(5, d.type());
					ps.setString(6, d.issuingCountry());
					ps.setString(7, d.status());
					ps.setObject(8, d.reportedOn());
					ps.setString(9, d.contactUnit());
					ps.setObject(10, at);
					ps.setString(11, user.username());
					ps.setObject(12, at);
					ps.setString(13, user.username());
				});
	}

	java.util.Optional<PersonView> findPerson(UUID id) {
		return jdbc.query("select * from watch_person where id = ?", (rs, n) -> WatchlistRows.person(rs), id)
			.stream()
			.findFirst();
	}

	java.util.Optional<DocumentView> findDocument(UUID id) {
		return jdbc.query("select * from watch_document where id = ?", (rs, n) -> WatchlistRows.document(rs), id)
			.stream()
			.findFirst();
	}

	private static String searchKey(PersonView p) {
		StringBuilder key = new StringBuilder(NameFolding.fold(p.fullName()));
		for (String alias : p.aliases()) {
			key.append(" | ").append(NameFolding.fold(alias));
		}
		return key.length() > 4400 ? key.substring(0, 4400) : key.toString();
	}

	private static Map<String, Object> personFields(PersonView p) {
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
		return m;
	}

	private static Map<String, Object> documentFields(DocumentView d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("number", d.number());
		m.put("type", d.type());
		m.put("issuingCountry", d.issuingCountry());
		m.put("status", d.status());
		m.put("reportedOn", d.reportedOn() == null ? null : d.reportedOn().toString());
		m.put("contactUnit", d.contactUnit());
		return m;
	}

	private static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
		Map<String, Object> out = new LinkedHashMap<>();
		for (Map.Entry<String, Object> e : after.entrySet()) {
			Object old = before.get(e.getKey());
			if (!Objects.equals(old, e.getValue())) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("before", old);
				change.put("after", e.getValue());
				out.put(e.getKey(), change);
			}
		}
		return out;
	}

	static OffsetDateTime now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}

	/**
	 * Thrown by import when rows are refused; carries each bad row's line and reasons.
	 */
	public static class RowsRefused extends RuntimeException {

		/** One refused value: the line it is on, the field and the reason key. */
		public record RowError(long line, String field, String reason) {
		}

		private final List<RowError> errors;

		public RowsRefused(List<RowError> errors) {
			super(errors.size() + " rows refused");
			this.errors = List.copyOf(errors);
		}

		public List<RowError> errors() {
			return errors;
		}

	}

	static List<RowsRefused.RowError> rowErrors(long line, InvalidInput ex) {
		return ex.errors().stream().map(e -> new RowsRefused.RowError(line, e.field(), e.reason())).toList();
	}

}
