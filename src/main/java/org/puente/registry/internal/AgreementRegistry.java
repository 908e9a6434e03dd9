package org.puente.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.directory.DirectoryLookup;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.Checks;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;
import org.puente.shared.Sha256;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements between the partners: recorded, changed and moved through their status by
 * editors of the owning ministry; seen by both partners unless internal.
 */
@Service
public class AgreementRegistry {

	/** The largest document Puente keeps. */
	public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

	static final Map<String, String> DOCUMENT_TYPES = Map.of("application/pdf", "%PDF", "image/png", "\u0089PNG",
			"image/jpeg", "\u00ff\u00d8\u00ff",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK",
			"application/vnd.oasis.opendocument.text", "PK", "text/plain", "");

	private final Agreements agreements;

	private final Engagements engagements;

	private final AgreementDocuments documents;

	private final Access access;

	private final DirectoryLookup directory;

	private final Path documentRoot;

	AgreementRegistry(Agreements agreements, Engagements engagements, AgreementDocuments documents, Access access,
			DirectoryLookup directory, @Value("${puente.data-dir:./data}") String dataDir) {
		this.agreements = agreements;
		this.engagements = engagements;
		this.documents = documents;
		this.access = access;
		this.directory = directory;
		this.documentRoot = Path.of(dataDir, "documents");
	}

	/** An agreement as an editor enters it; {@code status} is read only on creation. */
	public record AgreementForm(String partnership, String kind, Texts title, String parent, String status,
			String signedOn, String signedPlace, String entryIntoForce, String term, String expiresOn,
			List<String> parties, List<String> signatories, List<String> areas, List<String> sources, Boolean internal,
			String internalNote, Long version) {

		public AgreementForm withVersion(Long version) {
			return new AgreementForm(partnership, kind, title, parent, status, signedOn, signedPlace, entryIntoForce,
					term, expiresOn, parties, signatories, areas, sources, internal, internalNote, version);
		}

	}

	/** An agreement as users see it. */
	public record AgreementView(UUID id, UUID partnership, String kind, Texts title, String display, UUID parent,
			String status, LocalDate signedOn, String signedPlace, LocalDate entryIntoForce, String term,
			LocalDate expiresOn, List<String> parties, List<PersonName> signatories, List<String> areas,
			List<String> sources, List<StatusChange> history, List<Link> engagements, List<DocumentView> documents,
			boolean internal, String internalNote, String ownerAgency, Instant updatedAt, String updatedBy,
			long version) {
	}

	/** A person by id and name. */
	public record PersonName(UUID id, String fullName) {
	}

	/** An engagement at which the agreement was signed, reviewed or referred to. */
	public record Link(UUID engagement, String action, LocalDate date, String title) {
	}

	/** A file attached to an agreement. */
	public record DocumentView(UUID id, String fileName, String contentType, long size, String sha256,
			String uploadedBy, Instant uploadedAt) {
	}

	/** A document's content, checked against its stored checksum. */
	public record DocumentContent(DocumentView document, byte[] bytes) {
	}

	@Transactional(readOnly = true)
	public Page<AgreementView> list(CurrentUser user, ListFilter filter, Pageable pageable) {
		Criteria c = Criteria.read(filter, AgreementStatus.class, directory, access);
		Specification<Agreement> spec = access.<Agreement>visibleTo(user)
			.and(c.common(true))
			.and(c.dated("signedOn", null))
			.and(c.agencyMember("parties"))
			.and(c.when(c.person() != null, k -> (root, q, cb) -> cb.isMember(k.person(), root.get("signatories"))));
		return agreements.findAll(spec, pageable).map(a -> view(user, a, false));
	}

	@Transactional(readOnly = true)
	public AgreementView get(CurrentUser user, UUID id) {
		return view(user, visible(user, id), true);
	}

	/** The agreements the user may see that sit under an agreement (a framework's). */
	@Transactional(readOnly = true)
	public List<AgreementView> under(CurrentUser user, UUID parent) {
		Specification<Agreement> spec = access.<Agreement>visibleTo(user)
			.and((root, q, cb) -> cb.equal(root.get("parentId"), parent));
		return agreements.findAll(spec, org.springframework.data.domain.Sort.by("signedOn"))
			.stream()
			.map(a -> view(user, a, false))
			.toList();
	}

	/** Whether the user may change this record (pages show edit links only then). */
	@Transactional(readOnly = true)
	public boolean mayEdit(CurrentUser user, UUID id) {
		return agreements.findById(id).map(x -> access.mayEdit(user, x)).orElse(false);
	}

	@Transactional
	public AgreementView create(CurrentUser user, AgreementForm form) {
		user.require(Role.EDITOR);
		Checks checks = new Checks();
		UUID partnership = Forms.partnership(checks, form.partnership(), directory);
		AgreementStatus status = Inputs.choice(checks, "status", form.status(), AgreementStatus.class, false);
		Agreement agreement = new Agreement(partnership, user.ministry().code(),
				status == null ? AgreementStatus.DRAFT : status);
		apply(checks, agreement, form);
		checks.orThrow();
		Forms.requireMember(user, partnership, access);
		agreement.moveTo(agreement.status(), Transitions.first(agreement.status(), switch (agreement.status()) {
			case SIGNED -> agreement.signedOn();
			case IN_FORCE -> agreement.entryIntoForce() != null ? agreement.entryIntoForce() : agreement.signedOn();
			default -> null;
		}, null));
		return view(user, agreements.saveAndFlush(agreement), true);
	}

	@Transactional
	public AgreementView update(CurrentUser user, UUID id, AgreementForm form) {
		Agreement agreement = access.editable(user, find(id), "agreement", id);
		StaleVersion.check(form.version(), agreement.version());
		Checks checks = new Checks();
		UUID partnership = Forms.partnership(checks, form.partnership(), directory);
		apply(checks, agreement, form);
		checks.orThrow();
		Forms.requireMember(user, partnership, access);
		agreement.share(partnership, agreement.internal(), agreement.internalNote());
		agreements.flush();
		return view(user, agreement, true);
	}

	@Transactional
	public AgreementView changeStatus(CurrentUser user, UUID id, StatusForm form) {
		Agreement agreement = access.editable(user, find(id), "agreement", id);
		StaleVersion.check(form.version(), agreement.version());
		Transitions.Step<AgreementStatus> step = Transitions.check(agreement.status(), form, AgreementStatus.class,
				false);
		agreement.moveTo(step.status(), step.change());
		agreements.flush();
		return view(user, agreement, true);
	}

	/** Brings back a deleted agreement (administrators of the owning ministry). */
	@Transactional
	public AgreementView restore(CurrentUser user, UUID id) {
		Agreement x = access.restorable(user, find(id));
		x.setDeleted(false);
		agreements.flush();
		return view(user, x, true);
	}

	@Transactional
	public void delete(CurrentUser user, UUID id) {
		access.editable(user, find(id), "agreement", id).setDeleted(true);
	}

	@Transactional
	public DocumentView attach(CurrentUser user, UUID id, String fileName, String contentType, byte[] bytes) {
		Agreement agreement = access.editable(user, find(id), "agreement", id);
		Checks checks = new Checks();
		checks.required("fileName", fileName, 300);
		String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
		if (bytes == null || bytes.length == 0) {
			checks.fail("file", "file.empty");
		}
		else if (bytes.length > MAX_DOCUMENT_BYTES) {
			checks.fail("file", "file.too.large");
		}
		else if (!DOCUMENT_TYPES.containsKey(type) || !startsWith(bytes, DOCUMENT_TYPES.get(type))) {
			checks.fail("contentType", "file.type.not.allowed");
		}
		checks.orThrow();
		UUID docId = UUID.randomUUID();
		Path file = documentRoot.resolve(agreement.id().toString()).resolve(docId.toString());
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Keep only the last path segment and no control characters: the name is shown
		// and
		// sent back in Content-Disposition, never used as a path.
		String trimmed = fileName.trim();
		String name = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1)
			.replaceAll("\\p{Cntrl}", "_");
		if (name.isBlank()) {
			name = "document";
		}
		AgreementDocument document = new AgreementDocument(docId, agreement.id(), name, type, bytes.length,
				Sha256.hex(bytes), file.toString(), user.username());
		return documentView(documents.saveAndFlush(document));
	}

	@Transactional(readOnly = true)
	public DocumentContent document(CurrentUser user, UUID id, UUID documentId) {
		visible(user, id);
		AgreementDocument document = documents.findById(documentId)
			.filter(d -> d.agreementId().equals(id))
			.orElseThrow(() -> new NotFound("document", documentId));
		try {
			byte[] bytes = Files.readAllBytes(Path.of(document.storagePath()));
			if (!Sha256.hex(bytes).equals(document.sha256())) {
				throw new IllegalStateException("document " + documentId + " does not match its checksum");
			}
			return new DocumentContent(documentView(document), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Agreement visible(CurrentUser user, UUID id) {
		return access.visible(user, find(id), "agreement", id);
	}

	private Agreement find(UUID id) {
		return agreements.findById(id).orElseThrow(() -> new NotFound("agreement", id));
	}

	private void apply(Checks checks, Agreement agreement, AgreementForm form) {
		AgreementKind kind = Inputs.choice(checks, "kind", form.kind(), AgreementKind.class, true);
		Texts title = Inputs.trilingual(checks, "title", form.title(), 500);
		UUID parent = Inputs.id(checks, "parent", form.parent());
		if (parent != null) {
			Agreement up = agreements.findById(parent).filter(a -> !a.deleted()).orElse(null);
			if (up == null) {
				checks.fail("parent", "unknown.agreement");
			}
			else if (createsCycle(agreement.id(), up)) {
				checks.fail("parent", "parent.cycle");
			}
		}
		LocalDate signedOn = checks.date("signedOn", form.signedOn());
		LocalDate inForce = checks.date("entryIntoForce", form.entryIntoForce());
		checks.order("entryIntoForce", signedOn, inForce);
		LocalDate expiresOn = checks.date("expiresOn", form.expiresOn());
		checks.order("expiresOn", inForce != null ? inForce : signedOn, expiresOn);
		checks.optional("signedPlace", form.signedPlace(), 200).optional("term", form.term(), 2000);
		Set<String> parties = Inputs.texts(checks, "parties", form.parties(), 40);
		if (parties.isEmpty() && (form.parties() == null || form.parties().isEmpty())) {
			checks.fail("parties", "required");
		}
		Forms.agencies(checks, "parties", parties, access);
		Set<UUID> signatories = Inputs.ids(checks, "signatories", form.signatories());
		Forms.people(checks, "signatories", signatories, directory);
		Set<String> areas = Forms.areas(checks, form.areas(), directory);
		Set<String> sources = Inputs.texts(checks, "sources", form.sources(), Inputs.SOURCE_MAX);
		checks.optional("internalNote", form.internalNote(), 4000);
		if (!checks.ok()) {
			return;
		}
		agreement.share(agreement.partnershipId(), Boolean.TRUE.equals(form.internal()),
				Inputs.blankToNull(form.internalNote()));
		agreement.update(kind, title, parent, signedOn, Inputs.blankToNull(form.signedPlace()), inForce,
				Inputs.blankToNull(form.term()), expiresOn, parties, signatories, areas, sources);
	}

	private boolean createsCycle(UUID self, Agreement parent) {
		Set<UUID> seen = new HashSet<>();
		Agreement at = parent;
		while (at != null && seen.add(at.id())) {
			if (at.id().equals(self)) {
				return true;
			}
			at = at.parentId() == null ? null : agreements.findById(at.parentId()).orElse(null);
		}
		return false;
	}

	AgreementView view(CurrentUser user, Agreement a, boolean full) {
		List<Link> links = full ? engagements.linksTo(a.id())
			.stream()
			.filter(l -> access.canSee(user, l.engagement()))
			.map(l -> new Link(l.engagement().id(), l.action().name(), l.engagement().startDate(),
					l.engagement().title().in(user.language())))
			.toList() : List.of();
		List<DocumentView> docs = full ? documents.findByAgreementIdOrderByUploadedAt(a.id())
			.stream()
			.map(AgreementRegistry::documentView)
			.toList() : List.of();
		return new AgreementView(a.id(), a.partnershipId(), a.kind().name(), a.title(), a.title().in(user.language()),
				a.parentId(), a.status().name(), a.signedOn(), a.signedPlace(), a.entryIntoForce(), a.term(),
				a.expiresOn(), List.copyOf(a.parties()),
				a.signatories()
					.stream()
					.map(p -> new PersonName(p, directory.person(p).map(r -> r.fullName()).orElse(null)))
					.toList(),
				List.copyOf(a.areas()), List.copyOf(a.sources()), List.copyOf(a.history()), links, docs, a.internal(),
				access.noteFor(user, a), a.ownerAgency(), a.stamp().updatedAt(), a.stamp().updatedBy(), a.version());
	}

	private static DocumentView documentView(AgreementDocument d) {
		return new DocumentView(d.id(), d.fileName(), d.contentType(), d.size(), d.sha256(), d.uploadedBy(),
				d.uploadedAt());
	}

	private static boolean startsWith(byte[] bytes, String magic) {
		if (bytes.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if ((bytes[i] & 0xff) != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
