package org.puente.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.puente.directory.DirectoryLookup;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.Checks;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments: what the sides undertook, both or one of them, and how far each got.
 * Status moves follow the usual order; an editor may skip a step only by saying why.
 */
@Service
public class CommitmentRegistry {

	private final Commitments commitments;

	private final Engagements engagements;

	private final Agreements agreements;

	private final Activities activities;

	private final Access access;

	private final DirectoryLookup directory;

	CommitmentRegistry(Commitments commitments, Engagements engagements, Agreements agreements, Activities activities,
			Access access, DirectoryLookup directory) {
		this.commitments = commitments;
		this.engagements = engagements;
		this.agreements = agreements;
		this.activities = activities;
		this.access = access;
		this.directory = directory;
	}

	/**
	 * A commitment as an editor enters it. The partnership defaults to the origin's;
	 * {@code status} is read only on creation (default: agreed if both sides agreed, else
	 * proposed).
	 */
	public record CommitmentForm(String partnership, Texts text, List<String> areas, String responsibleAgency,
			String responsibleUnit, String dueDate, String duePeriod, String status, String agreedBy, String proposedBy,
			String originEngagement, String originAgreement, List<String> raisedAt, List<String> sources,
			Boolean internal, String internalNote, Long version) {

		public CommitmentForm withVersion(Long version) {
			return new CommitmentForm(partnership, text, areas, responsibleAgency, responsibleUnit, dueDate, duePeriod,
					status, agreedBy, proposedBy, originEngagement, originAgreement, raisedAt, sources, internal,
					internalNote, version);
		}

	}

	/**
	 * A commitment as users see it; {@code doneProposed} says every activity carrying it
	 * out is done, so an editor may mark it done.
	 */
	public record CommitmentView(UUID id, UUID partnership, Texts text, String display, List<String> areas,
			String responsibleAgency, String responsibleUnit, LocalDate dueDate, String duePeriod, String status,
			String agreedBy, String proposedBy, UUID originEngagement, UUID originAgreement, List<UUID> raisedAt,
			List<String> sources, List<StatusChange> history, List<UUID> activities, boolean overdue,
			boolean doneProposed, boolean internal, String internalNote, String ownerAgency, Instant updatedAt,
			String updatedBy, long version) {
	}

	@Transactional(readOnly = true)
	public Page<CommitmentView> list(CurrentUser user, ListFilter filter, Pageable pageable) {
		Criteria c = Criteria.read(filter, CommitmentStatus.class, directory, access);
		Specification<Commitment> spec = access.<Commitment>visibleTo(user)
			.and(c.common(true))
			.and(c.dated("dueDate", null))
			.and(c.agencyIn("responsibleAgency", "responsibleUnit", "proposedBy"))
			.and(c.when(c.person() != null, k -> (root, q, cb) -> {
				var sub = q.subquery(UUID.class);
				var member = sub.from(DelegationMember.class);
				sub.select(member.get("engagement").get("id")).where(cb.equal(member.get("personId"), k.person()));
				return root.get("originEngagementId").in(sub);
			}));
		return commitments.findAll(spec, pageable).map(x -> view(user, x));
	}

	@Transactional(readOnly = true)
	public CommitmentView get(CurrentUser user, UUID id) {
		return view(user, visible(user, id));
	}

	/**
	 * The commitments the user may see that came from, or were raised again at, an
	 * agreement or engagement.
	 */
	@Transactional(readOnly = true)
	public List<CommitmentView> linkedTo(CurrentUser user, UUID record) {
		Specification<Commitment> spec = access.<Commitment>visibleTo(user)
			.and((root, q, cb) -> cb.or(cb.equal(root.get("originAgreementId"), record),
					cb.equal(root.get("originEngagementId"), record), cb.isMember(record, root.get("raisedAt"))));
		return commitments.findAll(spec, org.springframework.data.domain.Sort.by("dueDate"))
			.stream()
			.map(c -> view(user, c))
			.toList();
	}

	/** Whether the user may change this record (pages show edit links only then). */
	@Transactional(readOnly = true)
	public boolean mayEdit(CurrentUser user, UUID id) {
		return commitments.findById(id).map(x -> access.mayEdit(user, x)).orElse(false);
	}

	@Transactional
	public CommitmentView create(CurrentUser user, CommitmentForm form) {
		user.require(Role.EDITOR);
		Checks checks = new Checks();
		UUID partnership = partnership(user, checks, form);
		CommitmentStatus status = Inputs.choice(checks, "status", form.status(), CommitmentStatus.class, false);
		Commitment commitment = new Commitment(partnership, user.ministry().code(), CommitmentStatus.PROPOSED);
		apply(user, checks, commitment, form);
		checks.orThrow();
		Forms.requireMember(user, partnership, access);
		CommitmentStatus first = status != null ? status : commitment.agreedBy() == Commitment.AgreedBy.BOTH
				? CommitmentStatus.AGREED : CommitmentStatus.PROPOSED;
		commitment.moveTo(first, Transitions.first(first, null, null));
		return view(user, commitments.saveAndFlush(commitment));
	}

	@Transactional
	public CommitmentView update(CurrentUser user, UUID id, CommitmentForm form) {
		Commitment commitment = access.editable(user, find(id), "commitment", id);
		StaleVersion.check(form.version(), commitment.version());
		Checks checks = new Checks();
		UUID partnership = partnership(user, checks, form);
		apply(user, checks, commitment, form);
		checks.orThrow();
		Forms.requireMember(user, partnership, access);
		commitment.share(partnership, commitment.internal(), commitment.internalNote());
		commitments.flush();
		return view(user, commitment);
	}

	/** Moves a commitment on; every change carries a note. */
	@Transactional
	public CommitmentView changeStatus(CurrentUser user, UUID id, StatusForm form) {
		Commitment commitment = access.editable(user, find(id), "commitment", id);
		StaleVersion.check(form.version(), commitment.version());
		Transitions.Step<CommitmentStatus> step = Transitions.check(commitment.status(), form, CommitmentStatus.class,
				true);
		commitment.moveTo(step.status(), step.change());
		commitments.flush();
		return view(user, commitment);
	}

	/** Brings back a deleted commitment (administrators of the owning ministry). */
	@Transactional
	public CommitmentView restore(CurrentUser user, UUID id) {
		Commitment x = access.restorable(user, find(id));
		x.setDeleted(false);
		commitments.flush();
		return view(user, x);
	}

	@Transactional
	public void delete(CurrentUser user, UUID id) {
		access.editable(user, find(id), "commitment", id).setDeleted(true);
	}

	Commitment visible(CurrentUser user, UUID id) {
		return access.visible(user, find(id), "commitment", id);
	}

	private Commitment find(UUID id) {
		return commitments.findById(id).orElseThrow(() -> new NotFound("commitment", id));
	}

	private UUID partnership(CurrentUser user, Checks checks, CommitmentForm form) {
		if (Inputs.blankToNull(form.partnership()) != null) {
			return Forms.partnership(checks, form.partnership(), directory);
		}
		Checks quiet = new Checks();
		UUID engagement = Inputs.id(quiet, "originEngagement", form.originEngagement());
		UUID agreement = Inputs.id(quiet, "originAgreement", form.originAgreement());
		UUID inherited = engagement != null
				? engagements.findById(engagement)
					.filter(e -> access.canSee(user, e))
					.map(SharedRecord::partnershipId)
					.orElse(null)
				: agreement != null ? agreements.findById(agreement)
					.filter(a -> access.canSee(user, a))
					.map(SharedRecord::partnershipId)
					.orElse(null) : null;
		if (inherited == null) {
			checks.fail("partnership", "required");
		}
		return inherited;
	}

	private void apply(CurrentUser user, Checks checks, Commitment commitment, CommitmentForm form) {
		Texts text = Inputs.trilingual(checks, "text", form.text(), 2000);
		Set<String> areas = Forms.areas(checks, form.areas(), directory);
		String responsible = Forms.agency(checks, "responsibleAgency", form.responsibleAgency(), access);
		String unit = Forms.agency(checks, "responsibleUnit", form.responsibleUnit(), access);
		LocalDate due = checks.date("dueDate", form.dueDate());
		checks.optional("duePeriod", form.duePeriod(), 100).optional("internalNote", form.internalNote(), 4000);
		Commitment.AgreedBy agreedBy = Inputs.choice(checks, "agreedBy", form.agreedBy(), Commitment.AgreedBy.class,
				true);
		String proposedBy = Forms.agency(checks, "proposedBy", form.proposedBy(), access);
		if (agreedBy == Commitment.AgreedBy.ONE_SIDE && proposedBy == null) {
			checks.fail("proposedBy", "required.when.one.side");
		}
		UUID engagement = Inputs.id(checks, "originEngagement", form.originEngagement());
		UUID agreement = Inputs.id(checks, "originAgreement", form.originAgreement());
		if (engagement != null && engagements.findById(engagement).filter(e -> access.canSee(user, e)).isEmpty()) {
			checks.fail("originEngagement", "unknown.engagement");
		}
		if (agreement != null && agreements.findById(agreement).filter(a -> access.canSee(user, a)).isEmpty()) {
			checks.fail("originAgreement", "unknown.agreement");
		}
		if (Inputs.blankToNull(form.originEngagement()) == null && Inputs.blankToNull(form.originAgreement()) == null) {
			checks.fail("originEngagement", "origin.required");
		}
		Set<UUID> raisedAt = Inputs.ids(checks, "raisedAt", form.raisedAt());
		int i = 0;
		for (UUID at : raisedAt) {
			if (engagements.findById(at).filter(e -> access.canSee(user, e)).isEmpty()) {
				checks.fail("raisedAt[" + i + "]", "unknown.engagement");
			}
			i++;
		}
		Set<String> sources = Inputs.texts(checks, "sources", form.sources(), Inputs.SOURCE_MAX);
		if (!checks.ok()) {
			return;
		}
		commitment.share(commitment.partnershipId(), Boolean.TRUE.equals(form.internal()),
				Inputs.blankToNull(form.internalNote()));
		commitment.update(text, responsible, unit, due, Inputs.blankToNull(form.duePeriod()), agreedBy, proposedBy,
				engagement, agreement, areas, sources, raisedAt);
	}

	CommitmentView view(CurrentUser user, Commitment c) {
		List<Activity> carrying = activities.carrying(c.id());
		boolean doneProposed = c.status().open() && !carrying.isEmpty()
				&& carrying.stream().allMatch(a -> a.status() == ActivityStatus.DONE);
		boolean overdue = c.status().open() && c.dueDate() != null && c.dueDate().isBefore(LocalDate.now());
		return new CommitmentView(c.id(), c.partnershipId(), c.text(), c.text().in(user.language()),
				List.copyOf(c.areas()), c.responsibleAgency(), c.responsibleUnit(), c.dueDate(), c.duePeriod(),
				c.status().name(), c.agreedBy().name(), c.proposedBy(), c.originEngagementId(), c.originAgreementId(),
				List.copyOf(c.raisedAt()), List.copyOf(c.sources()), List.copyOf(c.history()),
				carrying.stream().filter(a -> access.canSee(user, a)).map(SharedRecord::id).toList(), overdue,
				doneProposed, c.internal(), access.noteFor(user, c), c.ownerAgency(), c.stamp().updatedAt(),
				c.stamp().updatedBy(), c.version());
	}

}
