package org.puente.sources.library;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.puente.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleFilesTests {

	static final String VIETNAMESE = """
			Chiều 12/3, tại Hà Nội, Bộ trưởng Bộ Công an đã tiếp đoàn đại biểu Bộ Nội vụ Lào.
			Hai bên nhất trí tăng cường hợp tác phòng, chống tội phạm ma túy và mua bán người,
			trao đổi thông tin và đào tạo cán bộ. Bộ trưởng cảm ơn sự ủng hộ của các đồng chí Lào.
			""";

	static final String SPANISH = """
			LA HABANA - El ministro del Interior recibió a una delegación del Ministerio de Seguridad Pública
			de Vietnam. Ambas partes acordaron ampliar la cooperación en la formación de oficiales, la lucha contra
			el narcotráfico y la protección de la información. También revisaron el cumplimiento del acuerdo.
			""";

	static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	/**
	 * Vietnamese in Windows-1258: precomposed letters where the code page has them, tones
	 * as combining marks after the base letter.
	 */
	static byte[] windows1258(String text) {
		Charset cp = Charset.forName("windows-1258");
		CharsetEncoder encoder = cp.newEncoder();
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (encoder.canEncode(c)) {
				out.append(c);
				continue;
			}
			String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			StringBuilder base = new StringBuilder();
			StringBuilder tones = new StringBuilder();
			for (char m : d.toCharArray()) {
				(TONES.indexOf(m) >= 0 ? tones : base).append(m);
			}
			out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
		}
		return out.toString().getBytes(cp);
	}

	@Test
	void utf8TextIsReadAsIs() {
		ArticleFiles.Read read = ArticleFiles.read("a.txt", VIETNAMESE.getBytes(StandardCharsets.UTF_8));
		assertThat(read.text()).contains("Bộ Công an").contains("mua bán người");
		assertThat(read.charset()).isEqualTo("UTF-8");
	}

	@Test
	void windows1252SpanishIsDetected() {
		ArticleFiles.Read read = ArticleFiles.read("a.txt", SPANISH.getBytes(Charset.forName("windows-1252")));
		assertThat(read.text()).contains("recibió a una delegación").contains("narcotráfico");
	}

	@Test
	void windows1258VietnameseIsDetectedFromItsToneMarks() {
		byte[] bytes = windows1258(VIETNAMESE);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("Bộ Công an");
		ArticleFiles.Read read = ArticleFiles.read("a.txt", bytes);
		assertThat(read.charset()).isEqualTo("windows-1258");
		assertThat(read.text()).contains("Bộ Công an").contains("hợp tác phòng, chống tội phạm ma túy");
	}

	@Test
	void emptyBinaryAndExecutableFilesAreRefused() {
		assertThatThrownBy(() -> ArticleFiles.read("a.txt", new byte[0])).isInstanceOf(InvalidInput.class)
			.satisfies(
					ex -> assertThat(((InvalidInput) ex).errors().get(0).reason()).isEqualTo("sources.import.empty"));
		byte[] random = new byte[4096];
		new java.util.Random(7).nextBytes(random);
		assertThatThrownBy(() -> ArticleFiles.read("random.txt", random)).isInstanceOf(InvalidInput.class);
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		assertThatThrownBy(() -> ArticleFiles.read("setup.exe", exe)).isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).errors().get(0).field()).isEqualTo("file"));
	}

	@Test
	void aTableIsNotAnArticle() {
		String csv = "name,rank,agency\nTo Lam,General,MPS\nLe Van Tuyen,Lieutenant General,MPS\n".repeat(10);
		assertThatThrownBy(() -> ArticleFiles.read("people.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInput.class);
		assertThat(ArticleTexts.looksLikeArticle(csv)).isFalse();
		assertThat(ArticleTexts.looksLikeArticle("Minister met minister.")).isFalse();
		assertThat(ArticleTexts.looksLikeArticle(SPANISH)).isTrue();
	}

	@Test
	void theDatePrefixGivesThePublicationDate() {
		ArticleTexts.Dated dated = ArticleTexts.datePrefix(" date 2025-08-15 HÀ NỘI — The minister said.");
		assertThat(dated.date()).hasToString("2025-08-15");
		assertThat(dated.text()).startsWith("HÀ NỘI");
		assertThat(ArticleTexts.datePrefix("The date 2025-08-15 was set.").date()).isNull();
	}

	@Test
	void languagesAreDetectedEvenInShortTexts() {
		assertThat(ArticleTexts.language(VIETNAMESE)).isEqualTo("vi");
		assertThat(ArticleTexts.language(SPANISH)).isEqualTo("es");
		assertThat(ArticleTexts.language("The minister received the delegation on Monday.")).isEqualTo("en");
		assertThat(ArticleTexts.language("Hai bên nhất trí tăng cường hợp tác.")).isEqualTo("vi");
	}

}
