package org.puente.names;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The variations of Vietnamese and Spanish names a check must see through, and the near
 * names it must not confuse, each against a small watchlist of similar people.
 */
class NameMatchingTests {

	static final double T = NameMatching.DEFAULT_THRESHOLD;

	NameIndex index;

	@BeforeEach
	void watchlist() {
		index = NameMatching.newIndex();
		put("vn-an", "Nguyễn Văn An", null, List.of());
		put("vn-anh", "Nguyễn Văn Anh", null, List.of());
		put("vn-to", "Trần Quốc Tỏ", null, List.of());
		put("vn-hung", "Phạm Đức Hùng", null, List.of());
		put("vn-lan", "Lê Thị Ngọc Lan", null, List.of());
		put("vn-duong", "Dương Minh Khôi", null, List.of());
		put("vn-hoang", "Hoàng Xuân Trường", null, List.of());
		put("es-lazaro", "Lázaro Alberto Álvarez-Casas", null, List.of());
		put("es-jose", "José María Fernández de la Cruz", null, List.of());
		put("es-carmen", "María del Carmen Peña Núñez", null, List.of());
		put("es-alias", "Roberto Quintana Soto", null, List.of("El Flaco Quintana", "Robertico Quintana"));
		// Fillers that share family, middle or surnames with the people above.
		put("vn-f1", "Nguyễn Văn Bình", null, List.of());
		put("vn-f2", "Trần Quốc Tuấn", null, List.of());
		put("vn-f3", "Lê Thị Hoa", null, List.of());
		put("es-f1", "Pedro Álvarez Casas", null, List.of());
		put("es-f2", "José Fernández Cruz", null, List.of());
	}

	void put(String id, String name, BirthDate birth, List<String> aliases) {
		index.put(new Candidate(id, name, aliases, birth, null, Set.of(), Set.of()));
	}

	List<String> hits(String name) {
		return index.find(new Probe(name, null, null, null), T, 10).stream().map(Match::id).toList();
	}

	String top(String name) {
		List<String> hits = hits(name);
		return hits.isEmpty() ? null : hits.get(0);
	}

	@Nested
	class Vietnamese {

		@Test
		void diacriticsPresentOrLost() {
			assertThat(top("Nguyễn Văn An")).isEqualTo("vn-an");
			assertThat(top("Nguyen Van An")).isEqualTo("vn-an");
			assertThat(top("NGUYEN VAN AN")).isEqualTo("vn-an");
			assertThat(top("Pham Duc Hung")).isEqualTo("vn-hung");
		}

		@Test
		void familyNameFirstOrLast() {
			assertThat(top("An Nguyen Van")).isEqualTo("vn-an");
			assertThat(top("Van An Nguyen")).isEqualTo("vn-an");
			assertThat(top("Lan Le Thi Ngoc")).isEqualTo("vn-lan");
		}

		@Test
		void middleNamesDropped() {
			assertThat(hits("Nguyen An")).containsExactly("vn-an");
			assertThat(top("Le Lan")).isEqualTo("vn-lan");
			assertThat(top("Le Ngoc Lan")).isEqualTo("vn-lan");
			assertThat(top("Pham Hung")).isEqualTo("vn-hung");
		}

		@Test
		void spelledBackFromChineseCharacters() {
			assertThat(top("Chan Quoc To")).isEqualTo("vn-to");
			assertThat(top("Chen Quoc To")).isEqualTo("vn-to");
			assertThat(top("Yang Minh Khoi")).isEqualTo("vn-duong");
			assertThat(top("Wong Xuan Truong")).isEqualTo("vn-hoang");
		}

		@Test
		void aTransliterationIsExplained() {
			Match m = index.find(new Probe("Chan Quoc To", null, null, null), T, 1).get(0);
			assertThat(m.reasons()).contains("NAME_PART_TRANSLITERATION(chan→tran)", "NAME_PART_EQUAL(quoc)",
					"NAME_PART_EQUAL(to)");
		}

	}

	@Nested
	class VietnameseHardNonMatches {

		@Test
		void sameFamilyAndMiddleNameDifferentGivenName() {
			assertThat(hits("Nguyễn Văn An")).containsExactly("vn-an");
			assertThat(hits("Nguyễn Văn Anh")).containsExactly("vn-anh");
			assertThat(hits("Nguyen Van Binh")).containsExactly("vn-f1");
			assertThat(hits("Trần Quốc Toàn")).isEmpty();
			assertThat(hits("Lê Thị Ngọc Hoa")).doesNotContain("vn-lan");
		}

		@Test
		void sameMiddleAndGivenNameDifferentFamilyName() {
			put("vn-tuan", "Phạm Minh Kim Tuấn", null, List.of());
			assertThat(hits("Vũ Minh Kim Tuấn")).isEmpty();
			assertThat(hits("Đặng Đức Hùng")).doesNotContain("vn-hung");
			assertThat(hits("Pham Minh Kim Tuan")).containsExactly("vn-tuan");
		}

		@Test
		void givenNameMustBeTheOneThatAgrees() {
			put("vn-huong", "Ngô Ngọc Hoàng Hương", null, List.of());
			put("vn-thuy", "Tạ Thị Thủy", null, List.of());
			assertThat(hits("Ngô Ngọc Sương")).isEmpty();
			assertThat(hits("Tạ Thị Thùy Đào")).isEmpty();
			assertThat(hits("Ngô Hương")).containsExactly("vn-huong");
		}

		@Test
		void commonFamilyAndMarkerAloneMatchNobody() {
			assertThat(hits("Nguyễn Văn")).isEmpty();
			assertThat(hits("Nguyễn")).isEmpty();
		}

		@Test
		void givenNameWeighsMoreThanFamilyName() {
			double sameGiven = score("Trần Văn An", "vn-an");
			double sameFamily = score("Nguyễn Văn Khoa", "vn-an");
			assertThat(sameGiven).isGreaterThan(sameFamily);
		}

	}

	@Nested
	class Spanish {

		@Test
		void oneSurnameDropped() {
			assertThat(top("Lázaro Alberto Álvarez")).isEqualTo("es-lazaro");
			assertThat(top("José María Fernández")).isEqualTo("es-jose");
		}

		@Test
		void compoundGivenNameShortened() {
			assertThat(top("José Fernández de la Cruz")).isIn("es-jose", "es-f2");
			assertThat(hits("José Fernández de la Cruz")).contains("es-jose");
			assertThat(top("María Peña Núñez")).isEqualTo("es-carmen");
			assertThat(top("Carmen Peña Núñez")).isEqualTo("es-carmen");
		}

		@Test
		void particlesAndHyphens() {
			assertThat(top("Jose Maria Fernandez Cruz")).isEqualTo("es-jose");
			assertThat(top("Lazaro Alberto Alvarez Casas")).isEqualTo("es-lazaro");
			assertThat(top("María del Carmen Peña-Núñez")).isEqualTo("es-carmen");
		}

		@Test
		void accentsAndEnye() {
			assertThat(top("Maria del Carmen Pena Nunez")).isEqualTo("es-carmen");
			assertThat(top("LAZARO ALBERTO ALVAREZ CASAS")).isEqualTo("es-lazaro");
		}

		@Test
		void initials() {
			assertThat(top("L. A. Álvarez Casas")).isEqualTo("es-lazaro");
			// José Fernández Cruz fits "J. M. Fernández Cruz" as well: both are hits.
			assertThat(hits("J. M. Fernández de la Cruz")).contains("es-jose", "es-f2");
		}

		@Test
		void differentGivenNameSameSurnamesIsNotAMatch() {
			assertThat(hits("Pedro Alberto Álvarez Casas")).doesNotContain("es-lazaro");
			assertThat(hits("Juan Álvarez Casas")).isEmpty();
		}

		@Test
		void aliasesAreNamesToo() {
			assertThat(top("Robertico Quintana")).isEqualTo("es-alias");
			Match m = index.find(new Probe("Robertico Quintana", null, null, null), T, 1).get(0);
			assertThat(m.reasons()).contains("ALIAS");
		}

	}

	@Nested
	class Typos {

		@Test
		void oneLetterInALongName() {
			assertThat(top("Lazaro Alberto Alvares Casas")).isEqualTo("es-lazaro");
			assertThat(top("Lazaro Alberto Alvarez Cassas")).isEqualTo("es-lazaro");
			assertThat(top("Nguyen Van An")).isEqualTo("vn-an");
		}

		@Test
		void transpositions() {
			assertThat(top("Lazaro Alebrto Alvarez Casas")).isEqualTo("es-lazaro");
			assertThat(top("Phạm Đức Hnùg")).isEqualTo("vn-hung");
			Match m = index.find(new Probe("Pham Duc Hnug", null, null, null), T, 1).get(0);
			assertThat(m.reasons()).contains("NAME_PART_TRANSPOSITION(hnug→hung)");
		}

		@Test
		void typoInTheOnlyRareTokenIsStillFound() {
			assertThat(top("Nguyen Van Bihn")).isEqualTo("vn-f1");
		}

		@Test
		void oneLetterInAShortSyllableIsAnotherName() {
			assertThat(hits("Pham Duc Hong")).doesNotContain("vn-hung");
			assertThat(hits("Nguyen Van Am")).isEmpty();
		}

	}

	@Nested
	class BirthDates {

		@BeforeEach
		void dated() {
			put("d-full", "Võ Thị Sáu", BirthDate.on(LocalDate.of(1933, 1, 1)), List.of());
			put("d-year", "Hồ Văn Mười", BirthDate.inYear(1975), List.of());
			put("d-none", "Bùi Thị Xuân", null, List.of());
		}

		Match find(String name, BirthDate birth) {
			List<Match> m = index.find(new Probe(name, birth, null, null), 0.0, 5);
			return m.stream().filter(x -> x.id().startsWith("d-")).findFirst().orElse(null);
		}

		@Test
		void fullDateYearsApartRulesOut() {
			assertThat(find("Vo Thi Sau", BirthDate.on(LocalDate.of(1960, 1, 1)))).isNull();
			assertThat(find("Vo Thi Sau", null)).isNotNull();
		}

		@Test
		void equalFullDateConfirms() {
			Match with = find("Vo Sau", BirthDate.on(LocalDate.of(1933, 1, 1)));
			Match without = find("Vo Sau", null);
			assertThat(with.score()).isGreaterThan(without.score());
			assertThat(with.reasons()).contains("BIRTH_DATE_EQUAL");
		}

		@Test
		void yearOnlyOrMissingNeitherConfirmsNorRulesOut() {
			Match year = find("Ho Van Muoi", BirthDate.on(LocalDate.of(1975, 6, 1)));
			assertThat(year.score()).isEqualTo(find("Ho Van Muoi", null).score());
			assertThat(year.reasons()).contains("BIRTH_YEAR_EQUAL");
			Match missing = find("Bui Thi Xuan", BirthDate.on(LocalDate.of(1990, 6, 1)));
			assertThat(missing.score()).isEqualTo(find("Bui Thi Xuan", null).score());
		}

		@Test
		void yearOnlyYearsApartWeighsButDoesNotRuleOut() {
			Match far = find("Ho Van Muoi", BirthDate.on(LocalDate.of(1990, 6, 1)));
			assertThat(far).isNotNull();
			assertThat(far.score()).isLessThan(find("Ho Van Muoi", null).score());
		}

		@Test
		void sameNameFullDateYearsApartIsNoHit() {
			assertThat(index.find(new Probe("Võ Thị Sáu", BirthDate.on(LocalDate.of(1950, 3, 3)), null, null), T, 5))
				.isEmpty();
		}

	}

	@Nested
	class DocumentsAndNationality {

		@BeforeEach
		void withDocuments() {
			index.put(new Candidate("p-doc", "Ramón Castillo Vega", List.of(), null, "M", Set.of("CU", "ES"),
					Set.of("K-1234 567")));
		}

		Match find(String name, String nationality, String doc) {
			return index.find(new Probe(name, null, nationality, doc), 0.0, 5)
				.stream()
				.filter(m -> m.id().equals("p-doc"))
				.findFirst()
				.orElse(null);
		}

		@Test
		void equalDocumentConfirmsWhateverItsSpelling() {
			Match m = find("Ramon Castillo", null, "k1234567");
			assertThat(m.reasons()).contains("DOCUMENT_EQUAL");
			assertThat(m.score()).isGreaterThan(find("Ramon Castillo", null, null).score());
			assertThat(m.score()).isGreaterThanOrEqualTo(T);
		}

		@Test
		void differentDocumentDoesNotRuleOut() {
			Match m = find("Ramón Castillo Vega", null, "X9999999");
			assertThat(m.score()).isEqualTo(find("Ramón Castillo Vega", null, null).score());
		}

		@Test
		void documentAloneFindsTheEntry() {
			assertThat(index.find(new Probe("", null, null, "K1234567"), 0.0, 5)).extracting(Match::id)
				.containsExactly("p-doc");
		}

		@Test
		void nationalityWeighsButDualNationalsExist() {
			Match cu = find("Ramon Castillo", "CU");
			Match es = find("Ramon Castillo", "es");
			Match vn = find("Ramon Castillo", "VN");
			Match none = find("Ramon Castillo", null);
			assertThat(cu.score()).isEqualTo(es.score()).isGreaterThan(none.score());
			assertThat(vn.score()).isLessThan(none.score()).isGreaterThan(0);
		}

		Match find(String name, String nationality) {
			return find(name, nationality, null);
		}

	}

	@Nested
	class IndexBehaviour {

		@Test
		void putReplacesAndRemoveForgets() {
			put("vn-an", "Đặng Thu Thảo", null, List.of());
			assertThat(hits("Nguyen Van An")).doesNotContain("vn-an");
			assertThat(top("Dang Thu Thao")).isEqualTo("vn-an");
			index.remove("vn-an");
			assertThat(hits("Dang Thu Thao")).isEmpty();
			assertThat(index.size()).isEqualTo(15);
		}

		@Test
		void crowdedNamesAreNarrowedWithoutLosingTheRightOnes() {
			// More entries share "nguyen|hung" than a pair key is scored for: the index
			// narrows by a third part and by names made of the probe's parts only.
			for (int i = 0; i < 3000; i++) {
				put("crowd" + i, "Nguyễn Văn Hùng " + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "x" + i,
						null, List.of());
			}
			put("short", "Nguyễn Hùng", null, List.of());
			put("longer", "Nguyễn Văn Minh Hùng", null, List.of());
			put("swapped", "Hùng Nguyễn Văn", null, List.of());
			List<String> found = index.find(new Probe("Nguyễn Văn Hùng", null, null, null), T, 5000)
				.stream()
				.map(Match::id)
				.toList();
			assertThat(found).contains("short", "longer", "swapped");
			assertThat(index.explain(new Probe("Nguyễn Văn Hùng", null, null, null), "short")).isPresent();
		}

		@Test
		void explainScoresOneEntryWhateverTheThreshold() {
			Match m = index.explain(new Probe("Nguyễn Văn Anh", null, null, null), "vn-an").orElseThrow();
			assertThat(m.score()).isLessThan(T);
			assertThat(m.reasons()).contains("NAME_PART_NOT_IN_ENTRY(anh)", "NAME_PART_NOT_IN_PROBE(an)");
			assertThat(index.explain(new Probe("Nguyễn Văn An", null, null, null), "nobody")).isEmpty();
			assertThat(index.explain(new Probe("Roberto Quintana", null, null, null), "vn-an")).isEmpty();
		}

		@Test
		void limitAndOrder() {
			List<Match> m = index.find(new Probe("Nguyen Van An", null, null, null), 0.1, 10);
			assertThat(m.get(0).id()).isEqualTo("vn-an");
			assertThat(m).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
			assertThat(index.find(new Probe("Nguyen Van An", null, null, null), 0.1, 1)).hasSize(1);
		}

		@Test
		void memoryEstimateGrowsWithEntries() {
			long before = index.estimatedBytes();
			for (int i = 0; i < 1000; i++) {
				put("x" + i, "Nguyễn Văn Khách" + i, null, List.of());
			}
			assertThat(index.estimatedBytes()).isGreaterThan(before + 1000 * 100L);
		}

		@Test
		void concurrentReadsAndWrites() throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(4);
			try {
				List<Future<?>> work = new java.util.ArrayList<>();
				for (int t = 0; t < 4; t++) {
					int thread = t;
					work.add(pool.submit(() -> {
						for (int i = 0; i < 500; i++) {
							put("c" + thread + "-" + i, "Trịnh Công Sơn " + thread + i, null, List.of());
							assertThat(top("Nguyen Van An")).isEqualTo("vn-an");
						}
					}));
				}
				for (Future<?> f : work) {
					f.get(60, TimeUnit.SECONDS);
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(index.size()).isEqualTo(16 + 2000);
		}

	}

	double score(String name, String id) {
		return index.find(new Probe(name, null, null, null), 0.0, 50)
			.stream()
			.filter(m -> m.id().equals(id))
			.mapToDouble(Match::score)
			.findFirst()
			.orElse(0);
	}

}
