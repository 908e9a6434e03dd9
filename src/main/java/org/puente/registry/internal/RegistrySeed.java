package org.puente.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.directory.DirectoryLookup;
import org.puente.security.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo MPS–MININT registry (seed/demo-registry.yml) into an empty registry when
 * demo loading is on. Runs after the directory seed, whose people it looks up by name;
 * changes are audited as {@code seed}.
 */
@Component
@Order(5)
class RegistrySeed implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(RegistrySeed.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Agreements agreements;

	private final Engagements engagements;

	private final Commitments commitments;

	private final Activities activities;

	private final Reviews reviews;

	private final ReviewRegistry reviewRegistry;

	private final DirectoryLookup directory;

	private final TransactionTemplate transactions;

	private final boolean demo;

	RegistrySeed(Agreements agreements, Engagements engagements, Commitments commitments, Activities activities,
			Reviews reviews, ReviewRegistry reviewRegistry, DirectoryLookup directory, TransactionTemplate transactions,
			@Value("${puente.demo.enabled:false}") boolean demo) {
		this.agreements = agreements;
		this.engagements = engagements;
		this.commitments = commitments;
		this.activities = activities;
		this.reviews = reviews;
		this.reviewRegistry = reviewRegistry;
		this.directory = directory;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo) {
			return;
		}
		AuditLog.runAs("seed", () -> transactions.execute(status -> {
			if (agreements.count() == 0 && engagements.count() == 0 && commitments.count() == 0) {
				load(read("seed/demo-registry.yml"));
			}
			return null;
		}));
	}

	@SuppressWarnings("unchecked")
	private void load(Map<String, Object> data) {
		UUID partnership = directory.partnershipByCode((String) data.get("partnership"))
			.orElseThrow(() -> new IllegalStateException("demo partnership " + data.get("partnership") + " missing"))
			.id();
		Map<String, UUID> keys = new HashMap<>();
		for (Map<String, Object> a : list(data, "agreements")) {
			Agreement agreement = new Agreement(partnership, (String) a.get("owner"), AgreementStatus.DRAFT);
			agreement.update(AgreementKind.valueOf((String) a.get("kind")), texts(a.get("title")),
					ref(keys, a.get("parent")), date(a.get("signedOn")), (String) a.get("signedPlace"),
					date(a.get("entryIntoForce")), (String) a.get("term"), date(a.get("expiresOn")),
					strings(a.get("parties")), Set.of(), strings(a.get("areas")), strings(a.get("sources")));
			history(a, (s, change) -> agreement.moveTo(AgreementStatus.valueOf(s), change));
			keys.put((String) a.get("key"), agreements.saveAndFlush(agreement).id());
		}
		for (Map<String, Object> e : list(data, "engagements")) {
			Engagement engagement = new Engagement(partnership, (String) e.get("owner"));
			LocalDate start = date(e.get("start"));
			engagement.update(EngagementKind.valueOf((String) e.get("kind")), texts(e.get("title")),
					ref(keys, e.get("parent")), start, date(e.get("end")), Boolean.TRUE.equals(e.get("approximate")),
					(String) e.get("city"), (String) e.get("country"), (String) e.get("host"), (String) e.get("guest"),
					(String) e.get("outcomes"), strings(e.get("areas")), strings(e.get("sources")));
			List<DelegationMember.Entry> delegation = new ArrayList<>();
			for (Map<String, Object> m : (List<Map<String, Object>>) e.getOrDefault("delegation", List.of())) {
				String name = (String) m.get("person");
				DirectoryLookup.PersonRef person = directory.personByName(name)
					.orElseThrow(() -> new IllegalStateException("demo person " + name + " missing"));
				DirectoryLookup.Standing standing = directory.standingOn(person.id(), start);
				delegation.add(new DelegationMember.Entry(person.id(), person.fullName(),
						DelegationMember.Side.valueOf((String) m.get("side")),
						DelegationMember.Role.valueOf((String) m.get("role")),
						m.containsKey("rank") ? (String) m.get("rank") : standing.rank(),
						m.containsKey("position") ? (String) m.get("position") : standing.position()));
			}
			engagement.replaceDelegation(delegation);
			List<EngagementAgreement.Link> links = new ArrayList<>();
			for (Map<String, Object> l : (List<Map<String, Object>>) e.getOrDefault("agreements", List.of())) {
				links.add(new EngagementAgreement.Link(ref(keys, l.get("agreement")),
						EngagementAgreement.Action.valueOf((String) l.get("action"))));
			}
			engagement.replaceAgreements(links);
			keys.put((String) e.get("key"), engagements.saveAndFlush(engagement).id());
		}
		for (Map<String, Object> c : list(data, "commitments")) {
			Commitment commitment = new Commitment(partnership, (String) c.get("owner"), CommitmentStatus.PROPOSED);
			Set<UUID> raisedAt = new LinkedHashSet<>();
			for (String key : strings(c.get("raisedAt"))) {
				raisedAt.add(ref(keys, key));
			}
			commitment.update(texts(c.get("text")), (String) c.get("responsible"), (String) c.get("responsibleUnit"),
					date(c.get("due")), (String) c.get("duePeriod"),
					Commitment.AgreedBy.valueOf((String) c.get("agreedBy")), (String) c.get("proposedBy"),
					ref(keys, c.get("origin")), ref(keys, c.get("originAgreement")), strings(c.get("areas")),
					strings(c.get("sources")), raisedAt);
			history(c, (s, change) -> commitment.moveTo(CommitmentStatus.valueOf(s), change));
			keys.put((String) c.get("key"), commitments.saveAndFlush(commitment).id());
		}
		for (Map<String, Object> a : list(data, "activities")) {
			Activity activity = new Activity(partnership, (String) a.get("owner"),
					ActivityStatus.valueOf((String) a.get("status")));
			Set<UUID> linked = new LinkedHashSet<>();
			for (String key : strings(a.get("commitments"))) {
				linked.add(ref(keys, key));
			}
			activity.update(ActivityKind.valueOf((String) a.get("kind")), texts(a.get("title")), date(a.get("start")),
					date(a.get("end")), (String) a.get("city"), (String) a.get("country"), (Integer) a.get("trainees"),
					(String) a.get("trainerSide"), (String) a.get("items"), null, (String) a.get("currency"), linked,
					strings(a.get("sources")));
			activities.saveAndFlush(activity);
		}
		for (Map<String, Object> r : list(data, "reviews")) {
			UUID agreementId = ref(keys, r.get("agreement"));
			Review review = new Review(partnership, (String) r.get("owner"), agreementId);
			review.update(ref(keys, r.get("engagement")), date(r.get("date")), (String) r.get("conclusions"),
					strings(r.get("sources")));
			review.snapshot(JSON
				.writeValueAsString(reviewRegistry.snapshot(review, agreements.findById(agreementId).orElseThrow())));
			reviews.saveAndFlush(review);
		}
		LOG.info("Loaded the demo registry: {} agreements, {} engagements, {} commitments, {} activities, {} reviews",
				agreements.count(), engagements.count(), commitments.count(), activities.count(), reviews.count());
	}

	@SuppressWarnings("unchecked")
	private static void history(Map<String, Object> item, java.util.function.BiConsumer<String, StatusChange> move) {
		int i = 0;
		for (Map<String, Object> h : (List<Map<String, Object>>) item.getOrDefault("history", List.of())) {
			LocalDate on = date(h.get("date"));
			// Distinct, ordered instants keep the history in the file's order.
			Instant at = on.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(i++);
			move.accept((String) h.get("status"),
					new StatusChange((String) h.get("status"), on, (String) h.get("note"), null, "seed", at));
		}
	}

	private static UUID ref(Map<String, UUID> keys, Object key) {
		if (key == null) {
			return null;
		}
		UUID id = keys.get((String) key);
		if (id == null) {
			throw new IllegalStateException("demo registry: unknown key " + key);
		}
		return id;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> data, String name) {
		return (List<Map<String, Object>>) data.getOrDefault(name, List.of());
	}

	@SuppressWarnings("unchecked")
	private static Set<String> strings(Object value) {
		return value == null ? new LinkedHashSet<>() : new LinkedHashSet<>((List<String>) value);
	}

	@SuppressWarnings("unchecked")
	private static Texts texts(Object value) {
		Map<String, String> t = (Map<String, String>) value;
		return Texts.of(t.get("vi"), t.get("es"), t.get("en"));
	}

	private static LocalDate date(Object value) {
		if (value instanceof java.util.Date d) {
			return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		return value == null ? null : LocalDate.parse(value.toString());
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
