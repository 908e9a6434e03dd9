package org.puente.sources.extraction;

import java.util.ArrayList;
import java.util.List;

import org.puente.directory.AgencyView;
import org.puente.directory.AreaView;
import org.puente.directory.DirectoryLookup;
import org.puente.shared.Classification;

/**
 * A snapshot of the directory for the extractor: agencies and units with every name and
 * abbreviation, people up to a classification with their spellings, the area taxonomy.
 * Records, so two snapshots of an unchanged directory are equal.
 */
record DirectoryGazetteer(List<KnownAgency> agencies, List<KnownPerson> people,
		List<KnownArea> areas) implements Gazetteer {

	static DirectoryGazetteer of(DirectoryLookup directory, Classification upTo) {
		List<KnownAgency> agencies = new ArrayList<>();
		for (AgencyView a : directory.agencies()) {
			List<String> names = new ArrayList<>();
			for (String n : List.of(nz(a.names().en()), nz(a.names().es()), nz(a.names().vi()))) {
				if (!n.isBlank()) {
					names.add(n);
				}
			}
			if (a.alternativeNames() != null) {
				names.addAll(a.alternativeNames());
			}
			agencies.add(new KnownAgency(a.code(), a.parent(), a.country(), a.names().in("en"), List.copyOf(names),
					SeedGazetteer.split(a.abbreviations())));
		}
		List<KnownPerson> people = directory.people(upTo)
			.stream()
			.map(p -> new KnownPerson(p.id(), p.fullName(), p.country(), List.copyOf(p.variants())))
			.toList();
		List<KnownArea> areas = new ArrayList<>();
		for (AreaView a : directory.areas()) {
			List<String> names = new ArrayList<>();
			for (String n : List.of(nz(a.names().en()), nz(a.names().es()), nz(a.names().vi()))) {
				if (!n.isBlank()) {
					names.add(n);
				}
			}
			areas.add(new KnownArea(a.code(), a.names().in("en"), List.copyOf(names)));
		}
		return new DirectoryGazetteer(List.copyOf(agencies), people, List.copyOf(areas));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
