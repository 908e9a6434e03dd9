package org.puente.sources.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.puente.sources.Article;
import org.puente.sources.Extraction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction rules on short articles written for these tests and on the seed
 * articles, with the seed directory as gazetteer (no Spring, no database).
 */
class RuleBasedExtractorTests {

	static final RuleBasedExtractor ENGINE = new RuleBasedExtractor(new SeedGazetteer(true));

	static Extraction extract(String text, LocalDate published) {
		return ENGINE.extract(new Article(null, text, null, null, published, null));
	}

	static Extraction seed(String name) throws IOException {
		return ENGINE.extract(new Article(null,
				Files.readString(Path.of("../shared/seeds/" + name), StandardCharsets.UTF_8), null, null, null, null));
	}

	static String iso(Extraction e) {
		return e.event() == null ? null : e.event().iso();
	}

	// ------------------------------------------------------------------ dates

	@Test
	void absoluteDatesTakeTheYearFromThePublicationDateOrLeaveItOpen() {
		String text = "Minister A. held talks with his counterpart in Vientiane on August 15, the ministry said.";
		assertThat(iso(extract(text, LocalDate.of(2025, 8, 18)))).isEqualTo("2025-08-15");
		Extraction noYear = extract(text, null);
		assertThat(iso(noYear)).isEqualTo("XXXX-08-15");
		assertThat(noYear.event().from()).as("no year, no LocalDate").isNull();
		// A date just before New Year read early in January belongs to the year before.
		assertThat(iso(extract("The ministers held talks in Hanoi on December 30 about drug crime.",
				LocalDate.of(2026, 1, 2))))
			.isEqualTo("2025-12-30");
	}

	@Test
	void spanishAndVietnameseDateForms() {
		assertThat(iso(extract("El ministro sostuvo conversaciones el 15 de agosto de 2025 en La Habana.", null)))
			.isEqualTo("2025-08-15");
		assertThat(iso(extract("Ngày 15/8, tại Hà Nội, hai Bộ trưởng đã hội đàm về hợp tác an ninh mạng.",
				LocalDate.of(2025, 8, 16))))
			.isEqualTo("2025-08-15");
		assertThat(iso(extract("Sáng 15-8-2024, tại Viêng Chăn, hai bên đã hội đàm về phòng, chống ma túy.", null)))
			.isEqualTo("2024-08-15");
	}

	@Test
	void rangesInEachLanguage() {
		LocalDate published = LocalDate.of(2025, 10, 20);
		assertThat(iso(extract("The delegation paid an official visit to Laos from 12 to 14 October.", published)))
			.isEqualTo("2025-10-12/2025-10-14");
		assertThat(iso(extract("The delegation paid a working visit to Cambodia on October 22-26.",
				LocalDate.of(2025, 10, 27))))
			.isEqualTo("2025-10-22/2025-10-26");
		assertThat(
				iso(extract("La delegación realizó una visita oficial a Cuba del 12 al 14 de octubre de 2025.", null)))
			.isEqualTo("2025-10-12/2025-10-14");
		assertThat(iso(extract("Từ ngày 3 đến 6/11, đoàn đã thăm làm việc tại Cuba.", LocalDate.of(2024, 11, 7))))
			.isEqualTo("2024-11-03/2024-11-06");
	}

	@Test
	void aVisitOfSomeDaysThatEndedOnADateIsARange() throws IOException {
		Extraction e = seed("000_65bf11012cc60d58.txt");
		assertThat(iso(e)).isEqualTo("2022-10-12/2022-10-14");
		assertThat(e.event().from()).isEqualTo(LocalDate.of(2022, 10, 12));
		assertThat(e.event().to()).isEqualTo(LocalDate.of(2022, 10, 14));
	}

	@Test
	void relativeDatesResolveAgainstThePublicationDate() {
		LocalDate monday = LocalDate.of(2025, 8, 18);
		assertThat(iso(extract("The two ministers held talks in Hanoi on Friday.", monday))).isEqualTo("2025-08-15");
		assertThat(iso(extract("The minister yesterday received the visiting delegation in Phnom Penh.", monday)))
			.isEqualTo("2025-08-17");
		Extraction lastWeek = extract("The two ministries held talks last week in Minsk on cyber crime.", monday);
		assertThat(iso(lastWeek)).isEqualTo("2025-08-11/2025-08-17");
		assertThat(lastWeek.notes()).map(ExtractionNotes::english)
			.anyMatch(n -> n.contains("\"last week\" gives only a range"));
	}

	@Test
	void anUnresolvableDateIsNullWithANoteNeverAGuess() {
		Extraction e = extract("The two ministers held talks in Hanoi on Friday.", null);
		assertThat(e.event()).isNull();
		assertThat(e.notes()).map(ExtractionNotes::english)
			.contains("The event date cannot be resolved: \"on Friday\" but no publication date.");
		assertThat(e.notes()).map(n -> ExtractionNotes.text(n, java.util.Locale.forLanguageTag("vi")))
			.anyMatch(n -> n.startsWith("Không xác định được ngày"));
		Extraction none = extract("The two ministers held talks in Hanoi about drug crime.", LocalDate.of(2025, 1, 1));
		assertThat(none.event()).isNull();
		assertThat(none.notes()).isNotEmpty();
	}

	@Test
	void theSeedsFirstLinePrefixIsThePublicationDate() throws IOException {
		// "on Friday" in a seed whose first line says date 2025-08-15 (a Friday)
		assertThat(iso(seed("004_8d0f82977c284667.txt"))).isEqualTo("2025-08-15");
	}

	// ------------------------------------------------------------------ kinds

	@Test
	void kindsFromTheMainVerbPhrase() {
		assertThat(extract("Minister A held talks with Minister B in Moscow on Tuesday.", null).kind())
			.isEqualTo("talks");
		assertThat(extract("Deputy Minister A paid an official visit to Laos from 1 to 3 June.", null).kind())
			.isEqualTo("visit");
		assertThat(extract("The two ministers signed a memorandum of understanding on drug control in Tokyo.", null)
			.kind()).isEqualTo("signing");
		assertThat(extract("Minister A received the visiting Vietnamese delegation in Phnom Penh.", null).kind())
			.isEqualTo("reception");
		assertThat(extract("The deputy minister paid a courtesy call on the Lao minister.", null).kind())
			.isEqualTo("reception");
		assertThat(extract("Minister A held phone talks with his British counterpart on Monday.", null).kind())
			.isEqualTo("call");
		// the visit is the frame, the working session is the event
		assertThat(extract("Deputy Minister A had a working session with Minister B in Havana, as part of the "
				+ "Prime Minister's official visit to Cuba.", null)
			.kind()).isEqualTo("meeting");
	}

	// ------------------------------------------------------------------ agencies

	@Test
	void agenciesWithTheirCountryRoleAndDirectoryMatch() {
		Extraction e = extract("VIENTIANE – The Lao Ministry of Public Security held talks in Vientiane on Monday "
				+ "with a delegation of the Vietnamese Ministry of Public Security. The Russian Ministry of Internal "
				+ "Affairs was mentioned as a partner in training.", LocalDate.of(2025, 3, 5));
		assertThat(e.agencies())
			.extracting(Extraction.Agency::country, Extraction.Agency::role, Extraction.Agency::agencyCode)
			.contains(org.assertj.core.groups.Tuple.tuple("LA", "host", null),
					org.assertj.core.groups.Tuple.tuple("VN", "guest", "MPS"),
					org.assertj.core.groups.Tuple.tuple("RU", "mentioned", null));
	}

	@Test
	void alternativeNamesAndUnitsMatchTheDirectory() throws IOException {
		Extraction e = seed("002_34c03378e984f209.txt");
		assertThat(e.agencies()).extracting(Extraction.Agency::agencyCode).contains("MININT", "MPS", "MPS-A05");
		assertThat(e.agencies()).filteredOn(a -> "MPS-A05".equals(a.agencyCode()))
			.extracting(Extraction.Agency::role)
			.containsExactly("participant");
		Extraction vi = extract("Chiều 20/6, tại Hà Nội, Bộ Công an và Bộ Nội vụ Cuba đã hội đàm.", null);
		assertThat(vi.agencies()).extracting(Extraction.Agency::agencyCode).contains("MPS", "MININT");
	}

	// ------------------------------------------------------------------ people

	@Test
	void peopleMatchKnownPeopleAcrossSpellingsAndDiacritics() throws IOException {
		Extraction plain = seed("002_34c03378e984f209.txt");
		Extraction accented = seed("004_8d0f82977c284667.txt");
		Extraction.Person a = person(plain, "Lazaro Alberto Alvarez Casas");
		Extraction.Person b = person(accented, "Lazaro Alberto Alvarez Casas");
		assertThat(a.personId()).isNotNull().isEqualTo(b.personId());
		assertThat(a.name()).isEqualTo("Lazaro Alberto Alvarez Casas");
		assertThat(b.name()).isEqualTo("Lázaro Alberto Álvarez Casas");
		// ranks as each article states them
		assertThat(a.rank()).isEqualTo("Senior Lieutenant General");
		assertThat(b.rank()).isEqualTo("Major General");
		assertThat(a.country()).isEqualTo("CU");
	}

	@Test
	void aSurnameOrAVietnameseGivenNameAloneRefersBackToTheFullName() throws IOException {
		Extraction e = seed("000_65bf11012cc60d58.txt");
		Extraction.Person toLam = person(e, "To Lam");
		assertThat(toLam.mentions()).as("'Tô Lâm', 'Lâm', 'Lam'").hasSizeGreaterThanOrEqualTo(3);
		assertThat(toLam.rank()).isEqualTo("General");
		assertThat(toLam.position()).isEqualTo("Minister of Public Security");
		Extraction d = seed("004_8d0f82977c284667.txt");
		assertThat(person(d, "Lazaro Alberto Alvarez Casas").mentions()).as("'Álvarez Casas' alone")
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(person(d, "Luong Tam Quang").mentions()).as("'Quang' alone").hasSizeGreaterThanOrEqualTo(5);
		assertThat(d.people()).extracting(Extraction.Person::canonical).doesNotContain("Quang", "Alvarez Casas", "Lam");
	}

	@Test
	void unknownPeopleAreProposedAsNewWithACanonicalNameWithoutDiacritics() {
		Extraction e = extract("HÀ NỘI — Deputy Minister of Public Security Lieutenant General Nguyễn Văn Đức held "
				+ "talks in Hà Nội on Tuesday with Cambodian Minister of Interior General Sok Pheakdey. Đức said the "
				+ "two ministries would fight human trafficking.", LocalDate.of(2025, 5, 8));
		Extraction.Person duc = person(e, "Nguyen Van Duc");
		assertThat(duc.personId()).isNull();
		assertThat(duc.rank()).isEqualTo("Lieutenant General");
		assertThat(duc.country()).isEqualTo("VN");
		assertThat(duc.mentions()).hasSize(2);
		Extraction.Person sok = person(e, "Sok Pheakdey");
		assertThat(sok.country()).isEqualTo("KH");
		assertThat(sok.rank()).isEqualTo("General");
	}

	@Test
	void aPersonInTheNameOfAPlaceOrAMonumentIsNotAParticipant() throws IOException {
		Extraction e = seed("001_bca5567595f81341.txt");
		assertThat(e.people()).extracting(Extraction.Person::canonical)
			.containsExactlyInAnyOrder("Tran Quoc To", "Lazaro Alberto Alvarez Casas");
	}

	// ------------------------------------------------------------------ commitments

	@Test
	void whatBothSidesAgreedIsKeptApartFromWhatOneSideProposed() {
		Extraction e = extract("TOKYO – Minister A met Vietnamese Minister of Public Security General Lương Tam "
				+ "Quang in Tokyo on Monday. The two sides agreed to hold annual consultations, and to expand police "
				+ "training. Quang proposed that Japan help trace fugitives who flee abroad.",
				LocalDate.of(2025, 4, 9));
		assertThat(e.commitments()).filteredOn(Extraction.Commitment::agreed)
			.extracting(Extraction.Commitment::text)
			.containsExactly("hold annual consultations", "expand police training");
		assertThat(e.commitments()).filteredOn(c -> !c.agreed()).singleElement().satisfies(c -> {
			assertThat(c.text()).startsWith("Japan help trace fugitives");
			assertThat(c.proposedBy()).isEqualTo("VN");
		});
	}

	@Test
	void aProposalListFollowingASuggestionStaysAProposal() throws IOException {
		Extraction e = seed("002_34c03378e984f209.txt");
		assertThat(e.commitments()).isNotEmpty().allSatisfy(c -> {
			assertThat(c.agreed()).isFalse();
			assertThat(c.proposedBy()).isEqualTo("VN");
		});
		assertThat(e.commitments()).anyMatch(c -> c.text().startsWith("Strengthen cooperation in preventing"));
	}

	// ------------------------------------------------------------------ other languages

	@Test
	void aSpanishArticleYieldsDatePlacePeopleAgenciesAndAreas() {
		Extraction e = extract("La Habana. – El ministro del Interior, general de cuerpo de ejército Lázaro Alberto "
				+ "Álvarez Casas, recibió el 3 de marzo al viceministro de Seguridad Pública de Vietnam, teniente "
				+ "general Trần Quốc Tỏ. Ambas partes acordaron fortalecer la cooperación en ciberseguridad y en la "
				+ "lucha contra el narcotráfico.", LocalDate.of(2025, 3, 4));
		assertThat(e.language()).isEqualTo("es");
		assertThat(iso(e)).isEqualTo("2025-03-03");
		assertThat(e.place().city()).isEqualTo("Havana");
		assertThat(e.kind()).isEqualTo("reception");
		assertThat(person(e, "Lazaro Alberto Alvarez Casas").rank()).isEqualTo("General de Cuerpo de Ejército");
		assertThat(person(e, "Tran Quoc To").personId()).isNotNull();
		assertThat(e.agencies()).extracting(Extraction.Agency::agencyCode).contains("MININT", "MPS");
		assertThat(e.areas()).extracting(Extraction.Area::areaCode).contains("cybersecurity", "crime-drugs");
		assertThat(e.commitments()).anyMatch(Extraction.Commitment::agreed);
	}

	@Test
	void aVietnameseArticleYieldsDatePlacePeopleAgenciesAndAreas() {
		Extraction e = extract("Chiều 12/9, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã hội đàm "
				+ "với Trung tướng Lazaro Alberto Alvarez Casas, Bộ trưởng Bộ Nội vụ Cuba. Hai bên thống nhất tăng "
				+ "cường hợp tác phòng, chống tội phạm ma túy và mua bán người.", LocalDate.of(2025, 9, 13));
		assertThat(e.language()).isEqualTo("vi");
		assertThat(iso(e)).isEqualTo("2025-09-12");
		assertThat(e.place().city()).isEqualTo("Hanoi");
		assertThat(e.kind()).isEqualTo("talks");
		assertThat(person(e, "Luong Tam Quang").rank()).isEqualTo("Đại tướng");
		assertThat(person(e, "Lazaro Alberto Alvarez Casas").rank()).isEqualTo("Trung tướng");
		assertThat(e.agencies()).extracting(Extraction.Agency::agencyCode).contains("MPS", "MININT");
		assertThat(e.areas()).extracting(Extraction.Area::areaCode).contains("crime-drugs", "crime-trafficking");
	}

	// ------------------------------------------------------------------ same event

	@Test
	void twoReportsOfTheSameTalksAreOneEventOtherVisitsAreNot() throws IOException {
		Extraction a = seed("002_34c03378e984f209.txt");
		Extraction b = seed("004_8d0f82977c284667.txt");
		Extraction c = seed("001_bca5567595f81341.txt");
		Extraction d = seed("003_ff8401fca34c84a9.txt");
		assertThat(SameEvent.score(a, b)).isGreaterThanOrEqualTo(SameEvent.THRESHOLD);
		assertThat(SameEvent.score(c, b)).isLessThan(SameEvent.THRESHOLD);
		assertThat(SameEvent.score(c, d)).as("no date on one side: never the same").isZero();
	}

	@Test
	void boilerplateAroundTheArticleIsIgnored() {
		Extraction e = extract("Home\nNews\nShare\nRelated news\nWe use cookies to improve your experience\n"
				+ "MINSK – Minister of Internal Affairs of Belarus Lieutenant General Ivan P. Sidorov held talks in "
				+ "Minsk on Monday with Vietnamese Deputy Minister of Public Security Lieutenant General Nguyễn Văn "
				+ "Long.\nRead more\nTags: police", LocalDate.of(2025, 6, 4));
		assertThat(e.place().label(Lexicon::countryName)).isEqualTo("Minsk, Belarus");
		assertThat(e.people()).hasSize(2);
		assertThat(e.agencies()).extracting(Extraction.Agency::country, Extraction.Agency::role)
			.contains(org.assertj.core.groups.Tuple.tuple("BY", "host"),
					org.assertj.core.groups.Tuple.tuple("VN", "guest"));
	}

	static Extraction.Person person(Extraction e, String canonical) {
		List<Extraction.Person> found = e.people()
			.stream()
			.filter(p -> FoldedText.fold(p.canonical()).equals(FoldedText.fold(canonical)))
			.toList();
		assertThat(found).as("%s among %s", canonical, e.people()).hasSize(1);
		return found.get(0);
	}

}
