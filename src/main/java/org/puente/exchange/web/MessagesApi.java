package org.puente.exchange.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.exchange.internal.ExchangeAttachments;
import org.puente.exchange.internal.ExchangeAttachments.AttachmentView;
import org.puente.exchange.internal.ExchangeAttachments.Download;
import org.puente.exchange.internal.ExchangeMessages;
import org.puente.exchange.internal.ExchangeMessages.DeliveryView;
import org.puente.exchange.internal.ExchangeMessages.ForwardForm;
import org.puente.exchange.internal.ExchangeMessages.GrantForm;
import org.puente.exchange.internal.ExchangeMessages.MessageForm;
import org.puente.exchange.internal.ExchangeMessages.MessageView;
import org.puente.exchange.internal.ExchangeMessages.PermissionView;
import org.puente.exchange.internal.ForwardingNotPermitted;
import org.puente.security.CurrentUsers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Exchange messages", description = "Messages, replies, corrections, forwarding, receipts and attachments")
@RestController
@RequestMapping("/api/v1/exchange")
class MessagesApi {

	private final ExchangeMessages messages;

	private final ExchangeAttachments attachments;

	private final MessageSource texts;

	MessagesApi(ExchangeMessages messages, ExchangeAttachments attachments, MessageSource texts) {
		this.messages = messages;
		this.attachments = attachments;
		this.texts = texts;
	}

	/**
	 * A message the caller may read; the first reader of an addressed unit records the
	 * read receipt.
	 */
	@GetMapping("/messages/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	MessageView get(@PathVariable UUID id) {
		return messages.open(CurrentUsers.get(), id);
	}

	@PostMapping("/messages/{id}/replies")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<MessageView> reply(@PathVariable UUID id, @RequestBody MessageForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(messages.reply(CurrentUsers.get(), id, form));
	}

	@PostMapping("/messages/{id}/corrections")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<MessageView> correct(@PathVariable UUID id, @RequestBody MessageForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(messages.correct(CurrentUsers.get(), id, form));
	}

	@PostMapping("/messages/{id}/forwards")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<MessageView> forward(@PathVariable UUID id, @RequestBody ForwardForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(messages.forward(CurrentUsers.get(), id, form));
	}

	@PostMapping("/messages/{id}/forwarding-permissions")
	@PreAuthorize("hasRole('EDITOR')")
	List<PermissionView> grant(@PathVariable UUID id, @RequestBody GrantForm form) {
		return messages.grantForwarding(CurrentUsers.get(), id, form);
	}

	@PostMapping("/messages/{id}/acknowledgement")
	@PreAuthorize("hasRole('EDITOR')")
	MessageView acknowledge(@PathVariable UUID id) {
		return messages.acknowledge(CurrentUsers.get(), id);
	}

	/** Marks the message read for the caller's units (as reading it does). */
	@PostMapping("/messages/{id}/read")
	@PreAuthorize("hasRole('VIEWER')")
	MessageView read(@PathVariable UUID id) {
		return messages.open(CurrentUsers.get(), id);
	}

	/**
	 * Deliveries and signed receipts: every addressee's for the sender, one's own for an
	 * addressee.
	 */
	@GetMapping("/messages/{id}/receipts")
	@PreAuthorize("hasRole('VIEWER')")
	List<DeliveryView> receipts(@PathVariable UUID id) {
		return messages.deliveries(CurrentUsers.get(), id);
	}

	/** Uploads a file to attach to a message the caller is about to send. */
	@PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<AttachmentView> upload(@RequestParam(name = "file", required = false) MultipartFile file)
			throws java.io.IOException {
		if (file == null) {
			throw new org.puente.shared.InvalidInput("file", "required");
		}
		try (var in = file.getInputStream()) {
			AttachmentView a = attachments.upload(CurrentUsers.get(), file.getOriginalFilename(), in);
			return ResponseEntity.status(HttpStatus.CREATED).body(a);
		}
	}

	/** Streams an attachment as a download, never as a page. */
	@GetMapping("/messages/{id}/attachments/{attachment}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID attachment) {
		Download d = attachments.download(CurrentUsers.get(), id, attachment);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.attachment().mediaType()))
			.contentLength(d.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(d.attachment().name(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header("Digest", "sha-256=" + d.attachment().sha256())
			.body(new FileSystemResource(d.file()));
	}

	@ExceptionHandler(ForwardingNotPermitted.class)
	ResponseEntity<ProblemDetail> forwardingRefused(ForwardingNotPermitted ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				texts.getMessage("exchange.error.forwarding-not-permitted", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:puente:problem:forwarding-not-permitted"));
		problem.setTitle(texts.getMessage("exchange.error.forwarding-not-permitted.title", null,
				LocaleContextHolder.getLocale()));
		problem.setProperty("refused", ex.refused());
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
			.body(problem);
	}

}
