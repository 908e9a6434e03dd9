package org.puente.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.directory.DirectoryLookup;
import org.puente.exchange.CaseVerification;
import org.puente.exchange.evidence.Signatures;
import org.puente.exchange.internal.ExchangeCases.CaseView;
import org.puente.exchange.internal.ExchangeMessages.DeliveryView;
import org.puente.exchange.internal.ExchangeMessages.MessageView;
import org.puente.exchange.internal.ExchangeMessages.ReceiptView;
import org.puente.reports.PdfPrinting;
import org.puente.security.AuditLog;
import org.puente.security.CurrentUser;
import org.puente.shared.AgencyId;
import org.puente.shared.Classification;
import org.puente.shared.NotFound;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case exported for the record: a PDF dossier to read and print (case, the messages the
 * user may read with their receipts and signatures, marked with the highest
 * classification included) and a JSON evidence bundle to verify offline (each message's
 * canonical bytes, hash, chain link and signature, each receipt's canonical bytes and
 * signature, and the public keys). Both contain only what the user may read, and both are
 * audited.
 */
@Service
public class CaseDossiers {

	/** The bundle's format name and version. */
	public static final String FORMAT = "puente-exchange-dossier/1";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final ExchangeCases cases;

	private final ExchangeMessages messages;

	private final ExchangeVerification verification;

	private final Messages stored;

	private final Attachments attachments;

	private final Receipts receipts;

	private final Signatures signatures;

	private final ExchangeAccess access;

	private final DirectoryLookup directory;

	private final PdfPrinting printing;

	private final AuditLog audit;

	private final MessageSource texts;

	private final ZoneId zone;

	CaseDossiers(ExchangeCases cases, ExchangeMessages messages, ExchangeVerification verification, Messages stored,
			Attachments attachments, Receipts receipts, Signatures signatures, ExchangeAccess access,
			DirectoryLookup directory, PdfPrinting printing, AuditLog audit, MessageSource texts,
			@Value("${puente.time-zone:UTC}") String zone) {
		this.cases = cases;
		this.messages = messages;
		this.verification = verification;
		this.stored = stored;
		this.attachments = attachments;
		this.receipts = receipts;
		this.signatures = signatures;
		this.access = access;
		this.directory = directory;
		this.printing = printing;
		this.audit = audit;
		this.texts = texts;
		this.zone = ZoneId.of(zone);
	}

	/** An exported file: its bytes, the name to save it under and its media type. */
	public record Export(byte[] bytes, String fileName, String mediaType, Classification marking, int messages) {
	}

	/** Dates and moments in the reader's language, for the PDF. */
	public record Formats(Locale locale, ZoneId zone) {

		public String day(LocalDate day) {
			return day == null ? ""
					: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
		}

		public String at(Instant at) {
			return at == null ? ""
					: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(locale)
						.withZone(zone)
						.format(at);
		}

	}

	@Transactional
	public Export pdf(CurrentUser user, UUID caseId, Locale locale) {
		CaseView c = cases.get(user, caseId);
		List<MessageView> included = messages.inCase(user, caseId);
		Classification marking = highest(included);
		String language = locale.getLanguage();
		Map<String, Object> model = new HashMap<>();
		Map<String, String> agencyNames = new LinkedHashMap<>();
		directory.agencies().forEach(a -> agencyNames.put(a.code(), a.names().in(language)));
		Map<String, String> areaNames = new LinkedHashMap<>();
		directory.areas().forEach(a -> areaNames.put(a.code(), a.names().in(language)));
		model.put("lang", language);
		model.put("agency", agencyNames.getOrDefault(user.agency().code(), user.agency().code()));
		model.put("author", user.fullName());
		model.put("marking", marking.name());
		model.put("generated", LocalDate.now(zone));
		model.put("title", texts.getMessage("exchange.dossier.title", null, locale));
		model.put("fmt", new Formats(locale, zone));
		model.put("case", c);
		model.put("messages", included);
		model.put("timeline", cases.timeline(user, caseId));
		model.put("agencyNames", agencyNames);
		model.put("areaNames", areaNames);
		model.put("verification", verified(user, caseId));
		byte[] pdf = printing.pdf("exchange/dossier", locale, model);
		audited(c, "pdf", marking, included.size(), language);
		return new Export(pdf, "dossier-" + c.reference() + "-" + language + ".pdf", "application/pdf", marking,
				included.size());
	}

	@Transactional
	public Export bundle(CurrentUser user, UUID caseId) {
		CaseView c = cases.get(user, caseId);
		List<MessageView> included = messages.inCase(user, caseId);
		Classification marking = highest(included);
		Set<UUID> ids = new LinkedHashSet<>();
		included.forEach(m -> ids.add(m.id()));
		Map<UUID, Receipt> receiptsById = new HashMap<>();
		if (!ids.isEmpty()) {
			receipts.ofAll(ids).forEach(r -> receiptsById.put(r.id(), r));
		}
		Set<String> ministries = new LinkedHashSet<>();
		List<Map<String, Object>> items = new ArrayList<>();
		Base64.Encoder b64 = Base64.getEncoder();
		for (MessageView view : included) {
			ExchangeMessage m = stored.findById(view.id()).orElseThrow(() -> new NotFound("message", view.id()));
			ministries.add(m.senderMinistry());
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", m.id());
			item.put("seq", m.seq());
			item.put("classification", m.classification().name());
			item.put("subject", m.subject());
			item.put("sender", m.senderAgency());
			item.put("sentAt", m.sentAt());
			item.put("prevHash", m.prevHash());
			item.put("hash", m.hash());
			item.put("canonical", b64.encodeToString(Evidence.canonical(m, attachments.of(m.id()))));
			item.put("signature", view.signature());
			List<Map<String, Object>> signed = new ArrayList<>();
			for (DeliveryView d : view.deliveries()) {
				for (ReceiptView r : d.receipts()) {
					Receipt receipt = receiptsById.get(r.id());
					if (receipt == null) {
						continue;
					}
					ministries.add(access.ministryOf(receipt.addressee()));
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("id", r.id());
					entry.put("addressee", receipt.addressee());
					entry.put("kind", r.kind());
					entry.put("at", r.at());
					entry.put("actor", r.actor());
					entry.put("messageHash", r.messageHash());
					entry.put("canonical", b64.encodeToString(Evidence.canonical(receipt)));
					entry.put("signature", r.signature());
					signed.add(entry);
				}
			}
			item.put("receipts", signed);
			items.add(item);
		}
		List<Map<String, Object>> keys = new ArrayList<>();
		for (String ministry : ministries) {
			for (Signatures.AgencyKey key : signatures.keys(new AgencyId(ministry))) {
				Map<String, Object> k = new LinkedHashMap<>();
				k.put("keyId", key.keyId());
				k.put("agency", key.agency().code());
				k.put("algorithm", key.algorithm());
				k.put("publicKeyPem", key.publicKeyPem());
				k.put("created", key.created());
				k.put("retired", key.retired());
				keys.add(k);
			}
		}
		Map<String, Object> bundle = new LinkedHashMap<>();
		bundle.put("format", FORMAT);
		bundle.put("generatedAt", Instant.now());
		bundle.put("generatedBy", user.username());
		bundle.put("generatedFor", user.agency().code());
		bundle.put("marking", marking.name());
		Map<String, Object> caseInfo = new LinkedHashMap<>();
		caseInfo.put("id", c.id());
		caseInfo.put("reference", c.reference());
		caseInfo.put("title", c.title());
		caseInfo.put("status", c.status());
		caseInfo.put("priority", c.priority());
		caseInfo.put("ownerAgency", c.ownerAgency());
		caseInfo.put("agencies", c.agencies());
		caseInfo.put("areas", c.areas());
		caseInfo.put("agreementId", c.agreementId());
		caseInfo.put("activityId", c.activityId());
		bundle.put("case", caseInfo);
		bundle.put("hashAlgorithm", "SHA-256");
		bundle.put("chainGenesis", ExchangeCase.GENESIS);
		bundle.put("scope",
				"Only the messages the exporting user may read, in chain order; each names the hash of the message"
						+ " before it, which is checkable when that message is included too.");
		bundle.put("verify", List.of("canonical is base64 of the exact bytes that were hashed and signed",
				"hash = hex(SHA-256(canonical bytes)); the canonical JSON's prevHash equals the previous message's hash"
						+ " (chainGenesis for seq 1)",
				"signature.value is base64 of an Ed25519 signature over the canonical bytes, by the key named keyId"
						+ " in keys",
				"each receipt's canonical bytes carry the message hash; its signature is by the receiving agency"));
		bundle.put("messages", items);
		bundle.put("keys", keys);
		byte[] json = JSON.writeValueAsBytes(bundle);
		audited(c, "json", marking, included.size(), null);
		return new Export(json, "dossier-" + c.reference() + ".json", "application/json", marking, included.size());
	}

	private CaseVerification verified(CurrentUser user, UUID caseId) {
		try {
			return verification.verify(user, caseId);
		}
		catch (RuntimeException ex) {
			return null; // the dossier still prints; it says the check could not be made
		}
	}

	private void audited(CaseView c, String format, Classification marking, int count, String language) {
		audit.append("EXPORT", "ExchangeCase", c.id().toString(),
				"{\"format\":\"" + format + "\",\"reference\":\"" + c.reference() + "\",\"marking\":\"" + marking.name()
						+ "\",\"messages\":" + count + (language == null ? "" : ",\"language\":\"" + language + "\"")
						+ "}");
	}

	/** The marking of a dossier: the highest classification of what it includes. */
	static Classification highest(List<MessageView> included) {
		Classification marking = Classification.UNCLASSIFIED;
		for (MessageView m : included) {
			Classification c = Classification.valueOf(m.classification());
			if (c.ordinal() > marking.ordinal()) {
				marking = c;
			}
		}
		return marking;
	}

}
