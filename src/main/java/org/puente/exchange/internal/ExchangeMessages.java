package org.puente.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.puente.exchange.CaseStatus;
import org.puente.exchange.HandlingCode;
import org.puente.exchange.MessageSent;
import org.puente.exchange.ReceiptKind;
import org.puente.exchange.ReceiptRecorded;
import org.puente.exchange.RequestType;
import org.puente.exchange.SourceReliability;
import org.puente.exchange.Urgency;
import org.puente.exchange.evidence.Signatures.Signature;
import org.puente.exchange.internal.ExchangeAttachments.AttachmentView;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.Checks;
import org.puente.shared.Classification;
import org.puente.shared.Forbidden;
import org.puente.shared.Language;
import org.puente.shared.NotFound;
import org.puente.shared.Sha256;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages: sent, replied to, corrected and forwarded as new immutable messages appended
 * to their case's hash chain and signed by the sending ministry; delivered to each
 * addressed unit with signed receipts (delivered, read, acknowledged, answered).
 */
@Service
public class ExchangeMessages {

	private final Cases cases;

	private final Messages messages;

	private final Deliveries deliveries;

	private final Receipts receipts;

	private final Attachments attachments;

	private final ForwardPermissions permissions;

	private final ExchangeAccess access;

	private final Evidence evidence;

	private final ExchangeSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ExchangeMessages(Cases cases, Messages messages, Deliveries deliveries, Receipts receipts, Attachments attachments,
			ForwardPermissions permissions, ExchangeAccess access, Evidence evidence, ExchangeSettings settings,
			Clock clock, ApplicationEventPublisher events) {
		this.cases = cases;
		this.messages = messages;
		this.deliveries = deliveries;
		this.receipts = receipts;
		this.attachments = attachments;
		this.permissions = permissions;
		this.access = access;
		this.evidence = evidence;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A message as its sender writes it. {@code addressees}: agency or unit codes (one or
	 * more); {@code deadline}: ISO-8601 instant, only for requests (default: now + 12 h
	 * urgent, 72 h normal); {@code attachments}: ids of the sender's own uploads;
	 * {@code handlingCodes} default to H0; {@code language} to the sender's.
	 */
	public record MessageForm(List<String> addressees, String subject, String text, String language,
			String classification, List<String> handlingCodes, String handlingText, String sourceReliability,
			Integer informationAccuracy, String requestType, String urgency, String deadline, List<UUID> attachments) {
	}

	/** Passing a message on to more units, with a note of one's own. */
	public record ForwardForm(List<String> addressees, String note) {
	}

	/** The units the sender allows an H2 message to be passed on to. */
	public record GrantForm(List<String> agencies) {
	}

	/** A signature as stored with a message or receipt. */
	public record SignatureView(String keyId, String algorithm, String value) {

		static SignatureView of(String keyId, String algorithm, String value) {
			return value == null ? null : new SignatureView(keyId, algorithm, value);
		}

	}

	/** One signed receipt. */
	public record ReceiptView(UUID id, String kind, Instant at, String actor, String messageHash,
			SignatureView signature) {

		static ReceiptView of(Receipt r) {
			return new ReceiptView(r.id(), r.kind().name(), r.at(), r.actor(), r.messageHash(),
					SignatureView.of(r.signatureKey(), r.signatureAlgorithm(), r.signatureValue()));
		}

	}

	/** A message's delivery to one addressed unit, with its receipts. */
	public record DeliveryView(String addressee, Instant deliveredAt, Instant readAt, String readBy,
			Instant acknowledgedAt, String acknowledgedBy, Instant answeredAt, String answeredBy, UUID answerId,
			boolean overdue, List<ReceiptView> receipts) {
	}

	/** A permission to pass an H2 message on. */
	public record PermissionView(String agency, String grantedBy, Instant grantedAt) {
	}

	/**
	 * A message as a reader sees it. {@code deliveries}: every addressee's for the
	 * sending side, the reader's own units' otherwise. {@code overdue}: a request past
	 * its deadline that one of those deliveries has not answered.
	 */
	public record MessageView(UUID id, UUID caseId, String caseReference, int seq, String senderAgency,
			String senderMinistry, String senderUser, String senderName, List<String> addressees, String subject,
			String text, String language, String classification, List<String> handlingCodes, String handlingText,
			String sourceReliability, Integer informationAccuracy, String requestType, String urgency, Instant deadline,
			boolean overdue, UUID replyTo, UUID correctionOf, UUID forwardOf, List<UUID> correctedBy, Instant sentAt,
			String prevHash, String hash, SignatureView signature, List<AttachmentView> attachments,
			List<DeliveryView> deliveries, List<PermissionView> forwarding, boolean sendingSide, boolean mayAcknowledge,
			boolean mayForward) {
	}

	@Transactional
	public MessageView send(CurrentUser user, UUID caseId, MessageForm form) {
		return view(user, compose(user, caseId, form, null, null, null, List.of()), false);
	}

	/**
	 * An answer to a message; {@code addressees} default to the original's sending unit.
	 */
	@Transactional
	public MessageView reply(CurrentUser user, UUID id, MessageForm form) {
		ExchangeMessage original = readable(user, id);
		MessageForm f = form.addressees() == null || form.addressees().isEmpty()
				? withTo(form, List.of(original.senderAgency())) : form;
		return view(user, compose(user, original.caseId(), f, original, null, null, List.of()), false);
	}

	/**
	 * A correction of a message the user's ministry sent: a new message referencing the
	 * old one, which stays as it was; {@code addressees} default to the original's
	 * addressees.
	 */
	@Transactional
	public MessageView correct(CurrentUser user, UUID id, MessageForm form) {
		ExchangeMessage original = readable(user, id);
		if (!access.sendingSide(user, original)) {
			throw new Forbidden("exchange.not.sender");
		}
		MessageForm f = form.addressees() == null || form.addressees().isEmpty()
				? withTo(form, List.copyOf(original.addressees())) : form;
		return view(user, compose(user, original.caseId(), f, null, original, null, List.of()), false);
	}

	/**
	 * Passes a message on to more units of the case as a new message quoting it, with its
	 * classification, handling codes, evaluation and attachments. An H2 message goes only
	 * to units its sender allowed ({@link ForwardingNotPermitted} otherwise); the sending
	 * ministry itself needs no permission.
	 */
	@Transactional
	public MessageView forward(CurrentUser user, UUID id, ForwardForm form) {
		user.require(Role.EDITOR);
		ExchangeMessage original = readable(user, id);
		List<String> to = normalised(form.addressees());
		if (original.handlingCodes().contains(HandlingCode.H2) && !access.sendingSide(user, original)) {
			Set<String> allowed = new LinkedHashSet<>();
			permissions.of(original.id()).forEach(p -> allowed.add(p.agency()));
			List<String> refused = to.stream().filter(a -> !allowed.contains(a)).toList();
			if (!refused.isEmpty()) {
				throw new ForwardingNotPermitted(refused);
			}
		}
		Checks checks = new Checks();
		checks.optional("note", form.note(), 10_000);
		checks.orThrow();
		String note = ExchangeCases.blankToNull(form.note());
		String quoted = (note == null ? "" : note + "\n\n") + "---- " + original.senderName() + " ("
				+ original.senderAgency() + "), " + original.sentAt() + " ----\n" + original.body();
		String subject = "FW: " + original.subject();
		MessageForm f = new MessageForm(to, subject.length() > 500 ? subject.substring(0, 500) : subject, quoted,
				original.language(), original.classification().name(),
				original.handlingCodes().stream().map(Enum::name).toList(), original.handlingText(),
				original.sourceReliability() == null ? null : original.sourceReliability().name(),
				original.informationAccuracy(), RequestType.SPONTANEOUS_INFORMATION.name(), Urgency.NORMAL.name(), null,
				List.of());
		return view(user, compose(user, original.caseId(), f, null, null, original, attachments.of(original.id())),
				false);
	}

	/** The sending ministry allows an (H2) message to be passed on to these units. */
	@Transactional
	public List<PermissionView> grantForwarding(CurrentUser user, UUID id, GrantForm form) {
		user.require(Role.EDITOR);
		ExchangeMessage m = readable(user, id);
		if (!access.sendingSide(user, m)) {
			throw new Forbidden("exchange.not.sender");
		}
		List<String> agencies = form == null ? List.of() : normalised(form.agencies());
		Checks checks = new Checks();
		if (agencies.isEmpty()) {
			checks.fail("agencies", "required");
		}
		for (int i = 0; i < agencies.size(); i++) {
			if (!access.agencyExists(agencies.get(i))) {
				checks.fail("agencies[" + i + "]", "unknown.agency");
			}
		}
		checks.orThrow();
		Set<String> existing = new LinkedHashSet<>();
		permissions.of(m.id()).forEach(p -> existing.add(p.agency()));
		for (String agency : agencies) {
			if (existing.add(agency)) {
				permissions.save(new ForwardPermission(m.id(), agency, user.username(), now()));
			}
		}
		permissions.flush();
		return permissions(m);
	}

	/**
	 * A message the user may read; the first reader of each addressed unit the user acts
	 * for records the signed read receipt.
	 */
	@Transactional
	public MessageView open(CurrentUser user, UUID id) {
		ExchangeMessage m = readable(user, id);
		if (deliveries.unread(m.id()).stream().anyMatch(a -> access.actsFor(user, a))) {
			for (Delivery d : deliveries.lockOf(m.id())) {
				if (access.actsFor(user, d.addressee()) && d.read(user.username(), now())) {
					receipt(m, d, ReceiptKind.READ, user.username(), d.readAt());
				}
			}
			deliveries.flush();
		}
		return view(user, m, true);
	}

	/** A message the user may read, without recording a read receipt. */
	@Transactional(readOnly = true)
	public MessageView get(CurrentUser user, UUID id) {
		return view(user, readable(user, id), true);
	}

	/** The addressed units the user acts for acknowledge a message (reading it too). */
	@Transactional
	public MessageView acknowledge(CurrentUser user, UUID id) {
		user.require(Role.EDITOR);
		ExchangeMessage m = readable(user, id);
		boolean any = false;
		for (Delivery d : deliveries.lockOf(m.id())) {
			if (!access.actsFor(user, d.addressee())) {
				continue;
			}
			any = true;
			Instant at = now();
			if (d.read(user.username(), at)) {
				receipt(m, d, ReceiptKind.READ, user.username(), at);
			}
			if (d.acknowledge(user.username(), at)) {
				receipt(m, d, ReceiptKind.ACKNOWLEDGED, user.username(), at);
			}
		}
		if (!any) {
			throw new Forbidden("exchange.not.addressee");
		}
		deliveries.flush();
		return view(user, m, true);
	}

	/** The deliveries of a message the user may see (see {@link MessageView}). */
	@Transactional(readOnly = true)
	public List<DeliveryView> deliveries(CurrentUser user, UUID id) {
		return deliveryViews(user, readable(user, id));
	}

	/** The messages of a case the user may read, in chain order (no read receipts). */
	@Transactional(readOnly = true)
	public List<MessageView> inCase(CurrentUser user, UUID caseId) {
		ExchangeCase c = cases.findById(caseId).orElse(null);
		access.visible(user, c, caseId);
		return messages.inCase(caseId)
			.stream()
			.filter(m -> access.mayRead(user, m))
			.map(m -> view(user, m, false))
			.toList();
	}

	/** Whether the user may read the message (for live updates and links). */
	@Transactional(readOnly = true)
	public boolean mayRead(CurrentUser user, UUID id) {
		return messages.findById(id).map(m -> access.mayRead(user, m)).orElse(false);
	}

	ExchangeMessage readable(CurrentUser user, UUID id) {
		return access.readable(user, messages.findById(id).orElse(null), id);
	}

	private ExchangeMessage compose(CurrentUser user, UUID caseId, MessageForm form, ExchangeMessage replyTo,
			ExchangeMessage correctionOf, ExchangeMessage forwardOf, List<Attachment> copies) {
		user.require(Role.EDITOR);
		ExchangeCase c = access.visible(user, cases.lockById(caseId).orElse(null), caseId);
		Checks checks = new Checks();
		if (c.status() == CaseStatus.CLOSED) {
			checks.fail("case", "exchange.case.closed");
		}
		Set<String> ministries = access.ministriesOf(c);
		List<String> to = normalised(form.addressees());
		if (to.isEmpty()) {
			checks.fail("addressees", "required");
		}
		for (int i = 0; i < to.size(); i++) {
			if (!access.agencyExists(to.get(i))) {
				checks.fail("addressees[" + i + "]", "unknown.agency");
			}
			else if (!ministries.contains(access.ministryOf(to.get(i)))) {
				checks.fail("addressees[" + i + "]", "exchange.not.participant");
			}
		}
		checks.required("subject", form.subject(), 500).required("text", form.text(), 100_000);
		String language = ExchangeCases.blankToNull(form.language()) == null ? user.language()
				: form.language().trim().toLowerCase(Locale.ROOT);
		if (Language.fromCode(language).isEmpty()) {
			checks.fail("language", "invalid.value");
		}
		Classification classification = ExchangeCases.choice(checks, "classification", form.classification(),
				Classification.class);
		if (classification != null && !user.clearedFor(classification)) {
			checks.fail("classification", "exchange.above.clearance");
		}
		Set<HandlingCode> codes = new LinkedHashSet<>();
		List<String> givenCodes = form.handlingCodes() == null ? List.of() : form.handlingCodes();
		for (int i = 0; i < givenCodes.size(); i++) {
			HandlingCode code = ExchangeCases.choice(checks, "handlingCodes[" + i + "]", givenCodes.get(i),
					HandlingCode.class);
			if (code != null) {
				codes.add(code);
			}
		}
		if (givenCodes.isEmpty()) {
			codes.add(HandlingCode.H0);
		}
		String handlingText = ExchangeCases.blankToNull(form.handlingText());
		checks.optional("handlingText", handlingText, 2000);
		if (codes.contains(HandlingCode.H3) && handlingText == null) {
			checks.fail("handlingText", "exchange.handling.text.required");
		}
		SourceReliability reliability = ExchangeCases.blankToNull(form.sourceReliability()) == null ? null
				: ExchangeCases.choice(checks, "sourceReliability", form.sourceReliability(), SourceReliability.class);
		Integer accuracy = form.informationAccuracy();
		if (accuracy != null && (accuracy < 1 || accuracy > 4)) {
			checks.fail("informationAccuracy", "exchange.accuracy.range");
		}
		RequestType requestType = ExchangeCases.choice(checks, "requestType", form.requestType(), RequestType.class);
		Urgency urgency = ExchangeCases.blankToNull(form.urgency()) == null ? Urgency.NORMAL
				: ExchangeCases.choice(checks, "urgency", form.urgency(), Urgency.class);
		Instant sentAt = now();
		Instant deadline = deadline(checks, form.deadline(), requestType, urgency, sentAt);
		List<Attachment> files = new ArrayList<>();
		List<UUID> uploads = form.attachments() == null ? List.of() : form.attachments();
		for (int i = 0; i < uploads.size(); i++) {
			UUID upload = uploads.get(i);
			Attachment a = upload == null ? null : attachments.findById(upload).orElse(null);
			if (a == null || a.messageId() != null || !a.uploadedBy().equals(user.username()) || files.contains(a)) {
				checks.fail("attachments[" + i + "]", "exchange.unknown.attachment");
			}
			else {
				files.add(a);
			}
		}
		checks.orThrow();

		UUID id = UUID.randomUUID();
		List<Attachment> attached = new ArrayList<>();
		int position = 0;
		for (Attachment a : files) {
			a.attachTo(id, position++);
			attached.add(a);
		}
		for (Attachment a : copies) {
			attached.add(a.copyFor(id, position++, user.username(), user.agency().code(), sentAt));
		}
		ExchangeMessage.Draft draft = new ExchangeMessage.Draft(id, c.id(), user.agency().code(),
				user.ministry().code(), user.username(), user.fullName(), form.subject().strip(), form.text().strip(),
				language, classification, codes, handlingText, reliability, accuracy, requestType, urgency, deadline,
				replyTo == null ? null : replyTo.id(), correctionOf == null ? null : correctionOf.id(),
				forwardOf == null ? null : forwardOf.id(), to);
		int seq = c.messageCount() + 1;
		String prevHash = c.lastHash();
		byte[] canonical = Evidence.canonical(draft, seq, sentAt, prevHash, attached);
		String hash = Sha256.hex(canonical);
		Signature signature = evidence.sign(user.ministry().code(), canonical);
		c.append(hash);
		Set<String> readers = access.readersOf(user.ministry().code(), to);
		ExchangeMessage message = new ExchangeMessage(draft, seq, prevHash, hash, sentAt, readers,
				signature == null ? null : signature.keyId(), signature == null ? null : signature.algorithm(),
				signature == null ? null : signature.value());
		messages.saveAndFlush(message);
		attachments.saveAllAndFlush(attached);
		for (String addressee : to) {
			Delivery d = deliveries.save(new Delivery(id, addressee, sentAt));
			receipt(message, d, ReceiptKind.DELIVERED, user.username(), sentAt);
		}
		if (replyTo != null) {
			for (Delivery d : deliveries.lockOf(replyTo.id())) {
				if (access.actsFor(user, d.addressee()) && d.answer(user.username(), sentAt, id)) {
					receipt(replyTo, d, ReceiptKind.ANSWERED, user.username(), sentAt);
				}
			}
		}
		deliveries.flush();
		cases.flush();
		events.publishEvent(new MessageSent(c.id(), id, user.agency().code(), List.copyOf(to), List.copyOf(readers),
				classification, sentAt));
		return message;
	}

	private void receipt(ExchangeMessage m, Delivery d, ReceiptKind kind, String actor, Instant at) {
		UUID id = UUID.randomUUID();
		byte[] canonical = Evidence.canonical(id, m.id(), m.hash(), d.addressee(), kind.name(), at, actor);
		Signature signature = evidence.sign(access.ministryOf(d.addressee()), canonical);
		receipts.save(new Receipt(id, d.id(), m.id(), d.addressee(), kind, at, actor, m.hash(),
				signature == null ? null : signature.keyId(), signature == null ? null : signature.algorithm(),
				signature == null ? null : signature.value()));
		events.publishEvent(new ReceiptRecorded(m.caseId(), m.id(), d.addressee(), kind, actor,
				List.copyOf(m.readers()), m.classification(), at));
	}

	private Instant deadline(Checks checks, String given, RequestType type, Urgency urgency, Instant sentAt) {
		if (ExchangeCases.blankToNull(given) != null) {
			if (type != null && !type.awaitsAnswer()) {
				checks.fail("deadline", "exchange.deadline.not.request");
				return null;
			}
			Instant at;
			try {
				at = OffsetDateTime.parse(given.trim()).toInstant().truncatedTo(ChronoUnit.MILLIS);
			}
			catch (DateTimeParseException ex) {
				checks.fail("deadline", "exchange.invalid.instant");
				return null;
			}
			if (!at.isAfter(sentAt)) {
				checks.fail("deadline", "exchange.deadline.past");
			}
			return at;
		}
		if (type == null || !type.awaitsAnswer()) {
			return null;
		}
		return sentAt.plus(urgency == Urgency.URGENT ? settings.urgentDeadline() : settings.normalDeadline());
	}

	private static List<String> normalised(List<String> codes) {
		Set<String> out = new LinkedHashSet<>();
		if (codes != null) {
			for (String code : codes) {
				out.add(code == null ? "" : code.trim().toUpperCase(Locale.ROOT));
			}
		}
		return List.copyOf(out);
	}

	private static MessageForm withTo(MessageForm f, List<String> to) {
		return new MessageForm(to, f.subject(), f.text(), f.language(), f.classification(), f.handlingCodes(),
				f.handlingText(), f.sourceReliability(), f.informationAccuracy(), f.requestType(), f.urgency(),
				f.deadline(), f.attachments());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	boolean overdue(ExchangeMessage m, Delivery d) {
		return m.requestType().awaitsAnswer() && m.deadline() != null && d.answeredAt() == null
				&& clock.instant().isAfter(m.deadline());
	}

	private List<DeliveryView> deliveryViews(CurrentUser user, ExchangeMessage m) {
		boolean sending = access.sendingSide(user, m);
		List<Receipt> all = receipts.of(m.id());
		List<DeliveryView> out = new ArrayList<>();
		for (Delivery d : deliveries.of(m.id())) {
			if (!sending && !access.actsFor(user, d.addressee())) {
				continue;
			}
			List<ReceiptView> mine = all.stream()
				.filter(r -> r.deliveryId().equals(d.id()))
				.map(ReceiptView::of)
				.toList();
			out.add(new DeliveryView(d.addressee(), d.deliveredAt(), d.readAt(), d.readBy(), d.acknowledgedAt(),
					d.acknowledgedBy(), d.answeredAt(), d.answeredBy(), d.answerId(), overdue(m, d), mine));
		}
		return out;
	}

	private List<PermissionView> permissions(ExchangeMessage m) {
		return permissions.of(m.id())
			.stream()
			.map(p -> new PermissionView(p.agency(), p.grantedBy(), p.grantedAt()))
			.toList();
	}

	MessageView view(CurrentUser user, ExchangeMessage m, boolean full) {
		ExchangeCase c = cases.findById(m.caseId()).orElseThrow(() -> new NotFound("case", m.caseId()));
		List<DeliveryView> deliveryViews = deliveryViews(user, m);
		boolean sending = access.sendingSide(user, m);
		boolean addressee = deliveryViews.stream().anyMatch(d -> access.actsFor(user, d.addressee()));
		List<UUID> corrections = messages.correctionsOf(m.id())
			.stream()
			.filter(x -> access.mayRead(user, x))
			.map(ExchangeMessage::id)
			.toList();
		boolean h2 = m.handlingCodes().contains(HandlingCode.H2);
		return new MessageView(m.id(), m.caseId(), c.reference(), m.seq(), m.senderAgency(), m.senderMinistry(),
				m.senderUser(), m.senderName(), m.addressees().stream().sorted().toList(), m.subject(), m.body(),
				m.language(), m.classification().name(), m.handlingCodes().stream().map(Enum::name).toList(),
				m.handlingText(), m.sourceReliability() == null ? null : m.sourceReliability().name(),
				m.informationAccuracy(), m.requestType().name(), m.urgency().name(), m.deadline(),
				deliveryViews.stream().anyMatch(DeliveryView::overdue), m.replyTo(), m.correctionOf(), m.forwardOf(),
				corrections, m.sentAt(), m.prevHash(), m.hash(),
				SignatureView.of(m.signatureKey(), m.signatureAlgorithm(), m.signatureValue()),
				attachments.of(m.id()).stream().map(AttachmentView::of).toList(), deliveryViews,
				h2 || sending ? permissions(m) : List.of(), sending, addressee && user.has(Role.EDITOR),
				user.has(Role.EDITOR) && (!h2 || sending || !permissions.of(m.id()).isEmpty()));
	}

}
