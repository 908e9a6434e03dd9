package org.puente.transfer;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One column of a table as the database describes it, and how its values are written in
 * the transfer document: UUIDs and text as strings, dates and timestamps in ISO-8601
 * (timestamps in UTC), booleans, numbers exact, bytes in base64. The same rules hold on
 * H2 and PostgreSQL, so a copy taken from one restores into the other.
 */
record Column(String name, int sqlType, Kind kind) {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	enum Kind {

		UUID, TIMESTAMPTZ, TIMESTAMP, DATE, BOOLEAN, INTEGER, DECIMAL, BYTES, TEXT

	}

	static List<Column> of(ResultSetMetaData meta) throws SQLException {
		List<Column> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			columns.add(new Column(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i),
					kind(meta.getColumnType(i), meta.getColumnTypeName(i))));
		}
		return columns;
	}

	static Kind kind(int type, String typeName) {
		String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
		if (name.equals("uuid")) {
			return Kind.UUID;
		}
		if (type == Types.TIMESTAMP_WITH_TIMEZONE || name.equals("timestamptz")
				|| (name.contains("timestamp") && name.contains("zone"))) {
			return Kind.TIMESTAMPTZ;
		}
		return switch (type) {
			case Types.TIMESTAMP -> Kind.TIMESTAMP;
			case Types.DATE -> Kind.DATE;
			case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
			case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.DECIMAL;
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BYTES;
			default -> Kind.TEXT;
		};
	}

	/** The value at {@code index} of the current row, as the document writes it. */
	JsonNode read(ResultSet rs, int index) throws SQLException {
		switch (kind) {
			case UUID, TEXT -> {
				Object value = kind == Kind.UUID ? rs.getObject(index) : rs.getString(index);
				return value == null ? NODES.nullNode() : NODES.stringNode(value.toString());
			}
			case TIMESTAMPTZ -> {
				OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
				return value == null ? NODES.nullNode()
						: NODES.stringNode(value.withOffsetSameInstant(ZoneOffset.UTC).toString());
			}
			case TIMESTAMP -> {
				LocalDateTime value = rs.getObject(index, LocalDateTime.class);
				return value == null ? NODES.nullNode() : NODES.stringNode(value.toString());
			}
			case DATE -> {
				LocalDate value = rs.getObject(index, LocalDate.class);
				return value == null ? NODES.nullNode() : NODES.stringNode(value.toString());
			}
			case BOOLEAN -> {
				boolean value = rs.getBoolean(index);
				return rs.wasNull() ? NODES.nullNode() : NODES.booleanNode(value);
			}
			case INTEGER -> {
				long value = rs.getLong(index);
				return rs.wasNull() ? NODES.nullNode() : NODES.numberNode(value);
			}
			case DECIMAL -> {
				BigDecimal value = rs.getBigDecimal(index);
				return value == null ? NODES.nullNode() : NODES.numberNode(value);
			}
			case BYTES -> {
				byte[] value = rs.getBytes(index);
				return value == null ? NODES.nullNode() : NODES.stringNode(Base64.getEncoder().encodeToString(value));
			}
			default -> throw new IllegalStateException(kind.toString());
		}
	}

	/**
	 * The SQL value of a document value for this column, or
	 * {@link IllegalArgumentException} when the value does not fit the column's type.
	 */
	Object toSql(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		try {
			return switch (kind) {
				case UUID -> UUID.fromString(text(value));
				case TIMESTAMPTZ -> OffsetDateTime.parse(text(value));
				case TIMESTAMP -> LocalDateTime.parse(text(value));
				case DATE -> LocalDate.parse(text(value));
				case BOOLEAN -> {
					if (!value.isBoolean()) {
						throw new IllegalArgumentException(name);
					}
					yield value.booleanValue();
				}
				case INTEGER -> {
					if (!value.isIntegralNumber() || !value.canConvertToLong()) {
						throw new IllegalArgumentException(name);
					}
					yield value.longValue();
				}
				case DECIMAL -> {
					if (!value.isNumber()) {
						throw new IllegalArgumentException(name);
					}
					yield value.decimalValue();
				}
				case BYTES -> Base64.getDecoder().decode(text(value));
				case TEXT -> text(value);
			};
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException(name, ex);
		}
	}

	void bind(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, sqlType);
		}
		else if (kind == Kind.INTEGER && (sqlType == Types.INTEGER || sqlType == Types.SMALLINT)) {
			statement.setInt(index, Math.toIntExact((Long) value));
		}
		else {
			statement.setObject(index, value);
		}
	}

	private String text(JsonNode value) {
		if (!value.isString()) {
			throw new IllegalArgumentException(name);
		}
		return value.stringValue();
	}

}
