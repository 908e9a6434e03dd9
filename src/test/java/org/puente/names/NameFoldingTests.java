package org.puente.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameFoldingTests {

	@Test
	void foldsVietnameseNamesToWhatPeopleType() {
		assertThat(NameFolding.fold("Lương Tam Quang")).isEqualTo("luong tam quang");
		assertThat(NameFolding.fold("Trần Quốc Tỏ")).isEqualTo("tran quoc to");
		assertThat(NameFolding.fold("Tô Lâm")).isEqualTo("to lam");
		assertThat(NameFolding.fold("Lê Văn Tuyến")).isEqualTo("le van tuyen");
	}

	@Test
	void foldsTheVietnameseDToD() {
		assertThat(NameFolding.fold("Đỗ")).isEqualTo("do");
		assertThat(NameFolding.fold("đỗ")).isEqualTo("do");
		assertThat(NameFolding.fold("Đặng Đình Đức")).isEqualTo("dang dinh duc");
	}

	@Test
	void foldsSpanishAccentsAndEnye() {
		assertThat(NameFolding.fold("Lázaro Alberto Álvarez Casas")).isEqualTo("lazaro alberto alvarez casas");
		assertThat(NameFolding.fold("Raúl Castro Ruz")).isEqualTo("raul castro ruz");
		assertThat(NameFolding.fold("Peña Nuñez")).isEqualTo("pena nunez");
		assertThat(NameFolding.fold("MUÑOZ")).isEqualTo("munoz");
		assertThat(NameFolding.fold("Agüero")).isEqualTo("aguero");
	}

	@Test
	void turnsHyphensAndPunctuationIntoSingleSpaces() {
		assertThat(NameFolding.fold("Miguel Díaz-Canel Bermúdez")).isEqualTo("miguel diaz canel bermudez");
		assertThat(NameFolding.fold("  O'Brien ,  Jr.  ")).isEqualTo("o brien jr");
		assertThat(NameFolding.fold("Álvarez--Casas")).isEqualTo("alvarez casas");
	}

	@Test
	void foldsBlanksToEmpty() {
		assertThat(NameFolding.fold(null)).isEmpty();
		assertThat(NameFolding.fold("")).isEmpty();
		assertThat(NameFolding.fold("   \t ")).isEmpty();
		assertThat(NameFolding.tokens(" ")).isEmpty();
	}

	@Test
	void splitsFoldedNamesIntoTokens() {
		assertThat(NameFolding.tokens("Trần Quốc Tỏ")).containsExactly("tran", "quoc", "to");
		assertThat(NameFolding.tokens("Díaz-Canel")).containsExactly("diaz", "canel");
	}

	@Test
	void foldedNamesOfDifferentSpellingsMatch() {
		assertThat(NameFolding.fold("Luong Tam Quang")).isEqualTo(NameFolding.fold("LƯƠNG TAM QUANG"));
		assertThat(NameFolding.fold("Lazaro Alvarez")).isEqualTo(NameFolding.fold("Lázaro Álvarez"));
	}

}
