package org.puente.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.puente.directory.DirectoryLookup;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.Checks;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implementation reviews of an agreement. Recording a review takes a snapshot of the
 * commitments under the agreement: which moved since the previous review, which are
 * overdue, which stalled.
 */
@Service
public class ReviewRegistry {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Reviews reviews;

	private final Agreements agreements;

	private final Engagements engagements;

	private final Commitments commitments;

	private final Access access;

	private final DirectoryLookup directory;

	ReviewRegistry(Reviews reviews, Agreements agreements, Engagements engagements, Commitments commitments,
			Access access, DirectoryLookup directory) {
		this.reviews = reviews;
		this.agreements = agreements;
		this.engagements = engagements;
		this.commitments = commitments;
		this.access = access;
		this.directory = directory;
	}

	/** A review as an editor enters it; the agreement cannot change afterwards. */
	public record ReviewForm(String agreement, String engagement, String reviewDate, String conclusions,
			List<String> sources, Boolean internal, String internalNote, Long version) {

		public ReviewForm withVersion(Long version) {
			return new ReviewForm(agreement, engagement, reviewDate, conclusions, sources, internal, internalNote,
					version);
		}

	}

	/** What the commitments under the agreement looked like on the review's day. */
	public record Snapshot(LocalDate previousReview, List<Item> moved, List<Item> overdue, List<Item> stalled) {
	}

	/**
	 * One commitment in a snapshot; {@code from} is its status at the previous review.
	 */
	public record Item(UUID commitment, String text, String from, String status, LocalDate dueDate) {
	}

	/** A review as users see it. */
	public record ReviewView(UUID id, UUID partnership, UUID agreement, String agreementTitle, UUID engagement,
			LocalDate reviewDate, String conclusions, Snapshot snapshot, List<String> sources, boolean internal,
			String internalNote, String ownerAgency, Instant updatedAt, String updatedBy, long version) {
	}

	@Transactional(readOnly = true)
	public Page<ReviewView> list(CurrentUser user, ListFilter filter, Pageable pageable) {
		Criteria c = Criteria.read(filter, AgreementStatus.class, directory, access);
		Specification<Review> spec = access.<Review>visibleTo(user)
			.and(c.when(c.partnership() != null,
					k -> (root, q, cb) -> cb.equal(root.get("partnershipId"), k.partnership())))
			.and(c.dated("reviewDate", null))
			.and(c.agencyIn("ownerAgency"));
		return reviews.findAll(spec, pageable).map(r -> view(user, r));
	}

	@Transactional(readOnly = true)
	public ReviewView get(CurrentUser user, UUID id) {
		return view(user, access.visible(user, find(id), "review", id));
	}

	/** The reviews the user may see of an agreement, or held at an engagement. */
	@Transactional(readOnly = true)
	public List<ReviewView> linkedTo(CurrentUser user, UUID record) {
		Specification<Review> spec = access.<Review>visibleTo(user)
			.and((root, q, cb) -> cb.or(cb.equal(root.get("agreementId"), record),
					cb.equal(root.get("engagementId"), record)));
		return reviews.findAll(spec, org.springframework.data.domain.Sort.by("reviewDate"))
			.stream()
			.map(r -> view(user, r))
			.toList();
	}

	/** Whether the user may change this record (pages show edit links only then). */
	@Transactional(readOnly = true)
	public boolean mayEdit(CurrentUser user, UUID id) {
		return reviews.findById(id).map(x -> access.mayEdit(user, x)).orElse(false);
	}

	@Transactional
	public ReviewView create(CurrentUser user, ReviewForm form) {
		user.require(Role.EDITOR);
		Checks checks = new Checks();
		UUID agreementId = Inputs.id(checks, "agreement", form.agreement());
		Agreement agreement = agreementId == null ? null
				: agreements.findById(agreementId).filter(a -> access.canSee(user, a)).orElse(null);
		if (agreement == null) {
			checks.fail("agreement", Inputs.blankToNull(form.agreement()) == null ? "required" : "unknown.agreement");
		}
		Review review = new Review(agreement == null ? null : agreement.partnershipId(), user.ministry().code(),
				agreementId);
		apply(user, checks, review, form);
		checks.orThrow();
		Forms.requireMember(user, agreement.partnershipId(), access);
		review.snapshot(JSON.writeValueAsString(snapshot(review, agreement)));
		return view(user, reviews.saveAndFlush(review));
	}

	@Transactional
	public ReviewView update(CurrentUser user, UUID id, ReviewForm form) {
		Review review = access.editable(user, find(id), "review", id);
		StaleVersion.check(form.version(), review.version());
		Checks checks = new Checks();
		apply(user, checks, review, form);
		checks.orThrow();
		Agreement agreement = agreements.findById(review.agreementId()).orElseThrow();
		String snapshot = JSON.writeValueAsString(snapshot(review, agreement));
		if (!snapshot.equals(review.snapshot())) {
			review.snapshot(snapshot);
		}
		reviews.flush();
		return view(user, review);
	}

	/** Brings back a deleted review (administrators of the owning ministry). */
	@Transactional
	public ReviewView restore(CurrentUser user, UUID id) {
		Review x = access.restorable(user, find(id));
		x.setDeleted(false);
		reviews.flush();
		return view(user, x);
	}

	@Transactional
	public void delete(CurrentUser user, UUID id) {
		access.editable(user, find(id), "review", id).setDeleted(true);
	}

	private Review find(UUID id) {
		return reviews.findById(id).orElseThrow(() -> new NotFound("review", id));
	}

	private void apply(CurrentUser user, Checks checks, Review review, ReviewForm form) {
		UUID engagement = Inputs.id(checks, "engagement", form.engagement());
		if (engagement != null && engagements.findById(engagement).filter(e -> access.canSee(user, e)).isEmpty()) {
			checks.fail("engagement", "unknown.engagement");
		}
		if (Inputs.blankToNull(form.reviewDate()) == null) {
			checks.fail("reviewDate", "required");
		}
		LocalDate date = checks.date("reviewDate", form.reviewDate());
		checks.optional("conclusions", form.conclusions(), 8000).optional("internalNote", form.internalNote(), 4000);
		Set<String> sources = Inputs.texts(checks, "sources", form.sources(), Inputs.SOURCE_MAX);
		if (!checks.ok()) {
			return;
		}
		review.share(review.partnershipId(), Boolean.TRUE.equals(form.internal()),
				Inputs.blankToNull(form.internalNote()));
		review.update(engagement, date, Inputs.blankToNull(form.conclusions()), sources);
	}

	/** The commitments an agreement covers: all of its partnership for a framework. */
	private List<Commitment> covered(Agreement agreement) {
		List<Commitment> all = commitments.findByPartnershipIdAndDeletedFalse(agreement.partnershipId());
		if (agreement.kind() == AgreementKind.FRAMEWORK) {
			return all;
		}
		Set<UUID> under = new HashSet<>(List.of(agreement.id()));
		agreements.findAll().stream().filter(a -> agreement.id().equals(a.parentId())).forEach(a -> under.add(a.id()));
		Set<UUID> linkedEngagements = new HashSet<>();
		engagements.linksTo(agreement.id()).forEach(l -> linkedEngagements.add(l.engagement().id()));
		return all.stream()
			.filter(c -> under.contains(c.originAgreementId()) || linkedEngagements.contains(c.originEngagementId()))
			.toList();
	}

	Snapshot snapshot(Review review, Agreement agreement) {
		LocalDate day = review.reviewDate();
		LocalDate previous = reviews.findByAgreementIdAndDeletedFalseOrderByReviewDate(agreement.id())
			.stream()
			.filter(r -> !r.id().equals(review.id()) && r.reviewDate().isBefore(day))
			.map(Review::reviewDate)
			.max(Comparator.naturalOrder())
			.orElse(null);
		List<Item> moved = new ArrayList<>();
		List<Item> overdue = new ArrayList<>();
		List<Item> stalled = new ArrayList<>();
		for (Commitment c : covered(agreement)) {
			if (c.internal() && !(review.internal() && c.ownerAgency().equals(review.ownerAgency()))) {
				continue;
			}
			List<StatusChange> history = c.history();
			String before = statusOn(history, previous);
			String now = statusOn(history, day);
			if (now == null) {
				continue; // recorded after the review's day
			}
			String text = c.text().in("en");
			boolean changed = history.stream()
				.skip(1)
				.anyMatch(h -> !h.changedOn().isAfter(day) && (previous == null || h.changedOn().isAfter(previous)));
			if (changed) {
				moved.add(new Item(c.id(), text, before, now, c.dueDate()));
			}
			boolean open = !now.equals(CommitmentStatus.DONE.name()) && !now.equals(CommitmentStatus.DROPPED.name());
			if (open && c.dueDate() != null && c.dueDate().isBefore(day)) {
				overdue.add(new Item(c.id(), text, before, now, c.dueDate()));
			}
			if (now.equals(CommitmentStatus.STALLED.name())) {
				stalled.add(new Item(c.id(), text, before, now, c.dueDate()));
			}
		}
		return new Snapshot(previous, moved, overdue, stalled);
	}

	/** The status a history shows on a day: the last change on or before it. */
	private static String statusOn(List<StatusChange> history, LocalDate day) {
		if (day == null) {
			return null;
		}
		String status = null;
		for (StatusChange change : history) {
			if (!change.changedOn().isAfter(day)) {
				status = change.status();
			}
		}
		return status;
	}

	ReviewView view(CurrentUser user, Review r) {
		String title = agreements.findById(r.agreementId())
			.filter(a -> access.canSee(user, a))
			.map(a -> a.title().in(user.language()))
			.orElse(null);
		return new ReviewView(r.id(), r.partnershipId(), r.agreementId(), title, r.engagementId(), r.reviewDate(),
				r.conclusions(), JSON.readValue(r.snapshot(), Snapshot.class), List.copyOf(r.sources()), r.internal(),
				access.noteFor(user, r), r.ownerAgency(), r.stamp().updatedAt(), r.stamp().updatedBy(), r.version());
	}

}
