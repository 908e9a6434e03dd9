package org.puente.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.puente.security.AuditLog;
import org.puente.shared.Classification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference directory (agencies, areas, partnerships) into an empty database
 * and, when demo loading is on, the officials the seed articles name. Changes are audited
 * as {@code seed}.
 */
@Component
@Order(0)
class DirectorySeed implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DirectorySeed.class);

	private final Agencies agencies;

	private final Areas areas;

	private final Partnerships partnerships;

	private final People people;

	private final TransactionTemplate transactions;

	private final boolean demo;

	DirectorySeed(Agencies agencies, Areas areas, Partnerships partnerships, People people,
			TransactionTemplate transactions, @Value("${puente.demo.enabled:false}") boolean demo) {
		this.agencies = agencies;
		this.areas = areas;
		this.partnerships = partnerships;
		this.people = people;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditLog.runAs("seed", () -> transactions.execute(status -> {
			if (agencies.count() == 0) {
				loadReference(read("seed/directory.yml"));
			}
			if (demo && people.count() == 0) {
				loadPeople(read("seed/demo-people.yml"));
			}
			return null;
		}));
	}

	@SuppressWarnings("unchecked")
	private void loadReference(Map<String, Object> data) {
		for (Map<String, Object> a : (List<Map<String, Object>>) data.get("agencies")) {
			String parent = (String) a.get("parent");
			String owner = parent == null ? (String) a.get("code")
					: agencies.findById(parent).orElseThrow().ownerAgency();
			Agency agency = new Agency((String) a.get("code"), parent, owner);
			agency.update((String) a.get("kind"), (String) a.get("country"), names(a), (String) a.get("abbreviations"),
					new LinkedHashSet<>((List<String>) a.get("alternativeNames")));
			agencies.saveAndFlush(agency);
		}
		int order = 0;
		for (Map<String, Object> a : (List<Map<String, Object>>) data.get("areas")) {
			Area area = new Area((String) a.get("code"), (String) a.get("parent"), "MPS");
			area.update(names(a), (order += 10));
			areas.saveAndFlush(area);
		}
		for (Map<String, Object> p : (List<Map<String, Object>>) data.get("partnerships")) {
			Partnership partnership = new Partnership((String) p.get("code"), (String) p.get("owner"));
			Set<Partnership.Member> members = new LinkedHashSet<>();
			for (Map<String, Object> m : (List<Map<String, Object>>) p.get("members")) {
				members.add(new Partnership.Member((String) m.get("agency"),
						String.join(",", (List<String>) m.get("languages"))));
			}
			partnership.update(names(p), null, members);
			partnerships.save(partnership);
		}
		LOG.info("Loaded the reference directory: {} agencies, {} areas, {} partnerships", agencies.count(),
				areas.count(), partnerships.count());
	}

	@SuppressWarnings("unchecked")
	private void loadPeople(Map<String, Object> data) {
		for (Map<String, Object> p : (List<Map<String, Object>>) data.get("people")) {
			Person person = new Person((String) p.get("owner"));
			Set<NameVariant> variants = new LinkedHashSet<>();
			for (String v : (List<String>) p.get("variants")) {
				variants.add(new NameVariant(v, "seed"));
			}
			person.update((String) p.get("fullName"), (String) p.get("country"), Classification.UNCLASSIFIED, null,
					variants);
			for (Map<String, Object> r : (List<Map<String, Object>>) p.get("roles")) {
				person.addRole((String) r.get("position"), (String) r.get("rank"), (String) r.get("agency"), null, null,
						(String) r.get("source"));
			}
			for (Map<String, Object> c : (List<Map<String, Object>>) p.get("claims")) {
				person.addClaim(PersonClaim.Attribute.valueOf((String) c.get("attribute")), (String) c.get("value"),
						date(c.get("asOf")), (String) c.get("source"));
			}
			people.save(person);
		}
		LOG.info("Loaded {} demo people", people.count());
	}

	private static LocalDate date(Object value) {
		if (value instanceof java.util.Date d) {
			return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		return value == null ? null : LocalDate.parse(value.toString());
	}

	@SuppressWarnings("unchecked")
	private static Trilingual names(Map<String, Object> item) {
		Map<String, String> n = (Map<String, String>) item.get("names");
		return new Trilingual(n.get("vi"), n.get("es"), n.get("en"));
	}

	private static Map<String, Object> read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
