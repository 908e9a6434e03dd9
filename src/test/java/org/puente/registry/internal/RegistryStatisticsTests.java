package org.puente.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.puente.registry.internal.RegistryStatistics.Level;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryStatisticsTests {

	@Test
	void theLevelOfAnEngagementComesFromTheHeadsPositionInAnyLanguage() {
		assertThat(RegistryStatistics.levelOf("Minister of Public Security")).isEqualTo(Level.MINISTERIAL);
		assertThat(RegistryStatistics.levelOf("Ministro del Interior")).isEqualTo(Level.MINISTERIAL);
		assertThat(RegistryStatistics.levelOf("Bộ trưởng Bộ Công an")).isEqualTo(Level.MINISTERIAL);
		assertThat(RegistryStatistics.levelOf("General Secretary of the Communist Party of Viet Nam"))
			.isEqualTo(Level.MINISTERIAL);
		assertThat(RegistryStatistics.levelOf("Deputy Minister of Public Security")).isEqualTo(Level.DEPUTY);
		assertThat(RegistryStatistics.levelOf("Viceministro primero del Interior")).isEqualTo(Level.DEPUTY);
		assertThat(RegistryStatistics.levelOf("Thứ trưởng Bộ Công an")).isEqualTo(Level.DEPUTY);
		assertThat(RegistryStatistics.levelOf("Phó Thủ tướng")).isEqualTo(Level.DEPUTY);
		assertThat(RegistryStatistics.levelOf("Director of the International Cooperation Department"))
			.isEqualTo(Level.WORKING);
	}

	@Test
	void aStatusOnADayIsTheLastStepTakenByThen() {
		List<StatusChange> history = List.of(step("PROPOSED", "2022-10-13"), step("AGREED", "2024-04-16"),
				step("IN_PROGRESS", "2025-08-15"));
		assertThat(RegistryStatistics.statusOn(history, LocalDate.parse("2022-10-12"))).isNull();
		assertThat(RegistryStatistics.statusOn(history, LocalDate.parse("2022-12-31"))).isEqualTo("PROPOSED");
		assertThat(RegistryStatistics.statusOn(history, LocalDate.parse("2024-12-31"))).isEqualTo("AGREED");
		assertThat(RegistryStatistics.statusOn(history, LocalDate.parse("2025-08-15"))).isEqualTo("IN_PROGRESS");
	}

	private static StatusChange step(String status, String on) {
		return new StatusChange(status, LocalDate.parse(on), null, null, "test", Instant.parse(on + "T00:00:00Z"));
	}

}
