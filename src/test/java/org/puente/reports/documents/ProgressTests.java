package org.puente.reports.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.puente.registry.DocumentEntries.Commitment;
import org.puente.registry.DocumentEntries.Step;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress over time as the review report reads it from status histories. */
class ProgressTests {

	static Commitment commitment(String text, LocalDate due, List<String> areas, Step... history) {
		return new Commitment(UUID.randomUUID(), text, history[history.length - 1].status(), "BOTH", null, "MPS", null,
				due, null, areas, areas, List.of(history), null, false, false, null);
	}

	static Step step(String status, String on) {
		return new Step(status, LocalDate.parse(on), null);
	}

	@Test
	void shortPeriodsAreChartedByQuarterLongOnesByYear() {
		List<Progress.Period> quarters = Progress.periods(LocalDate.of(2024, 2, 10), LocalDate.of(2025, 5, 20));
		assertThat(quarters).extracting(p -> p.year() + "Q" + p.quarter())
			.containsExactly("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2");
		assertThat(quarters.get(0).end()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(quarters.get(5).end()).as("the last period ends on the report's last day")
			.isEqualTo(LocalDate.of(2025, 5, 20));
		List<Progress.Period> years = Progress.periods(LocalDate.of(2018, 1, 1), LocalDate.of(2025, 8, 15));
		assertThat(years).extracting(Progress.Period::year)
			.containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
		assertThat(years).allMatch(p -> p.quarter() == 0);
		assertThat(Progress.periods(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1))).isEmpty();
	}

	@Test
	void eachPeriodCountsTheStatusEveryCommitmentHadAtItsEnd() {
		Commitment exchanges = commitment("exchanges", null, List.of("force"), step("AGREED", "2022-10-13"),
				step("IN_PROGRESS", "2024-10-26"));
		Commitment cyber = commitment("cyber", null, List.of("cyber"), step("IN_PROGRESS", "2025-08-15"),
				step("DONE", "2025-08-15"));
		List<Progress.Bar> bars = Progress.bars(List.of(exchanges, cyber),
				Progress.periods(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)));
		assertThat(bars).hasSize(4);
		assertThat(bars.get(0).counts()).containsEntry("AGREED", 1).containsEntry("DONE", 0);
		assertThat(bars.get(2).counts()).containsEntry("IN_PROGRESS", 1).containsEntry("AGREED", 0);
		assertThat(bars.get(3).counts()).containsEntry("IN_PROGRESS", 1).containsEntry("DONE", 1);
		assertThat(bars.get(3).total()).isEqualTo(2);
		assertThat(bars.get(0).counts().keySet()).containsExactlyElementsOf(Progress.STATUSES);
	}

	@Test
	void movesAreTheChangesDatedInThePeriodAndOverdueIsOpenPastItsDueDate() {
		Commitment research = commitment("research", LocalDate.of(2025, 3, 31), List.of("research", "logistics"),
				step("AGREED", "2024-04-16"));
		Commitment exchanges = commitment("exchanges", LocalDate.of(2023, 1, 1), List.of(),
				step("AGREED", "2022-10-13"), step("IN_PROGRESS", "2024-10-26"), step("DONE", "2025-02-01"));
		List<Progress.Move> moves = Progress.moves(List.of(research, exchanges), LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 12, 31));
		assertThat(moves).extracting(m -> m.commitment().text() + ":" + m.from() + ">" + m.to())
			.containsExactly("research:null>AGREED", "exchanges:AGREED>IN_PROGRESS");
		assertThat(Progress.overdue(List.of(research, exchanges), LocalDate.of(2024, 12, 31)))
			.extracting(Commitment::text)
			.as("exchanges was still in progress past its due date; research was not yet due")
			.containsExactly("exchanges");
		assertThat(Progress.overdue(List.of(research, exchanges), LocalDate.of(2025, 12, 31)))
			.extracting(Commitment::text)
			.as("exchanges is done; research is past due")
			.containsExactly("research");
		assertThat(Progress.byAreaAndStatus(List.of(research, exchanges), LocalDate.of(2025, 12, 31)))
			.containsOnlyKeys("research", "logistics", "")
			.hasEntrySatisfying("", counts -> assertThat(counts).containsEntry("DONE", 1));
		assertThat(research.statusOn(LocalDate.of(2024, 1, 1))).as("not yet recorded").isNull();
	}

	@Test
	void theChartIsAPngOfTheExpectedSize() throws IOException {
		Commitment one = commitment("one", null, List.of(), step("AGREED", "2022-10-13"));
		List<Progress.Bar> bars = Progress.bars(List.of(one),
				Progress.periods(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
		byte[] png = ProgressChart.png(bars, p -> p.year() + " Q" + p.quarter());
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1600);
		assertThat(ProgressChart.dataUri(bars, p -> "x")).startsWith("data:image/png;base64,");
		assertThat(ProgressChart.niceStep(3)).isEqualTo(1);
		assertThat(ProgressChart.niceStep(13)).isEqualTo(2);
		assertThat(ProgressChart.niceStep(70)).isEqualTo(20);
		assertThat(ProgressChart.COLOURS).containsOnlyKeys(Progress.STATUSES.toArray(String[]::new));
	}

}
