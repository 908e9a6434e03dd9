package org.puente.exchange.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.puente.exchange.CaseVerification;
import org.puente.exchange.CaseVerification.Finding;
import org.puente.exchange.evidence.Signatures;
import org.puente.exchange.evidence.Signatures.Signature;
import org.puente.shared.AgencyId;
import org.puente.shared.Sha256;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The evidence of an exchange: the canonical form of messages and receipts (JSON with
 * keys sorted, instants in ISO-8601 UTC, attachments by their SHA-256), their hashes and
 * signatures, and the check of a whole case.
 */
@Component
class Evidence {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Signatures signatures;

	private final AttachmentFiles files;

	Evidence(Signatures signatures, AttachmentFiles files) {
		this.signatures = signatures;
		this.files = files;
	}

	/** The bytes a message's hash and signature cover. */
	static byte[] canonical(ExchangeMessage.Draft d, int seq, Instant sentAt, String prevHash,
			List<Attachment> attachments) {
		Map<String, Object> m = new TreeMap<>();
		m.put("format", "puente-exchange-message/1");
		m.put("id", d.id().toString());
		m.put("case", d.caseId().toString());
		m.put("seq", seq);
		m.put("prevHash", prevHash);
		Map<String, Object> sender = new TreeMap<>();
		sender.put("agency", d.senderAgency());
		sender.put("ministry", d.senderMinistry());
		sender.put("user", d.senderUser());
		sender.put("name", d.senderName());
		m.put("sender", sender);
		m.put("addressees", d.addressees().stream().sorted().toList());
		m.put("subject", d.subject());
		m.put("body", d.body());
		m.put("language", d.language());
		m.put("classification", d.classification().name());
		m.put("handlingCodes", d.handlingCodes().stream().map(Enum::name).sorted().toList());
		m.put("handlingText", d.handlingText());
		m.put("sourceReliability", d.sourceReliability() == null ? null : d.sourceReliability().name());
		m.put("informationAccuracy", d.informationAccuracy());
		m.put("requestType", d.requestType().name());
		m.put("urgency", d.urgency().name());
		m.put("deadline", text(d.deadline()));
		m.put("replyTo", text(d.replyTo()));
		m.put("correctionOf", text(d.correctionOf()));
		m.put("forwardOf", text(d.forwardOf()));
		m.put("sentAt", text(sentAt));
		List<Map<String, Object>> files = new ArrayList<>();
		for (Attachment a : attachments) {
			Map<String, Object> f = new TreeMap<>();
			f.put("name", a.name());
			f.put("mediaType", a.mediaType());
			f.put("size", a.size());
			f.put("sha256", a.sha256());
			files.add(f);
		}
		m.put("attachments", files);
		return JSON.writeValueAsBytes(m);
	}

	/** The canonical form of a stored message, as it reads now. */
	static byte[] canonical(ExchangeMessage m, List<Attachment> attachments) {
		return canonical(draftOf(m), m.seq(), m.sentAt(), m.prevHash(), attachments);
	}

	static ExchangeMessage.Draft draftOf(ExchangeMessage m) {
		return new ExchangeMessage.Draft(m.id(), m.caseId(), m.senderAgency(), m.senderMinistry(), m.senderUser(),
				m.senderName(), m.subject(), m.body(), m.language(), m.classification(),
				new java.util.LinkedHashSet<>(m.handlingCodes()), m.handlingText(), m.sourceReliability(),
				m.informationAccuracy(), m.requestType(), m.urgency(), m.deadline(), m.replyTo(), m.correctionOf(),
				m.forwardOf(), List.copyOf(m.addressees()));
	}

	/** The bytes a receipt's signature covers. */
	static byte[] canonical(UUID id, UUID messageId, String messageHash, String addressee, String kind, Instant at,
			String actor) {
		Map<String, Object> r = new TreeMap<>();
		r.put("format", "puente-exchange-receipt/1");
		r.put("id", id.toString());
		r.put("message", messageId.toString());
		r.put("messageHash", messageHash);
		r.put("addressee", addressee);
		r.put("kind", kind);
		r.put("at", text(at));
		r.put("actor", actor);
		return JSON.writeValueAsBytes(r);
	}

	static byte[] canonical(Receipt r) {
		return canonical(r.id(), r.messageId(), r.messageHash(), r.addressee(), r.kind().name(), r.at(), r.actor());
	}

	/** The signature of the agency's ministry with its current key. */
	Signature sign(String agency, byte[] content) {
		return signatures.sign(new AgencyId(agency), content);
	}

	/** Checks a case's messages in chain order, their attachments and receipts. */
	CaseVerification verify(ExchangeCase c, List<ExchangeMessage> messages, Map<UUID, List<Attachment>> attachments,
			Map<UUID, List<Receipt>> receipts, java.util.function.Predicate<ExchangeMessage> mayName) {
		List<Finding> findings = new ArrayList<>();
		Signatures keys = signatures;
		String prev = ExchangeCase.GENESIS;
		int expectedSeq = 1;
		int receiptsChecked = 0;
		for (ExchangeMessage m : messages) {
			UUID shown = mayName.test(m) ? m.id() : null;
			if (m.seq() != expectedSeq) {
				findings.add(new Finding(m.seq(), shown, "sequence-gap", "expected message " + expectedSeq));
			}
			expectedSeq = m.seq() + 1;
			if (!m.prevHash().equals(prev)) {
				findings.add(new Finding(m.seq(), shown, "chain-broken",
						"does not link to the hash of the message before it"));
			}
			List<Attachment> files = attachments.getOrDefault(m.id(), List.of());
			byte[] canonical = canonical(m, files);
			if (!Sha256.hex(canonical).equals(m.hash())) {
				findings.add(new Finding(m.seq(), shown, "content-changed",
						"the stored content no longer has the hash it was sent with"));
			}
			if (m.signatureValue() == null) {
				findings.add(new Finding(m.seq(), shown, "unsigned", "the message carries no signature"));
			}
			else if (!verifies(keys, m.signatureKey(), m.signatureAlgorithm(), m.signatureValue(), canonical)) {
				findings.add(new Finding(m.seq(), shown, "signature-invalid",
						"the signature of " + m.senderMinistry() + " does not match the content"));
			}
			for (Attachment a : files) {
				String actual = this.files.checksum(a.sha256());
				if (actual == null) {
					findings.add(new Finding(m.seq(), shown, "attachment-missing", "attachment " + a.position()));
				}
				else if (!actual.equals(a.sha256())) {
					findings.add(new Finding(m.seq(), shown, "attachment-changed", "attachment " + a.position()));
				}
			}
			for (Receipt r : receipts.getOrDefault(m.id(), List.of())) {
				receiptsChecked++;
				if (!r.messageHash().equals(m.hash())) {
					findings.add(new Finding(m.seq(), shown, "receipt-changed",
							r.kind() + " receipt of " + r.addressee() + " is for other content"));
				}
				if (r.signatureValue() == null) {
					findings.add(
							new Finding(m.seq(), shown, "receipt-unsigned", r.kind() + " receipt of " + r.addressee()));
				}
				else if (!verifies(keys, r.signatureKey(), r.signatureAlgorithm(), r.signatureValue(), canonical(r))) {
					findings.add(new Finding(m.seq(), shown, "receipt-signature-invalid",
							r.kind() + " receipt of " + r.addressee()));
				}
			}
			prev = m.hash();
		}
		if (c.messageCount() != messages.size() || !c.lastHash().equals(prev)) {
			findings.add(new Finding(c.messageCount(), null, "head-mismatch", "the case records " + c.messageCount()
					+ " messages; " + messages.size() + " are stored, or the last one is not the one recorded"));
		}
		return new CaseVerification(c.reference(), findings.isEmpty(), messages.size(), receiptsChecked,
				findings.isEmpty() ? null : findings.get(0), List.copyOf(findings));
	}

	private static boolean verifies(Signatures keys, String keyId, String algorithm, String value, byte[] content) {
		try {
			return keys.verify(new Signature(keyId, algorithm, value), content);
		}
		catch (RuntimeException ex) {
			return false; // an unknown key or a garbled value is a failed check, not an
							// error
		}
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
