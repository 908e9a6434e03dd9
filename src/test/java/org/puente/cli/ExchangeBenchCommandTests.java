package org.puente.cli;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic the load run reports with. */
class ExchangeBenchCommandTests {

	@Test
	void percentilesAreNearestRank() {
		long[] sorted = new long[100];
		for (int i = 0; i < 100; i++) {
			sorted[i] = i + 1;
		}
		assertThat(ExchangeBenchCommand.percentile(sorted, 50)).isEqualTo(50);
		assertThat(ExchangeBenchCommand.percentile(sorted, 99)).isEqualTo(99);
		assertThat(ExchangeBenchCommand.percentile(new long[] { 7 }, 99)).isEqualTo(7);
		assertThat(ExchangeBenchCommand.percentile(new long[] { 1, 2, 3 }, 50)).isEqualTo(2);
		assertThat(ExchangeBenchCommand.percentile(new long[0], 50)).isZero();
	}

	@Test
	void theChecksumIgnoresOrderButNotContentOrLineBoundaries() throws Exception {
		String one = ExchangeBenchCommand.checksum(List.of("a\\nxin chào", "b\\nhola"));
		assertThat(ExchangeBenchCommand.checksum(List.of("b\\nhola", "a\\nxin chào"))).isEqualTo(one);
		assertThat(ExchangeBenchCommand.checksum(List.of("a\\nxin chao", "b\\nhola"))).isNotEqualTo(one);
		assertThat(ExchangeBenchCommand.checksum(List.of("a\\nxin chàob", "\\nhola"))).isNotEqualTo(one);
	}

}
