package org.puente.sources.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.puente.sources.Extraction;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation form of an extraction (the JSON shape, keys in its order): the
 * agreed commitments under {@code commitments}, what one side only proposed under the
 * extra key {@code proposals}, unresolved points under {@code notes}.
 */
public final class ExtractionJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ExtractionJson() {
	}

	public static Map<String, Object> toMap(Extraction e) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("event_date", e.event() == null ? null : e.event().iso());
		out.put("place", e.place() == null ? null : e.place().label(Lexicon::countryName));
		out.put("kind", e.kind());
		out.put("agencies", e.agencies().stream().map(a -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", a.name());
			m.put("country", a.country());
			m.put("role", a.role());
			m.put("code", a.agencyCode());
			return m;
		}).toList());
		out.put("people", e.people().stream().map(p -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", p.name());
			m.put("canonical", p.canonical());
			m.put("rank", p.rank());
			m.put("position", p.position());
			m.put("country", p.country());
			m.put("known", p.personId() != null);
			return m;
		}).toList());
		out.put("agreements", e.agreements().stream().map(a -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("title", a.title());
			m.put("action", a.action());
			m.put("date", a.date());
			return m;
		}).toList());
		out.put("areas", e.areas().stream().map(Extraction.Area::phrase).distinct().toList());
		out.put("commitments",
				e.commitments()
					.stream()
					.filter(Extraction.Commitment::agreed)
					.map(Extraction.Commitment::text)
					.toList());
		out.put("same_event_as", e.sameEventAs());
		out.put("proposals", e.commitments().stream().filter(c -> !c.agreed()).map(c -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("text", c.text());
			m.put("proposed_by", c.proposedBy());
			return m;
		}).toList());
		out.put("language", e.language());
		out.put("notes", e.notes().stream().map(ExtractionNotes::english).toList());
		return out;
	}

	/** One line of JSON. */
	public static String write(Extraction e) {
		return JSON.writeValueAsString(toMap(e));
	}

	/** A map as one line of JSON. */
	public static String writeLine(Map<String, Object> value) {
		return JSON.writeValueAsString(value);
	}

	/** A map as indented JSON. */
	public static String writePretty(Map<String, Object> value) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
	}

	/** Reads a JSON document into maps and lists. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> read(String json) {
		return JSON.readValue(json, Map.class);
	}

	static List<Object> list(Object value) {
		return value instanceof List<?> l ? List.copyOf(l) : List.of();
	}

}
