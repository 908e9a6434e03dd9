package org.puente.screening.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.puente.names.BirthDate;
import org.puente.names.Candidate;
import org.puente.names.Match;
import org.puente.names.NameIndex;
import org.puente.names.NameMatching;
import org.puente.names.Probe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The watchlists in memory: one {@link NameIndex} of persons per owning ministry, and the
 * listed documents by normalised number. Built from the database before Puente serves
 * requests, kept current by every change once its transaction commits. Expired and
 * not-yet-valid entries stay in the index but never hit.
 */
@Component
public class WatchlistIndex implements SmartInitializingSingleton {

	private static final Logger LOG = LoggerFactory.getLogger(WatchlistIndex.class);

	private static final int LOG_EVERY = 100_000;

	/** Where an indexed entry belongs and when it may hit. */
	public record Listed(UUID id, String kind, String owner, String contactUnit, LocalDate validFrom,
			LocalDate validUntil) {

		boolean validOn(LocalDate day) {
			return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
		}

	}

	/** An entry a probe found: where it is listed, the score and why. */
	public record Found(Listed entry, double score, List<String> reasons) {
	}

	private final JdbcTemplate jdbc;

	private final Map<String, NameIndex> persons = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Set<UUID>>> documents = new ConcurrentHashMap<>();

	private final Map<UUID, Listed> listed = new ConcurrentHashMap<>();

	WatchlistIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		rebuild();
	}

	/** Reads every live entry from the database, logging progress for large lists. */
	public synchronized void rebuild() {
		long started = System.nanoTime();
		persons.clear();
		documents.clear();
		listed.clear();
		Integer total = jdbc.queryForObject("select count(*) from watch_person where deleted = false", Integer.class);
		long[] count = { 0 };
		jdbc.query("select * from watch_person where deleted = false", rs -> {
			putPerson(WatchlistRows.person(rs));
			if (++count[0] % LOG_EVERY == 0) {
				LOG.info("Screening index: {} of {} persons loaded", count[0], total);
			}
		});
		jdbc.query("select * from watch_document where deleted = false", rs -> {
			putDocument(WatchlistRows.document(rs));
		});
		LOG.info("Screening index ready: {} persons, {} documents in {} ms", count[0], listed.size() - count[0],
				(System.nanoTime() - started) / 1_000_000);
	}

	public void putPerson(Watchlists.PersonView p) {
		Listed entry = new Listed(p.id(), "PERSON", p.ownerAgency(), p.contactUnit(), p.validFrom(), p.validUntil());
		listed.put(p.id(), entry);
		BirthDate birth = p.birthDate() == null ? null : BirthDate.parse(p.birthDate());
		persons.computeIfAbsent(p.ownerAgency(), k -> NameMatching.newIndex())
			.put(new Candidate(p.id().toString(), p.fullName(), p.aliases(), birth, p.sex(),
					Set.copyOf(p.nationalities()), Set.copyOf(p.documents())));
	}

	public void removePerson(Watchlists.PersonView p) {
		listed.remove(p.id());
		NameIndex index = persons.get(p.ownerAgency());
		if (index != null) {
			index.remove(p.id().toString());
		}
	}

	public void putDocument(Watchlists.DocumentView d) {
		removeDocument(d);
		listed.put(d.id(), new Listed(d.id(), "DOCUMENT", d.ownerAgency(), d.contactUnit(), null, null));
		documents.computeIfAbsent(d.ownerAgency(), k -> new ConcurrentHashMap<>())
			.computeIfAbsent(documentKey(d.number()), k -> ConcurrentHashMap.newKeySet())
			.add(d.id());
	}

	public void removeDocument(Watchlists.DocumentView d) {
		listed.remove(d.id());
		Map<String, Set<UUID>> byKey = documents.get(d.ownerAgency());
		if (byKey != null) {
			byKey.values().forEach(ids -> ids.remove(d.id()));
		}
	}

	/**
	 * Runs a change to the index once the current transaction commits (at once outside
	 * one).
	 */
	public static void afterCommit(Runnable change) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					change.run();
				}
			});
		}
		else {
			change.run();
		}
	}

	/**
	 * The entries of these owners that match the probe and are valid on the day, best
	 * first: persons by name (with birth date, nationality and document as evidence) and
	 * documents by their normalised number.
	 */
	public List<Found> find(Probe probe, Collection<String> owners, LocalDate day, double threshold, int limit) {
		Map<UUID, Found> best = new java.util.LinkedHashMap<>();
		if (probe.fullName() != null && !probe.fullName().isBlank()) {
			for (String owner : owners) {
				NameIndex index = persons.get(owner);
				if (index == null) {
					continue;
				}
				for (Match m : index.find(probe, threshold, limit)) {
					Listed entry = listed.get(UUID.fromString(m.id()));
					if (entry != null && entry.validOn(day)) {
						best.merge(entry.id(), new Found(entry, m.score(), m.reasons()),
								(a, b) -> a.score() >= b.score() ? a : b);
					}
				}
			}
		}
		if (probe.document() != null && !probe.document().isBlank()) {
			String key = documentKey(probe.document());
			for (String owner : owners) {
				for (UUID id : documents.getOrDefault(owner, Map.of()).getOrDefault(key, Set.of())) {
					Listed entry = listed.get(id);
					if (entry != null) {
						best.put(id, new Found(entry, 1.0, List.of("DOCUMENT_NUMBER_EQUAL")));
					}
				}
			}
		}
		List<Found> out = new ArrayList<>(best.values());
		out.sort(Comparator.comparingDouble(Found::score).reversed());
		return out.size() > limit ? out.subList(0, limit) : out;
	}

	public int persons(String owner) {
		NameIndex index = persons.get(owner);
		return index == null ? 0 : index.size();
	}

	/** A document number as compared: letters and digits only, upper case. */
	public static String documentKey(String number) {
		return number == null ? "" : number.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
	}

}
