package org.puente.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import org.puente.security.AuditLog;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;
import org.puente.shared.Sha256;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Copies a whole partnership out as one JSON document and restores such a copy into an
 * instance that does not hold it. Rows are read and written table by table with plain
 * SQL, so the copy is exact (ids, versions, stamps, soft-deleted records) and this module
 * needs nothing of the other modules but their tables.
 */
@Service
public class PartnershipTransfer {

	/** The format name every document carries. */
	public static final String FORMAT = "puente-partnership/1";

	/** Every table a document may hold, in the order rows are written (parents first). */
	static final List<String> TABLES = List.of("agency", "agency_alt_name", "area", "person", "person_name_variant",
			"person_role", "person_claim", "partnership", "partnership_member", "agreement", "agreement_party",
			"agreement_signatory", "agreement_area", "agreement_source", "agreement_status_change",
			"agreement_document", "engagement", "engagement_area", "engagement_source", "delegation_member",
			"engagement_agreement", "commitment", "commitment_area", "commitment_source", "commitment_raised_at",
			"commitment_status_change", "activity", "activity_commitment", "activity_source", "review",
			"review_source");

	/** Tables whose rows have an {@code id} that must not exist yet here. */
	private static final Set<String> OWN_ROWS = Set.of("person", "person_role", "person_claim", "agreement",
			"agreement_document", "engagement", "delegation_member", "engagement_agreement", "commitment", "activity",
			"review");

	/** The stamps of a reference row: where it was seeded, not what it says. */
	private static final Set<String> STAMPS = Set.of("created_at", "created_by", "updated_at", "updated_by", "version");

	/** Columns that name an agency the copy then has to carry. */
	private static final Set<String> AGENCY_COLUMNS = Set.of("agency_code", "host_agency", "guest_agency",
			"responsible_agency", "responsible_unit", "proposed_by", "trainer_side", "owner_agency");

	/** Where this instance keeps a document's file; instance-local, so not copied. */
	private static final String STORAGE_PATH = "storage_path";

	/** The document's bytes, in base64, in place of its storage path. */
	static final String CONTENT = "content";

	private static final String AGREEMENTS = "select id from agreement where partnership_id = :p";

	private static final String ENGAGEMENTS = "select id from engagement where partnership_id = :p";

	private static final String COMMITMENTS = "select id from commitment where partnership_id = :p";

	private static final String ACTIVITIES = "select id from activity where partnership_id = :p";

	private static final String REVIEWS = "select id from review where partnership_id = :p";

	private static final String PEOPLE = "select person_id from delegation_member where engagement_id in ("
			+ ENGAGEMENTS + ") union select person_id from agreement_signatory where agreement_id in (" + AGREEMENTS
			+ ")";

	/** Which rows of each table belong to the partnership {@code :p}. */
	private static final Map<String, String> WHERE = Map.ofEntries(Map.entry("person", "id in (" + PEOPLE + ")"),
			Map.entry("person_name_variant", "person_id in (" + PEOPLE + ")"),
			Map.entry("person_role", "person_id in (" + PEOPLE + ")"),
			Map.entry("person_claim", "person_id in (" + PEOPLE + ")"), Map.entry("partnership", "id = :p"),
			Map.entry("partnership_member", "partnership_id = :p"), Map.entry("agreement", "partnership_id = :p"),
			Map.entry("agreement_party", "agreement_id in (" + AGREEMENTS + ")"),
			Map.entry("agreement_signatory", "agreement_id in (" + AGREEMENTS + ")"),
			Map.entry("agreement_area", "agreement_id in (" + AGREEMENTS + ")"),
			Map.entry("agreement_source", "agreement_id in (" + AGREEMENTS + ")"),
			Map.entry("agreement_status_change", "agreement_id in (" + AGREEMENTS + ")"),
			Map.entry("agreement_document", "agreement_id in (" + AGREEMENTS + ")"),
			Map.entry("engagement", "partnership_id = :p"),
			Map.entry("engagement_area", "engagement_id in (" + ENGAGEMENTS + ")"),
			Map.entry("engagement_source", "engagement_id in (" + ENGAGEMENTS + ")"),
			Map.entry("delegation_member", "engagement_id in (" + ENGAGEMENTS + ")"),
			Map.entry("engagement_agreement", "engagement_id in (" + ENGAGEMENTS + ")"),
			Map.entry("commitment", "partnership_id = :p"),
			Map.entry("commitment_area", "commitment_id in (" + COMMITMENTS + ")"),
			Map.entry("commitment_source", "commitment_id in (" + COMMITMENTS + ")"),
			Map.entry("commitment_raised_at", "commitment_id in (" + COMMITMENTS + ")"),
			Map.entry("commitment_status_change", "commitment_id in (" + COMMITMENTS + ")"),
			Map.entry("activity", "partnership_id = :p"),
			Map.entry("activity_commitment", "activity_id in (" + ACTIVITIES + ")"),
			Map.entry("activity_source", "activity_id in (" + ACTIVITIES + ")"),
			Map.entry("review", "partnership_id = :p"), Map.entry("review_source", "review_id in (" + REVIEWS + ")"));

	/** Self references: a row's parent is written before it. */
	private static final Map<String, String[]> PARENTS = Map.of("agency", new String[] { "code", "parent_code" },
			"area", new String[] { "code", "parent_code" }, "agreement", new String[] { "id", "parent_id" },
			"engagement", new String[] { "id", "parent_id" });

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	private final Path documentRoot;

	PartnershipTransfer(NamedParameterJdbcTemplate jdbc, AuditLog audit,
			@Value("${puente.data-dir:./data}") String dataDir) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.documentRoot = Path.of(dataDir, "documents");
	}

	/** The partnership with this code, with everything it references, as JSON. */
	@Transactional(readOnly = true)
	public byte[] export(String code) {
		List<String> ids = jdbc.queryForList("select id from partnership where code = :c", Map.of("c", code),
				String.class);
		if (ids.isEmpty()) {
			throw new NotFound("partnership", code);
		}
		Map<String, Object> p = Map.of("p", UUID.fromString(ids.get(0)));
		Map<String, List<ObjectNode>> rows = new HashMap<>();
		for (String table : TABLES) {
			if (WHERE.containsKey(table)) {
				rows.put(table, rows(table, WHERE.get(table), p));
			}
		}
		Set<String> agencies = new TreeSet<>();
		Set<String> areas = new TreeSet<>();
		rows.values().forEach(list -> list.forEach(row -> row.properties().forEach(e -> {
			if (e.getValue().isString() && AGENCY_COLUMNS.contains(e.getKey())) {
				agencies.add(e.getValue().stringValue());
			}
			if (e.getValue().isString() && e.getKey().equals("area_code")) {
				areas.add(e.getValue().stringValue());
			}
		})));
		ancestors("agency", agencies);
		ancestors("area", areas);
		Map<String, Object> agencyCodes = Map.of("codes", agencies.isEmpty() ? List.of("") : agencies);
		rows.put("agency", rows("agency", "code in (:codes)", agencyCodes));
		rows.put("agency_alt_name", rows("agency_alt_name", "agency_code in (:codes)", agencyCodes));
		rows.put("area", rows("area", "code in (:codes)", Map.of("codes", areas.isEmpty() ? List.of("") : areas)));
		for (ObjectNode document : rows.get("agreement_document")) {
			JsonNode path = document.remove(STORAGE_PATH);
			try {
				document.put(CONTENT,
						Base64.getEncoder().encodeToString(Files.readAllBytes(Path.of(path.stringValue()))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		ObjectNode root = JSON.createObjectNode();
		root.put("format", FORMAT);
		root.put("partnership", code);
		root.put("exportedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
		ObjectNode tables = root.putObject("tables");
		for (String table : TABLES) {
			ArrayNode array = tables.putArray(table);
			rows.get(table).forEach(array::add);
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
	}

	/**
	 * Writes every row of a document in one transaction, keeping ids, versions and
	 * stamps, and audits the import. Refused with {@link InvalidInput} when the document
	 * is not a readable transfer document, and with {@link TransferRefused} when this
	 * instance holds any of its records already; then nothing is written.
	 */
	@Transactional
	public Restored restore(byte[] document, Consumer<String> progress) {
		JsonNode root;
		try {
			root = JSON.readTree(document);
		}
		catch (JacksonException ex) {
			throw new InvalidInput("body", "unreadable");
		}
		if (root == null || !root.isObject()) {
			throw new InvalidInput("body", "unreadable");
		}
		if (!root.path("format").isString() || !FORMAT.equals(root.path("format").stringValue())) {
			throw new InvalidInput("format", "unsupported.format");
		}
		if (!root.path("partnership").isString()) {
			throw new InvalidInput("partnership", "required");
		}
		String code = root.path("partnership").stringValue();
		if (!root.path("tables").isObject()) {
			throw new InvalidInput("tables", "required");
		}
		Map<String, Table> tables = read(root.path("tables"));
		Table partnerships = tables.get("partnership");
		if (partnerships == null || partnerships.rows.size() != 1
				|| !code.equals(partnerships.rows.get(0).get("code"))) {
			throw new InvalidInput("tables.partnership", "invalid.value");
		}
		UUID id = (UUID) partnerships.rows.get(0).get("id");
		UUID seeded = refuseWhatExists(tables, id, code);
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (seeded != null) {
			jdbc.update("delete from partnership_member where partnership_id = :p", Map.of("p", seeded));
			jdbc.update("delete from partnership where id = :p", Map.of("p", seeded));
		}
		int n = 0;
		for (Table table : tables.values()) {
			progress.accept("table %d/%d: %s (%d)".formatted(++n, tables.size(), table.name, table.rows.size()));
			write(table);
			counts.put(table.name, table.rows.size());
		}
		String sha256 = Sha256.hex(document);
		ObjectNode changes = JSON.createObjectNode();
		changes.put("format", FORMAT);
		changes.put("partnership", code);
		changes.put("sha256", sha256);
		ObjectNode rows = changes.putObject("rows");
		counts.forEach(rows::put);
		audit.append("IMPORT", "Partnership", id.toString(), JSON.writeValueAsString(changes));
		return new Restored(code, counts, sha256);
	}

	/** A table of the document: its target columns and its rows as SQL values. */
	private record Table(String name, List<Column> columns, List<Map<String, Object>> rows) {
	}

	private Map<String, Table> read(JsonNode tables) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		for (String name : tables.propertyNames()) {
			if (!TABLES.contains(name)) {
				errors.add(new InvalidInput.FieldError("tables." + name, "unknown.table"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Map<String, Table> read = new LinkedHashMap<>();
		for (String name : TABLES) {
			JsonNode array = tables.get(name);
			if (array == null) {
				continue;
			}
			if (!array.isArray()) {
				throw new InvalidInput("tables." + name, "invalid.value");
			}
			List<Column> columns = columns(name);
			Map<String, Column> byName = new LinkedHashMap<>();
			columns.forEach(c -> byName.put(c.name(), c));
			if (name.equals("agreement_document")) {
				byName.remove(STORAGE_PATH);
				byName.put(CONTENT, new Column(CONTENT, java.sql.Types.VARBINARY, Column.Kind.BYTES));
			}
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = 0; i < array.size() && errors.size() < 20; i++) {
				String at = "tables." + name + "[" + i + "]";
				JsonNode row = array.get(i);
				if (!row.isObject()) {
					errors.add(new InvalidInput.FieldError(at, "invalid.value"));
					continue;
				}
				for (String column : row.propertyNames()) {
					if (!byName.containsKey(column)) {
						errors.add(new InvalidInput.FieldError(at + "." + column, "unknown.column"));
					}
				}
				Map<String, Object> values = new LinkedHashMap<>();
				for (Column column : byName.values()) {
					if (!row.has(column.name())) {
						errors.add(new InvalidInput.FieldError(at + "." + column.name(), "required"));
						continue;
					}
					try {
						values.put(column.name(), column.toSql(row.get(column.name())));
					}
					catch (IllegalArgumentException ex) {
						errors.add(new InvalidInput.FieldError(at + "." + column.name(), "invalid.value"));
					}
				}
				rows.add(values);
			}
			if (name.equals("agreement_document") && errors.isEmpty()) {
				for (int i = 0; i < rows.size(); i++) {
					Map<String, Object> row = rows.get(i);
					if (row.get(CONTENT) == null || !Sha256.hex((byte[]) row.get(CONTENT)).equals(row.get("sha256"))) {
						errors.add(new InvalidInput.FieldError("tables." + name + "[" + i + "]." + CONTENT,
								"invalid.value"));
					}
				}
			}
			read.put(name, new Table(name, columns, PARENTS.containsKey(name) ? parentsFirst(name, rows) : rows));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return read;
	}

	/**
	 * Refuses the import when this instance holds the partnership or any of its records
	 * already, or an agency or area with the same code but other content. Returns the id
	 * of a partnership with the same code that the reference directory seeded here and
	 * that holds no records: the import replaces it.
	 */
	private UUID refuseWhatExists(Map<String, Table> tables, UUID id, String code) {
		if (exists("select count(*) from partnership where id = :v", id)) {
			throw new TransferRefused("partnership", id.toString(), false);
		}
		List<String> same = jdbc.queryForList("select id from partnership where code = :v", Map.of("v", code),
				String.class);
		UUID seeded = same.isEmpty() ? null : UUID.fromString(same.get(0));
		if (seeded != null) {
			for (String table : List.of("agreement", "engagement", "commitment", "activity", "review",
					"calendar_feed")) {
				if (exists("select count(*) from " + table + " where partnership_id = :v", seeded)) {
					throw new TransferRefused("partnership", code, false);
				}
			}
		}
		for (Table table : tables.values()) {
			if (OWN_ROWS.contains(table.name)) {
				for (Map<String, Object> row : table.rows) {
					if (exists("select count(*) from " + table.name + " where id = :v", row.get("id"))) {
						throw new TransferRefused(table.name, row.get("id").toString(), false);
					}
				}
			}
			if (table.name.equals("agency") || table.name.equals("area")) {
				for (Map<String, Object> row : table.rows) {
					List<ObjectNode> here = rows(table.name, "code = :v", Map.of("v", row.get("code")));
					if (!here.isEmpty() && !sameContent(table, row, here.get(0))) {
						throw new TransferRefused(table.name, row.get("code").toString(), true);
					}
				}
			}
		}
		return seeded;
	}

	private boolean sameContent(Table table, Map<String, Object> imported, ObjectNode here) {
		for (Column column : table.columns) {
			if (STAMPS.contains(column.name())) {
				continue;
			}
			Object value = imported.get(column.name());
			Object existing = column.toSql(here.get(column.name()));
			if (value == null ? existing != null : !(value instanceof java.math.BigDecimal d
					? existing instanceof java.math.BigDecimal e && d.compareTo(e) == 0 : value.equals(existing))) {
				return false;
			}
		}
		return true;
	}

	private boolean exists(String sql, Object value) {
		Long count = jdbc.queryForObject(sql, Map.of("v", value), Long.class);
		return count != null && count > 0;
	}

	private void write(Table table) {
		List<Column> columns = table.columns;
		String insert = "insert into " + table.name + " ("
				+ String.join(", ", columns.stream().map(Column::name).toList()) + ") values ("
				+ String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
		for (Map<String, Object> row : table.rows) {
			if (table.name.equals("agency") || table.name.equals("area")) {
				if (exists("select count(*) from " + table.name + " where code = :v", row.get("code"))) {
					// The same reference row, seeded here at another time: take the
					// copy's stamps so the restore is exact.
					update(table, row);
					continue;
				}
			}
			if (table.name.equals("agency_alt_name")
					&& jdbc.queryForObject("select count(*) from agency_alt_name where agency_code = :a and name = :n",
							Map.of("a", row.get("agency_code"), "n", row.get("name")), Long.class) > 0) {
				continue;
			}
			if (table.name.equals("agreement_document")) {
				row.put(STORAGE_PATH, store(row));
			}
			jdbc.getJdbcTemplate().update(insert, statement -> {
				for (int i = 0; i < columns.size(); i++) {
					columns.get(i).bind(statement, i + 1, row.get(columns.get(i).name()));
				}
			});
		}
	}

	private void update(Table table, Map<String, Object> row) {
		List<Column> stamps = table.columns.stream().filter(c -> STAMPS.contains(c.name())).toList();
		String sql = "update " + table.name + " set "
				+ String.join(", ", stamps.stream().map(c -> c.name() + " = ?").toList()) + " where code = ?";
		jdbc.getJdbcTemplate().update(sql, statement -> {
			for (int i = 0; i < stamps.size(); i++) {
				stamps.get(i).bind(statement, i + 1, row.get(stamps.get(i).name()));
			}
			statement.setString(stamps.size() + 1, (String) row.get("code"));
		});
	}

	/**
	 * Writes a document's bytes where this instance keeps documents; undone on rollback.
	 */
	private String store(Map<String, Object> row) {
		Path file = documentRoot.resolve(row.get("agreement_id").toString()).resolve(row.get("id").toString());
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, (byte[]) row.get(CONTENT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					try {
						Files.deleteIfExists(file);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			}
		});
		return file.toString();
	}

	/** The rows of a table that match {@code where}, in a stable order. */
	private List<ObjectNode> rows(String table, String where, Map<String, ?> params) {
		List<ObjectNode> rows = new ArrayList<>();
		jdbc.query("select * from " + table + " where " + where, params, (ResultSet rs) -> {
			List<Column> columns = Column.of(rs.getMetaData());
			ObjectNode row = JSON.createObjectNode();
			for (int i = 0; i < columns.size(); i++) {
				row.set(columns.get(i).name(), columns.get(i).read(rs, i + 1));
			}
			rows.add(row);
		});
		// Sorted here, not by the database: collations differ between H2 and
		// PostgreSQL, and two copies of the same data must be the same bytes.
		rows.sort(Comparator.comparing(PartnershipTransfer::sortKey));
		return rows;
	}

	private static String sortKey(ObjectNode row) {
		StringBuilder key = new StringBuilder();
		row.properties().forEach(e -> key.append(e.getValue().toString()).append('\u0000'));
		return key.toString();
	}

	private List<Column> columns(String table) {
		return jdbc.getJdbcTemplate()
			.query("select * from " + table + " where 1 = 0", (ResultSet rs) -> Column.of(rs.getMetaData()));
	}

	/** Adds every ancestor (by {@code parent_code}) of the codes. */
	private void ancestors(String table, Set<String> codes) {
		Set<String> pending = new HashSet<>(codes);
		while (!pending.isEmpty()) {
			List<String> parents = jdbc.queryForList(
					"select parent_code from " + table + " where code in (:codes) and parent_code is not null",
					Map.of("codes", pending), String.class);
			pending = new HashSet<>();
			for (String parent : parents) {
				if (codes.add(parent)) {
					pending.add(parent);
				}
			}
		}
	}

	private static List<Map<String, Object>> parentsFirst(String table, List<Map<String, Object>> rows) {
		String key = PARENTS.get(table)[0];
		String parent = PARENTS.get(table)[1];
		Map<Object, Map<String, Object>> byKey = new LinkedHashMap<>();
		rows.forEach(r -> byKey.put(r.get(key), r));
		Set<Object> placed = new LinkedHashSet<>();
		List<Map<String, Object>> ordered = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			place(row, key, parent, byKey, placed, ordered, new HashSet<>());
		}
		return ordered;
	}

	private static void place(Map<String, Object> row, String key, String parent,
			Map<Object, Map<String, Object>> byKey, Set<Object> placed, List<Map<String, Object>> ordered,
			Set<Object> path) {
		Object id = row.get(key);
		if (placed.contains(id) || !path.add(id)) {
			return;
		}
		Map<String, Object> up = byKey.get(row.get(parent));
		if (up != null) {
			place(up, key, parent, byKey, placed, ordered, path);
		}
		placed.add(id);
		ordered.add(row);
	}

}
