package org.puente.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements between the partners: visits and their programmes, talks, calls, signing
 * ceremonies, with the delegations and the agreements signed or reviewed there.
 */
@Service
public class EngagementRegistry {

	private final Engagements engagements;

	private final Agreements agreements;

	private final Commitments commitments;

	private final Access access;

	private final DirectoryLookup directory;

	EngagementRegistry(Engagements engagements, Agreements agreements, Commitments commitments, Access access,
			DirectoryLookup directory) {
		this.engagements = engagements;
		this.agreements = agreements;
		this.commitments = commitments;
		this.access = access;
		this.directory = directory;
	}

	/** An engagement as an editor enters it. */
	public record EngagementForm(String partnership, String kind, Texts title, String parent, String startDate,
			String endDate, Boolean dateApproximate, String placeCity, String placeCountry, String hostAgency,
			String guestAgency, String outcomes, List<String> areas, List<String> sources, List<MemberForm> delegation,
			List<LinkForm> agreements, Boolean internal, String internalNote, Long version) {

		public EngagementForm withVersion(Long version) {
			return new EngagementForm(partnership, kind, title, parent, startDate, endDate, dateApproximate, placeCity,
					placeCountry, hostAgency, guestAgency, outcomes, areas, sources, delegation, agreements, internal,
					internalNote, version);
		}

	}

	/**
	 * A delegation member: a person of the directory, their side and role; rank and
	 * position default to what the directory says for that day.
	 */
	public record MemberForm(String person, String side, String role, String rank, String position) {
	}

	/** An agreement signed, reviewed or referred to at the engagement. */
	public record LinkForm(String agreement, String action) {
	}

	/** An engagement as users see it. */
	public record EngagementView(UUID id, UUID partnership, String kind, Texts title, String display, UUID parent,
			LocalDate startDate, LocalDate endDate, boolean dateApproximate, String placeCity, String placeCountry,
			String hostAgency, String guestAgency, String outcomes, List<String> areas, List<String> sources,
			List<MemberView> delegation, List<AgreementLink> agreements, List<Ref> programme, List<Ref> commitments,
			boolean internal, String internalNote, String ownerAgency, Instant updatedAt, String updatedBy,
			long version) {
	}

	/** A delegation member as recorded. */
	public record MemberView(UUID person, String name, String side, String role, String rank, String position) {
	}

	/** An agreement linked to the engagement. */
	public record AgreementLink(UUID agreement, String action, String title) {
	}

	/** A short reference to another record. */
	public record Ref(UUID id, String kind, LocalDate date, String title, String status) {
	}

	@Transactional(readOnly = true)
	public Page<EngagementView> list(CurrentUser user, ListFilter filter, Pageable pageable) {
		Criteria c = Criteria.read(filter, EngagementKind.class, directory, access);
		Specification<Engagement> spec = access.<Engagement>visibleTo(user)
			.and(c.common(true, "kind"))
			.and(c.dated("startDate", "endDate"))
			.and(c.agencyIn("hostAgency", "guestAgency"))
			.and(c.when(c.person() != null, k -> (root, q, cb) -> {
				var sub = q.subquery(UUID.class);
				var member = sub.from(DelegationMember.class);
				sub.select(member.get("engagement").get("id")).where(cb.equal(member.get("personId"), k.person()));
				return root.get("id").in(sub);
			}));
		return engagements.findAll(spec, pageable).map(e -> view(user, e, false));
	}

	@Transactional(readOnly = true)
	public EngagementView get(CurrentUser user, UUID id) {
		return view(user, visible(user, id), true);
	}

	/**
	 * The people who took part in an engagement or signed an agreement the user may see,
	 * by name: the choices of the lists' person filter.
	 */
	@Transactional(readOnly = true)
	public List<AgreementRegistry.PersonName> people(CurrentUser user) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		engagements.findAll(access.<Engagement>visibleTo(user))
			.forEach(e -> e.delegation().forEach(m -> names.put(m.personId(), m.personName())));
		agreements.findAll(access.<Agreement>visibleTo(user))
			.forEach(a -> a.signatories()
				.forEach(p -> directory.person(p).ifPresent(ref -> names.put(p, ref.fullName()))));
		return names.entrySet()
			.stream()
			.map(e -> new AgreementRegistry.PersonName(e.getKey(), e.getValue()))
			.sorted(java.util.Comparator.comparing(AgreementRegistry.PersonName::fullName,
					java.text.Collator.getInstance(java.util.Locale.ROOT)))
			.toList();
	}

	/** Whether the user may change this record (pages show edit links only then). */
	@Transactional(readOnly = true)
	public boolean mayEdit(CurrentUser user, UUID id) {
		return engagements.findById(id).map(x -> access.mayEdit(user, x)).orElse(false);
	}

	@Transactional
	public EngagementView create(CurrentUser user, EngagementForm form) {
		user.require(Role.EDITOR);
		Checks checks = new Checks();
		UUID partnership = Forms.partnership(checks, form.partnership(), directory);
		Engagement engagement = new Engagement(partnership, user.ministry().code());
		apply(user, checks, engagement, form);
		checks.orThrow();
		Forms.requireMember(user, partnership, access);
		return view(user, engagements.saveAndFlush(engagement), true);
	}

	@Transactional
	public EngagementView update(CurrentUser user, UUID id, EngagementForm form) {
		Engagement engagement = access.editable(user, find(id), "engagement", id);
		StaleVersion.check(form.version(), engagement.version());
		Checks checks = new Checks();
		UUID partnership = Forms.partnership(checks, form.partnership(), directory);
		apply(user, checks, engagement, form);
		checks.orThrow();
		Forms.requireMember(user, partnership, access);
		engagement.share(partnership, engagement.internal(), engagement.internalNote());
		engagements.flush();
		return view(user, engagement, true);
	}

	/** Brings back a deleted engagement (administrators of the owning ministry). */
	@Transactional
	public EngagementView restore(CurrentUser user, UUID id) {
		Engagement x = access.restorable(user, find(id));
		x.setDeleted(false);
		engagements.flush();
		return view(user, x, true);
	}

	@Transactional
	public void delete(CurrentUser user, UUID id) {
		access.editable(user, find(id), "engagement", id).setDeleted(true);
	}

	Engagement visible(CurrentUser user, UUID id) {
		return access.visible(user, find(id), "engagement", id);
	}

	private Engagement find(UUID id) {
		return engagements.findById(id).orElseThrow(() -> new NotFound("engagement", id));
	}

	private void apply(CurrentUser user, Checks checks, Engagement engagement, EngagementForm form) {
		EngagementKind kind = Inputs.choice(checks, "kind", form.kind(), EngagementKind.class, true);
		Texts title = Inputs.trilingual(checks, "title", form.title(), 500);
		UUID parent = Inputs.id(checks, "parent", form.parent());
		if (parent != null) {
			Engagement up = engagements.findById(parent).filter(e -> access.canSee(user, e)).orElse(null);
			if (up == null) {
				checks.fail("parent", "unknown.engagement");
			}
			else if (createsCycle(engagement.id(), up)) {
				checks.fail("parent", "parent.cycle");
			}
		}
		if (Inputs.blankToNull(form.startDate()) == null) {
			checks.fail("startDate", "required");
		}
		LocalDate start = checks.date("startDate", form.startDate());
		LocalDate end = checks.date("endDate", form.endDate());
		checks.order("endDate", start, end);
		checks.optional("placeCity", form.placeCity(), 200);
		String country = Inputs.blankToNull(form.placeCountry());
		if (country != null) {
			checks.country("placeCountry", country);
		}
		String host = Forms.agency(checks, "hostAgency", form.hostAgency(), access);
		String guest = Forms.agency(checks, "guestAgency", form.guestAgency(), access);
		checks.optional("outcomes", form.outcomes(), 8000).optional("internalNote", form.internalNote(), 4000);
		Set<String> areas = Forms.areas(checks, form.areas(), directory);
		Set<String> sources = Inputs.texts(checks, "sources", form.sources(), Inputs.SOURCE_MAX);
		List<DelegationMember.Entry> delegation = delegation(checks, form.delegation(), start);
		List<EngagementAgreement.Link> links = links(user, checks, form.agreements());
		if (!checks.ok()) {
			return;
		}
		engagement.share(engagement.partnershipId(), Boolean.TRUE.equals(form.internal()),
				Inputs.blankToNull(form.internalNote()));
		engagement.update(kind, title, parent, start, end, Boolean.TRUE.equals(form.dateApproximate()),
				Inputs.blankToNull(form.placeCity()),
				country == null ? null : country.toUpperCase(java.util.Locale.ROOT), host, guest,
				Inputs.blankToNull(form.outcomes()), areas, sources);
		engagement.replaceDelegation(delegation);
		engagement.replaceAgreements(links);
	}

	private List<DelegationMember.Entry> delegation(Checks checks, List<MemberForm> members, LocalDate day) {
		List<DelegationMember.Entry> out = new ArrayList<>();
		if (members == null) {
			return out;
		}
		for (int i = 0; i < members.size(); i++) {
			MemberForm m = members.get(i);
			String at = "delegation[" + i + "]";
			if (m == null) {
				checks.fail(at + ".person", "required");
				continue;
			}
			UUID person = Inputs.id(checks, at + ".person", m.person());
			var ref = person == null ? null : directory.person(person).orElse(null);
			if (person == null && Inputs.blankToNull(m.person()) == null) {
				checks.fail(at + ".person", "required");
			}
			else if (person != null && ref == null) {
				checks.fail(at + ".person", "unknown.person");
			}
			DelegationMember.Side side = Inputs.choice(checks, at + ".side", m.side(), DelegationMember.Side.class,
					true);
			DelegationMember.Role role = Inputs.choice(checks, at + ".role", m.role(), DelegationMember.Role.class,
					false);
			checks.optional(at + ".rank", m.rank(), 200).optional(at + ".position", m.position(), 300);
			if (ref != null && side != null) {
				DirectoryLookup.Standing standing = directory.standingOn(person, day);
				String rank = Inputs.blankToNull(m.rank());
				String position = Inputs.blankToNull(m.position());
				out.add(new DelegationMember.Entry(person, ref.fullName(), side,
						role == null ? DelegationMember.Role.MEMBER : role, rank != null ? rank : standing.rank(),
						position != null ? position : standing.position()));
			}
		}
		return out;
	}

	private List<EngagementAgreement.Link> links(CurrentUser user, Checks checks, List<LinkForm> forms) {
		List<EngagementAgreement.Link> out = new ArrayList<>();
		if (forms == null) {
			return out;
		}
		for (int i = 0; i < forms.size(); i++) {
			LinkForm l = forms.get(i);
			String at = "agreements[" + i + "]";
			UUID agreement = l == null ? null : Inputs.id(checks, at + ".agreement", l.agreement());
			if (agreement == null || agreements.findById(agreement).filter(a -> access.canSee(user, a)).isEmpty()) {
				checks.fail(at + ".agreement", "unknown.agreement");
			}
			EngagementAgreement.Action action = Inputs.choice(checks, at + ".action", l == null ? null : l.action(),
					EngagementAgreement.Action.class, true);
			if (agreement != null && action != null) {
				out.add(new EngagementAgreement.Link(agreement, action));
			}
		}
		return out;
	}

	private boolean createsCycle(UUID self, Engagement parent) {
		Set<UUID> seen = new HashSet<>();
		Engagement at = parent;
		while (at != null && seen.add(at.id())) {
			if (at.id().equals(self)) {
				return true;
			}
			at = at.parentId() == null ? null : engagements.findById(at.parentId()).orElse(null);
		}
		return false;
	}

	EngagementView view(CurrentUser user, Engagement e, boolean full) {
		String language = user.language();
		List<Ref> programme = full ? engagements.findByParentIdAndDeletedFalseOrderByStartDate(e.id())
			.stream()
			.filter(child -> access.canSee(user, child))
			.map(child -> new Ref(child.id(), child.kind().name(), child.startDate(), child.title().in(language), null))
			.toList() : List.of();
		List<Ref> made = full ? commitments.findByOriginEngagementIdAndDeletedFalse(e.id())
			.stream()
			.filter(c -> access.canSee(user, c))
			.map(c -> new Ref(c.id(), c.agreedBy().name(), c.dueDate(), c.text().in(language), c.status().name()))
			.toList() : List.of();
		List<AgreementLink> links = e.agreements()
			.stream()
			.map(l -> new AgreementLink(l.agreementId(), l.action().name(),
					agreements.findById(l.agreementId())
						.filter(a -> access.canSee(user, a))
						.map(a -> a.title().in(language))
						.orElse(null)))
			.toList();
		return new EngagementView(e.id(), e.partnershipId(), e.kind().name(), e.title(), e.title().in(language),
				e.parentId(), e.startDate(), e.endDate(), e.dateApproximate(), e.placeCity(), e.placeCountry(),
				e.hostAgency(), e.guestAgency(), e.outcomes(), List.copyOf(e.areas()), List.copyOf(e.sources()),
				e.delegation()
					.stream()
					.map(m -> new MemberView(m.personId(), m.personName(), m.side().name(), m.role().name(), m.rank(),
							m.position()))
					.toList(),
				links, programme, made, e.internal(), access.noteFor(user, e), e.ownerAgency(), e.stamp().updatedAt(),
				e.stamp().updatedBy(), e.version());
	}

}
