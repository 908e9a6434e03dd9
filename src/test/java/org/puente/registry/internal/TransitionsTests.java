package org.puente.registry.internal;

import org.junit.jupiter.api.Test;
import org.puente.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The status order of commitments, agreements and activities, without Spring. */
class TransitionsTests {

	static StatusForm form(String status, String note, String reason) {
		return new StatusForm(status, "2026-05-01", note, reason, 0L);
	}

	static String refused(Runnable change) {
		try {
			change.run();
		}
		catch (InvalidInput ex) {
			return ex.errors().stream().map(InvalidInput.FieldError::field).sorted().toList().toString();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void commitmentsFollowTheUsualOrder() {
		assertThat(CommitmentStatus.PROPOSED.allows(CommitmentStatus.AGREED)).isTrue();
		assertThat(CommitmentStatus.AGREED.allows(CommitmentStatus.IN_PROGRESS)).isTrue();
		assertThat(CommitmentStatus.IN_PROGRESS.allows(CommitmentStatus.DONE)).isTrue();
		assertThat(CommitmentStatus.STALLED.allows(CommitmentStatus.IN_PROGRESS)).isTrue();
		assertThat(CommitmentStatus.PROPOSED.allows(CommitmentStatus.DONE)).isFalse();
		assertThat(CommitmentStatus.DONE.next()).isEmpty();
		assertThat(AgreementStatus.DRAFT.allows(AgreementStatus.SIGNED)).isFalse();
		assertThat(AgreementStatus.IN_FORCE.allows(AgreementStatus.EXPIRED)).isTrue();
		assertThat(ActivityStatus.PLANNED.allows(ActivityStatus.DONE)).isTrue();
	}

	@Test
	void skippingAStepNeedsAReasonThatTheHistoryKeeps() {
		assertThat(refused(() -> Transitions.check(CommitmentStatus.PROPOSED, form("DONE", "done", null),
				CommitmentStatus.class, true)))
			.isEqualTo("[overrideReason]");
		Transitions.Step<CommitmentStatus> step = Transitions.check(CommitmentStatus.PROPOSED,
				form("done", "done", "agreed and done at once"), CommitmentStatus.class, true);
		assertThat(step.status()).isEqualTo(CommitmentStatus.DONE);
		assertThat(step.change().overrideReason()).isEqualTo("agreed and done at once");
		assertThat(step.change().changedOn()).hasToString("2026-05-01");

		Transitions.Step<CommitmentStatus> usual = Transitions.check(CommitmentStatus.PROPOSED,
				form("AGREED", "both agreed", "not needed"), CommitmentStatus.class, true);
		assertThat(usual.change().overrideReason()).as("no override kept for a usual step").isNull();
	}

	@Test
	void everyMistakeIsNamedAtOnce() {
		assertThat(refused(() -> Transitions.check(CommitmentStatus.AGREED,
				new StatusForm("AGREED", "tomorrow", " ", null, 0L), CommitmentStatus.class, true)))
			.isEqualTo("[note, on, status]");
		assertThat(refused(
				() -> Transitions.check(AgreementStatus.DRAFT, form(null, null, null), AgreementStatus.class, false)))
			.isEqualTo("[status]");
		assertThatThrownBy(
				() -> Transitions.check(ActivityStatus.DONE, form("ONGOING", null, null), ActivityStatus.class, false))
			.isInstanceOf(InvalidInput.class);
	}

}
