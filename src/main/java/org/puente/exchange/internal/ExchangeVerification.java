package org.puente.exchange.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.puente.exchange.CaseEvidence;
import org.puente.exchange.CaseVerification;
import org.puente.security.CurrentUser;
import org.puente.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a case's hash chain and checks every signature and attachment checksum.
 * Participants of the case may ask for it; findings about messages they may not read
 * carry no message id.
 */
@Service
public class ExchangeVerification implements CaseEvidence {

	private final Cases cases;

	private final Messages messages;

	private final Attachments attachments;

	private final Receipts receipts;

	private final ExchangeAccess access;

	private final Evidence evidence;

	ExchangeVerification(Cases cases, Messages messages, Attachments attachments, Receipts receipts,
			ExchangeAccess access, Evidence evidence) {
		this.cases = cases;
		this.messages = messages;
		this.attachments = attachments;
		this.receipts = receipts;
		this.access = access;
		this.evidence = evidence;
	}

	/**
	 * The check of a case as a participant asks for it: the whole chain is checked, but
	 * the answer counts and names only messages the user may read; a finding about any
	 * other message says only that one of them fails.
	 */
	@Transactional(readOnly = true)
	public CaseVerification verify(CurrentUser user, UUID caseId) {
		ExchangeCase c = access.visible(user, cases.findById(caseId).orElse(null), caseId);
		List<ExchangeMessage> chain = messages.inCase(c.id());
		java.util.Set<UUID> readable = new java.util.HashSet<>();
		chain.stream().filter(m -> access.mayRead(user, m)).forEach(m -> readable.add(m.id()));
		CaseVerification full = check(c, chain, m -> readable.contains(m.id()));
		List<CaseVerification.Finding> findings = full.findings()
			.stream()
			.map(f -> f.messageId() != null ? f
					: new CaseVerification.Finding(0, null, f.problem(), "a message you may not read"))
			.distinct()
			.toList();
		int receiptsChecked = readable.isEmpty() ? 0 : (int) receipts.ofAll(readable).stream().count();
		return new CaseVerification(full.reference(), full.intact(), readable.size(), receiptsChecked,
				findings.isEmpty() ? null : findings.get(0), findings);
	}

	@Override
	@Transactional(readOnly = true)
	public CaseVerification verify(String reference) {
		String ref = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
		ExchangeCase c = cases.findByReference(ref).orElseThrow(() -> new NotFound("case", reference));
		return check(c, messages.inCase(c.id()), m -> true);
	}

	private CaseVerification check(ExchangeCase c, List<ExchangeMessage> chain, Predicate<ExchangeMessage> mayName) {
		List<UUID> ids = chain.stream().map(ExchangeMessage::id).toList();
		Map<UUID, List<Attachment>> files = new HashMap<>();
		Map<UUID, List<Receipt>> signed = new HashMap<>();
		if (!ids.isEmpty()) {
			attachments.ofAll(ids)
				.forEach(a -> files.computeIfAbsent(a.messageId(), k -> new java.util.ArrayList<>()).add(a));
			receipts.ofAll(ids)
				.forEach(r -> signed.computeIfAbsent(r.messageId(), k -> new java.util.ArrayList<>()).add(r));
		}
		return evidence.verify(c, chain, files, signed, mayName);
	}

}
