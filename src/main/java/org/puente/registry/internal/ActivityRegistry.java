package org.puente.registry.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Activities that carry commitments out. Finishing the last open activity of a commitment
 * proposes marking the commitment done; it never changes the commitment by itself.
 */
@Service
public class ActivityRegistry {

	private final Activities activities;

	private final Commitments commitments;

	private final Access access;

	private final DirectoryLookup directory;

	ActivityRegistry(Activities activities, Commitments commitments, Access access, DirectoryLookup directory) {
		this.activities = activities;
		this.commitments = commitments;
		this.access = access;
		this.directory = directory;
	}

	/**
	 * An activity as an editor enters it; the partnership defaults to its first
	 * commitment's; {@code status} is read only on creation.
	 */
	public record ActivityForm(String partnership, String kind, Texts title, String startDate, String endDate,
			String placeCity, String placeCountry, Integer trainees, String trainerSide, String items, BigDecimal value,
			String currency, String status, List<String> commitments, List<String> sources, Boolean internal,
			String internalNote, Long version) {

		public ActivityForm withVersion(Long version) {
			return new ActivityForm(partnership, kind, title, startDate, endDate, placeCity, placeCountry, trainees,
					trainerSide, items, value, currency, status, commitments, sources, internal, internalNote, version);
		}

	}

	/** An activity as users see it. */
	public record ActivityView(UUID id, UUID partnership, String kind, Texts title, String display, LocalDate startDate,
			LocalDate endDate, String placeCity, String placeCountry, Integer trainees, String trainerSide,
			String items, BigDecimal value, String currency, String status, List<UUID> commitments,
			List<String> sources, boolean internal, String internalNote, String ownerAgency, Instant updatedAt,
			String updatedBy, long version) {
	}

	/** A commitment whose activities are all done: an editor may now mark it done. */
	public record Proposal(UUID commitment, String display, String status, String proposedStatus) {
	}

	/** The activity after a status change, and the proposals it gives rise to. */
	public record StatusResult(ActivityView activity, List<Proposal> proposals) {
	}

	@Transactional(readOnly = true)
	public Page<ActivityView> list(CurrentUser user, ListFilter filter, Pageable pageable) {
		Criteria c = Criteria.read(filter, ActivityStatus.class, directory, access);
		Specification<Activity> spec = access.<Activity>visibleTo(user)
			.and(c.common(false))
			.and(c.dated("startDate", "endDate"))
			.and(c.agencyIn("trainerSide", "ownerAgency"))
			.and(c.when(c.area() != null, k -> (root, q, cb) -> {
				var sub = q.subquery(UUID.class);
				var commitment = sub.from(Commitment.class);
				sub.select(commitment.get("id")).where(cb.isMember(k.area(), commitment.get("areas")));
				q.distinct(true);
				return root.join("commitments").in(sub);
			}));
		return activities.findAll(spec, pageable).map(a -> view(user, a));
	}

	@Transactional(readOnly = true)
	public ActivityView get(CurrentUser user, UUID id) {
		return view(user, visible(user, id));
	}

	/** The activities the user may see that carry out a commitment. */
	@Transactional(readOnly = true)
	public List<ActivityView> carrying(CurrentUser user, UUID commitment) {
		return activities.carrying(commitment)
			.stream()
			.filter(a -> access.canSee(user, a))
			.map(a -> view(user, a))
			.toList();
	}

	/** Whether the user may change this record (pages show edit links only then). */
	@Transactional(readOnly = true)
	public boolean mayEdit(CurrentUser user, UUID id) {
		return activities.findById(id).map(x -> access.mayEdit(user, x)).orElse(false);
	}

	@Transactional
	public ActivityView create(CurrentUser user, ActivityForm form) {
		user.require(Role.EDITOR);
		Checks checks = new Checks();
		UUID partnership = partnership(user, checks, form);
		ActivityStatus status = Inputs.choice(checks, "status", form.status(), ActivityStatus.class, false);
		Activity activity = new Activity(partnership, user.ministry().code(),
				status == null ? ActivityStatus.PLANNED : status);
		apply(user, checks, activity, form);
		checks.orThrow();
		Forms.requireMember(user, partnership, access);
		return view(user, activities.saveAndFlush(activity));
	}

	@Transactional
	public ActivityView update(CurrentUser user, UUID id, ActivityForm form) {
		Activity activity = access.editable(user, find(id), "activity", id);
		StaleVersion.check(form.version(), activity.version());
		Checks checks = new Checks();
		UUID partnership = partnership(user, checks, form);
		apply(user, checks, activity, form);
		checks.orThrow();
		Forms.requireMember(user, partnership, access);
		activity.share(partnership, activity.internal(), activity.internalNote());
		activities.flush();
		return view(user, activity);
	}

	@Transactional
	public StatusResult changeStatus(CurrentUser user, UUID id, StatusForm form) {
		Activity activity = access.editable(user, find(id), "activity", id);
		StaleVersion.check(form.version(), activity.version());
		Transitions.Step<ActivityStatus> step = Transitions.check(activity.status(), form, ActivityStatus.class, false);
		activity.moveTo(step.status());
		activities.flush();
		List<Proposal> proposals = new ArrayList<>();
		if (step.status() == ActivityStatus.DONE) {
			for (UUID commitmentId : activity.commitments()) {
				Commitment commitment = commitments.findById(commitmentId).orElse(null);
				if (commitment == null || !access.canSee(user, commitment) || !commitment.status().open()) {
					continue;
				}
				boolean allDone = activities.carrying(commitmentId)
					.stream()
					.allMatch(a -> a.status() == ActivityStatus.DONE);
				if (allDone) {
					proposals.add(new Proposal(commitmentId, commitment.text().in(user.language()),
							commitment.status().name(), CommitmentStatus.DONE.name()));
				}
			}
		}
		return new StatusResult(view(user, activity), proposals);
	}

	/** Brings back a deleted activity (administrators of the owning ministry). */
	@Transactional
	public ActivityView restore(CurrentUser user, UUID id) {
		Activity x = access.restorable(user, find(id));
		x.setDeleted(false);
		activities.flush();
		return view(user, x);
	}

	@Transactional
	public void delete(CurrentUser user, UUID id) {
		access.editable(user, find(id), "activity", id).setDeleted(true);
	}

	Activity visible(CurrentUser user, UUID id) {
		return access.visible(user, find(id), "activity", id);
	}

	private Activity find(UUID id) {
		return activities.findById(id).orElseThrow(() -> new NotFound("activity", id));
	}

	private UUID partnership(CurrentUser user, Checks checks, ActivityForm form) {
		if (Inputs.blankToNull(form.partnership()) != null) {
			return Forms.partnership(checks, form.partnership(), directory);
		}
		UUID inherited = null;
		if (form.commitments() != null && !form.commitments().isEmpty()) {
			UUID first = Inputs.id(new Checks(), "commitments", form.commitments().get(0));
			inherited = first == null ? null
					: commitments.findById(first)
						.filter(c -> access.canSee(user, c))
						.map(SharedRecord::partnershipId)
						.orElse(null);
		}
		if (inherited == null) {
			checks.fail("partnership", "required");
		}
		return inherited;
	}

	private void apply(CurrentUser user, Checks checks, Activity activity, ActivityForm form) {
		ActivityKind kind = Inputs.choice(checks, "kind", form.kind(), ActivityKind.class, true);
		Texts title = Inputs.trilingual(checks, "title", form.title(), 500);
		LocalDate start = checks.date("startDate", form.startDate());
		LocalDate end = checks.date("endDate", form.endDate());
		checks.order("endDate", start, end);
		checks.optional("placeCity", form.placeCity(), 200)
			.optional("items", form.items(), 4000)
			.optional("internalNote", form.internalNote(), 4000);
		String country = Inputs.blankToNull(form.placeCountry());
		if (country != null) {
			checks.country("placeCountry", country);
		}
		if (form.trainees() != null && form.trainees() < 0) {
			checks.fail("trainees", "not.negative");
		}
		String trainer = Forms.agency(checks, "trainerSide", form.trainerSide(), access);
		if (form.value() != null && form.value().signum() < 0) {
			checks.fail("value", "not.negative");
		}
		String currency = Inputs.blankToNull(form.currency());
		if (currency != null && !currency.matches("[A-Za-z]{3}")) {
			checks.fail("currency", "invalid.currency");
		}
		if (form.value() != null && currency == null) {
			checks.fail("currency", "required");
		}
		Set<UUID> linked = Inputs.ids(checks, "commitments", form.commitments());
		int i = 0;
		for (UUID id : linked) {
			if (commitments.findById(id).filter(c -> access.canSee(user, c)).isEmpty()) {
				checks.fail("commitments[" + i + "]", "unknown.commitment");
			}
			i++;
		}
		Set<String> sources = Inputs.texts(checks, "sources", form.sources(), Inputs.SOURCE_MAX);
		if (!checks.ok()) {
			return;
		}
		activity.share(activity.partnershipId(), Boolean.TRUE.equals(form.internal()),
				Inputs.blankToNull(form.internalNote()));
		activity.update(kind, title, start, end, Inputs.blankToNull(form.placeCity()),
				country == null ? null : country.toUpperCase(Locale.ROOT), form.trainees(), trainer,
				Inputs.blankToNull(form.items()), form.value(),
				currency == null ? null : currency.toUpperCase(Locale.ROOT), linked, sources);
	}

	ActivityView view(CurrentUser user, Activity a) {
		return new ActivityView(a.id(), a.partnershipId(), a.kind().name(), a.title(), a.title().in(user.language()),
				a.startDate(), a.endDate(), a.placeCity(), a.placeCountry(), a.trainees(), a.trainerSide(), a.items(),
				a.value(), a.currency(), a.status().name(), List.copyOf(a.commitments()), List.copyOf(a.sources()),
				a.internal(), access.noteFor(user, a), a.ownerAgency(), a.stamp().updatedAt(), a.stamp().updatedBy(),
				a.version());
	}

}
