package org.puente.sources.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The reference directory as the seed files describe it ({@code seed/directory.yml} and,
 * optionally, {@code seed/demo-people.yml}), without a database: for tests and for the
 * benchmark when no database is wanted. People get name-based UUIDs.
 */
public final class SeedGazetteer implements Gazetteer {

	private final List<KnownAgency> agencies = new ArrayList<>();

	private final List<KnownPerson> people = new ArrayList<>();

	private final List<KnownArea> areas = new ArrayList<>();

	public SeedGazetteer(boolean withDemoPeople) {
		readDirectory(read("seed/directory.yml"));
		if (withDemoPeople) {
			readPeople(read("seed/demo-people.yml"));
		}
	}

	@SuppressWarnings("unchecked")
	private void readDirectory(Map<String, Object> data) {
		for (Map<String, Object> a : (List<Map<String, Object>>) data.get("agencies")) {
			Map<String, String> names = (Map<String, String>) a.get("names");
			List<String> all = new ArrayList<>();
			for (String lang : List.of("en", "es", "vi")) {
				if (names.get(lang) != null) {
					all.add(names.get(lang));
				}
			}
			List<String> alternatives = (List<String>) a.getOrDefault("alternativeNames", List.of());
			all.addAll(alternatives);
			String abbreviations = (String) a.getOrDefault("abbreviations", "");
			agencies.add(new KnownAgency((String) a.get("code"), (String) a.get("parent"), (String) a.get("country"),
					names.get("en"), all, split(abbreviations)));
		}
		for (Map<String, Object> a : (List<Map<String, Object>>) data.get("areas")) {
			Map<String, String> names = (Map<String, String>) a.get("names");
			areas.add(new KnownArea((String) a.get("code"), names.get("en"),
					List.of(names.get("en"), names.get("es"), names.get("vi"))));
		}
	}

	@SuppressWarnings("unchecked")
	private void readPeople(Map<String, Object> data) {
		for (Map<String, Object> p : (List<Map<String, Object>>) data.get("people")) {
			String fullName = (String) p.get("fullName");
			people.add(new KnownPerson(UUID.nameUUIDFromBytes(fullName.getBytes(StandardCharsets.UTF_8)), fullName,
					(String) p.get("country"), (List<String>) p.getOrDefault("variants", List.of())));
		}
	}

	static List<String> split(String abbreviations) {
		List<String> out = new ArrayList<>();
		if (abbreviations != null) {
			for (String s : abbreviations.split("[,;]")) {
				if (!s.isBlank()) {
					out.add(s.strip());
				}
			}
		}
		return out;
	}

	private static Map<String, Object> read(String resource) {
		try (InputStream in = SeedGazetteer.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<KnownAgency> agencies() {
		return agencies;
	}

	@Override
	public List<KnownPerson> people() {
		return people;
	}

	@Override
	public List<KnownArea> areas() {
		return areas;
	}

}
