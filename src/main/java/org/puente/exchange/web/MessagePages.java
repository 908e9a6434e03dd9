package org.puente.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.puente.exchange.HandlingCode;
import org.puente.exchange.RequestType;
import org.puente.exchange.SourceReliability;
import org.puente.exchange.Urgency;
import org.puente.exchange.internal.ExchangeAttachments;
import org.puente.exchange.internal.ExchangeAttachments.AttachmentView;
import org.puente.exchange.internal.ExchangeAttachments.Download;
import org.puente.exchange.internal.ExchangeCases;
import org.puente.exchange.internal.ExchangeMessages;
import org.puente.exchange.internal.ExchangeMessages.ForwardForm;
import org.puente.exchange.internal.ExchangeMessages.GrantForm;
import org.puente.exchange.internal.ExchangeMessages.MessageForm;
import org.puente.exchange.internal.ExchangeMessages.MessageView;
import org.puente.exchange.internal.ForwardingNotPermitted;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.security.Role;
import org.puente.shared.InvalidInput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing in a case: a new message, a reply, a correction (a new message that references
 * the one it corrects), forwarding, acknowledging, allowing an H2 message to be passed
 * on, and downloading attachments. A refused form comes back with what the user typed,
 * files already uploaded kept, and the error summary.
 */
@Controller
class MessagePages {

	private final ExchangeMessages messages;

	private final ExchangeCases cases;

	private final ExchangeAttachments attachments;

	private final MessageSource texts;

	private final ZoneId zone;

	MessagePages(ExchangeMessages messages, ExchangeCases cases, ExchangeAttachments attachments, MessageSource texts,
			@Value("${puente.time-zone:UTC}") String zone) {
		this.messages = messages;
		this.cases = cases;
		this.attachments = attachments;
		this.texts = texts;
		this.zone = ZoneId.of(zone);
	}

	/**
	 * The compose form as the browser sends it. {@code mode}: send, reply or correct;
	 * {@code target}: the message replied to or corrected; {@code uploaded}: files
	 * uploaded by an earlier, refused attempt.
	 */
	record MessageFields(String mode, UUID target, List<String> addressees, String subject, String text,
			String language, String classification, List<String> handlingCodes, String handlingText,
			String sourceReliability, String informationAccuracy, String requestType, String urgency, String deadline,
			List<UUID> uploaded) {

		MessageForm toForm(ZoneId zone, List<UUID> files) {
			List<InvalidInput.FieldError> errors = new ArrayList<>();
			Integer accuracy = null;
			if (informationAccuracy != null && !informationAccuracy.isBlank()) {
				try {
					accuracy = Integer.valueOf(informationAccuracy.trim());
				}
				catch (NumberFormatException ex) {
					errors.add(new InvalidInput.FieldError("informationAccuracy", "invalid.value"));
				}
			}
			String due = null;
			if (deadline != null && !deadline.isBlank()) {
				try {
					due = LocalDateTime.parse(deadline.trim()).atZone(zone).toInstant().toString();
				}
				catch (DateTimeParseException ex) {
					errors.add(new InvalidInput.FieldError("deadline", "exchange.invalid.instant"));
				}
			}
			if (!errors.isEmpty()) {
				throw new InvalidInput(errors);
			}
			return new MessageForm(addressees == null ? List.of() : addressees, subject, text, blank(language),
					blank(classification), handlingCodes == null || handlingCodes.isEmpty() ? null : handlingCodes,
					blank(handlingText), blank(sourceReliability), accuracy, blank(requestType), blank(urgency), due,
					files);
		}

		MessageFields withUploaded(List<UUID> files) {
			return new MessageFields(mode, target, addressees, subject, text, language, classification, handlingCodes,
					handlingText, sourceReliability, informationAccuracy, requestType, urgency, deadline, files);
		}

		public boolean has(String code) {
			return handlingCodes != null && handlingCodes.contains(code);
		}

	}

	@GetMapping("/exchange/cases/{caseId}/compose")
	@PreAuthorize("hasRole('EDITOR')")
	String compose(@PathVariable UUID caseId, @RequestParam(required = false) UUID replyTo,
			@RequestParam(required = false) UUID correct, Model model) {
		CurrentUser user = CurrentUsers.get();
		user.require(Role.EDITOR);
		cases.get(user, caseId);
		MessageFields form;
		if (replyTo != null) {
			MessageView m = messages.get(user, replyTo);
			form = new MessageFields("reply", m.id(), List.of(m.senderAgency()), prefixed("Re: ", m.subject()), "",
					user.language(), m.classification(), m.handlingCodes(), m.handlingText(), null, "",
					"SPONTANEOUS_INFORMATION", "NORMAL", "", List.of());
		}
		else if (correct != null) {
			MessageView m = messages.get(user, correct);
			form = new MessageFields("correct", m.id(), m.addressees(), m.subject(), m.text(), m.language(),
					m.classification(), m.handlingCodes(), m.handlingText(), m.sourceReliability(),
					m.informationAccuracy() == null ? "" : m.informationAccuracy().toString(), m.requestType(),
					m.urgency(), "", List.of());
		}
		else {
			form = new MessageFields("send", null, List.of(), "", "", user.language(), "UNCLASSIFIED", List.of("H0"),
					"", null, "", "REQUEST_FOR_INFORMATION", "NORMAL", "", List.of());
		}
		model.addAttribute("form", form);
		return render(model, user, caseId, form);
	}

	@PostMapping(path = "/exchange/cases/{caseId}/compose", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView send(@PathVariable UUID caseId, @ModelAttribute("form") MessageFields form,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		List<UUID> uploaded = new ArrayList<>(form.uploaded() == null ? List.of() : form.uploaded());
		List<InvalidInput.FieldError> refused = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue; // the file field left empty
			}
			try (InputStream in = file.getInputStream()) {
				uploaded.add(attachments.upload(user, file.getOriginalFilename(), in).id());
			}
			catch (InvalidInput ex) {
				refused.addAll(ex.errors());
			}
			catch (IOException ex) {
				refused.add(new InvalidInput.FieldError("file", "exchange.file.unreadable"));
			}
		}
		MessageFields kept = form.withUploaded(uploaded);
		try {
			if (!refused.isEmpty()) {
				throw new InvalidInput(refused);
			}
			MessageForm message = kept.toForm(zone, uploaded);
			MessageView sent = switch (form.mode() == null ? "send" : form.mode()) {
				case "reply" -> messages.reply(user, form.target(), message);
				case "correct" -> messages.correct(user, form.target(), message);
				default -> messages.send(user, caseId, message);
			};
			redirect.addFlashAttribute("notice", "exchange.ui.notice.sent");
			return new ModelAndView("redirect:/exchange/cases/" + sent.caseId() + "#message-" + sent.id());
		}
		catch (InvalidInput ex) {
			PageErrors.add(model, texts, ex);
			model.addAttribute("form", kept);
			ModelAndView again = new ModelAndView(render(model, user, caseId, kept), model.asMap());
			again.setStatus(HttpStatus.BAD_REQUEST);
			return again;
		}
	}

	private String render(Model model, CurrentUser user, UUID caseId, MessageFields form) {
		model.addAttribute("case", cases.get(user, caseId));
		if (form.target() != null) {
			model.addAttribute("target", messages.get(user, form.target()));
		}
		List<AttachmentView> files = new ArrayList<>();
		for (UUID id : form.uploaded() == null ? List.<UUID>of() : form.uploaded()) {
			files.add(attachments.upload(user, id));
		}
		model.addAttribute("uploads", files);
		model.addAttribute("handlingCodes", HandlingCode.values());
		model.addAttribute("requestTypes", names(RequestType.values()));
		model.addAttribute("urgencies", names(Urgency.values()));
		model.addAttribute("reliabilities", names(SourceReliability.values()));
		model.addAttribute("languages", List.of("vi", "es", "en"));
		return "exchange/compose";
	}

	@PostMapping("/exchange/messages/{id}/acknowledge")
	@PreAuthorize("hasRole('EDITOR')")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
		MessageView m = messages.acknowledge(CurrentUsers.get(), id);
		redirect.addFlashAttribute("notice", "exchange.ui.notice.acknowledged");
		return "redirect:/exchange/cases/" + m.caseId() + "#message-" + id;
	}

	@PostMapping("/exchange/messages/{id}/grant")
	@PreAuthorize("hasRole('EDITOR')")
	String grant(@PathVariable UUID id, @RequestParam(name = "agencies", required = false) List<String> agencies,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		MessageView m = messages.get(user, id);
		try {
			messages.grantForwarding(user, id, new GrantForm(agencies == null ? List.of() : agencies));
			redirect.addFlashAttribute("notice", "exchange.ui.notice.granted");
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("notice", "exchange.ui.notice.grant.none");
		}
		return "redirect:/exchange/cases/" + m.caseId() + "#message-" + id;
	}

	/** The forward form as the browser sends it. */
	record ForwardFields(List<String> addressees, String note) {
	}

	@GetMapping("/exchange/messages/{id}/forward")
	@PreAuthorize("hasRole('EDITOR')")
	String forwardForm(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUsers.get();
		user.require(Role.EDITOR);
		model.addAttribute("message", messages.get(user, id));
		model.addAttribute("form", new ForwardFields(List.of(), ""));
		return "exchange/forward";
	}

	@PostMapping("/exchange/messages/{id}/forward")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView forward(@PathVariable UUID id, @ModelAttribute("form") ForwardFields form, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		MessageView original = messages.get(user, id);
		try {
			MessageView sent = messages.forward(user, id,
					new ForwardForm(form.addressees() == null ? List.of() : form.addressees(), form.note()));
			redirect.addFlashAttribute("notice", "exchange.ui.notice.forwarded");
			return new ModelAndView("redirect:/exchange/cases/" + sent.caseId() + "#message-" + sent.id());
		}
		catch (InvalidInput ex) {
			PageErrors.add(model, texts, ex);
		}
		catch (ForwardingNotPermitted ex) {
			PageErrors.add(model, texts,
					List.of(new InvalidInput.FieldError("addressees", "exchange.forwarding.not.permitted")));
			model.addAttribute("refused", ex.refused());
		}
		model.addAttribute("message", original);
		ModelAndView again = new ModelAndView("exchange/forward", model.asMap());
		again.setStatus(HttpStatus.BAD_REQUEST);
		return again;
	}

	/** An attachment as a download, never shown inline. */
	@GetMapping("/exchange/messages/{id}/attachments/{attachment}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID attachment) {
		Download d = attachments.download(CurrentUsers.get(), id, attachment);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(d.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(d.attachment().name(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(new FileSystemResource(d.file()));
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	private static String prefixed(String prefix, String subject) {
		String s = subject.startsWith(prefix) ? subject : prefix + subject;
		return s.length() > 500 ? s.substring(0, 500) : s;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
