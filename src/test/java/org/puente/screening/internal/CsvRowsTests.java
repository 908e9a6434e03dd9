package org.puente.screening.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowsTests {

	@Test
	void rowsKnowTheLineTheyStartOnAcrossQuotedLineBreaksAndBlankLines() {
		String csv = "\uFEFFQuery_ID,full_name\r\n1,\"Nguyễn\nVăn An\"\r\n\r\n2,\"Pérez, \"\"Pepe\"\"\"\n3,Lê Thị Hoa,extra\n";
		List<CsvRows.Row> rows = new ArrayList<>();
		try (CsvRows in = new CsvRows(new StringReader(csv))) {
			assertThat(in.header()).containsExactly("query_id", "full_name");
			in.forEachRemaining(rows::add);
		}
		assertThat(rows).extracting(CsvRows.Row::line).containsExactly(2L, 5L, 6L);
		assertThat(rows.get(0).get("full_name")).isEqualTo("Nguyễn\nVăn An");
		assertThat(rows.get(1).get("full_name")).isEqualTo("Pérez, \"Pepe\"");
		assertThat(rows.get(2).values()).containsEntry("#extra", "1");
	}

	@Test
	void aQuoteOutOfPlaceRefusesTheFileNamingItsLine() {
		String csv = "query_id,full_name\n1,An\n2,\"Hoa\"x\n";
		try (CsvRows in = new CsvRows(new StringReader(csv))) {
			assertThat(in.next().line()).isEqualTo(2);
			assertThatThrownBy(in::hasNext).isInstanceOfSatisfying(Watchlists.RowsRefused.class,
					ex -> assertThat(ex.errors())
						.containsExactly(new Watchlists.RowsRefused.RowError(3, "row", "malformed.csv")));
		}
	}

}
