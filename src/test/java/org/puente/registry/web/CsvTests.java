package org.puente.registry.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV that spreadsheets open correctly and safely. */
class CsvTests {

	record Row(String a, Object b) {
	}

	static final List<Csv.Column<Row>> COLUMNS = List.of(new Csv.Column<>("a", Row::a), new Csv.Column<>("b", Row::b));

	static String text(ResponseEntity<byte[]> csv) {
		byte[] body = csv.getBody();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
	}

	@Test
	void quotesWhatNeedsQuotingAndKeepsVietnamese() {
		String csv = text(Csv.of("x", COLUMNS, List.of(new Row("Hà Nội, Việt Nam", "say \"hi\""),
				new Row("line\nbreak", List.of("MPS", "MININT")), new Row(null, 3))));
		assertThat(csv)
			.isEqualTo("a,b\r\n\"Hà Nội, Việt Nam\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",MPS; MININT\r\n,3\r\n");
	}

	@Test
	void formulasAreDefused() {
		String csv = text(Csv.of("x", COLUMNS, List.of(new Row("=HYPERLINK(\"x\")", "+1"), new Row("-2", "@me"))));
		assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"", "\"'+1\"", "\"'-2\"", "\"'@me\"");
	}

	@Test
	void answersAsAnAttachment() {
		ResponseEntity<byte[]> csv = Csv.of("commitments", COLUMNS, List.of());
		assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
		assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("commitments.csv");
		assertThat(text(csv)).isEqualTo("a,b\r\n");
	}

}
