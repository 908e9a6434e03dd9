package org.puente.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.puente.security.AuditLog;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.Sha256;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments: uploaded first (size limit, type checked by content, SHA-256), then
 * attached to the message that names them when it is sent; downloaded only by the
 * message's readers.
 */
@Service
public class ExchangeAttachments {

	/**
	 * Types allowed by content: documents, images and plain text. Refused: executables,
	 * scripts, HTML and SVG (active content), archives (they hide what they carry).
	 */
	static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/tiff",
			"image/bmp", "image/webp", "text/plain", "text/csv", "application/rtf", "application/msword",
			"application/vnd.ms-excel", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation");

	private static final Tika TIKA = new Tika();

	private final Attachments attachments;

	private final AttachmentFiles files;

	private final ExchangeSettings settings;

	private final Clock clock;

	private final AuditLog audit;

	private final Messages messages;

	private final ExchangeAccess access;

	ExchangeAttachments(Attachments attachments, AttachmentFiles files, ExchangeSettings settings, Clock clock,
			AuditLog audit, Messages messages, ExchangeAccess access) {
		this.attachments = attachments;
		this.files = files;
		this.settings = settings;
		this.clock = clock;
		this.audit = audit;
		this.messages = messages;
		this.access = access;
	}

	/** An attachment as users see it. */
	public record AttachmentView(UUID id, UUID message, int position, String name, String mediaType, long size,
			String sha256, String uploadedBy, Instant uploadedAt) {

		static AttachmentView of(Attachment a) {
			return new AttachmentView(a.id(), a.messageId(), a.position(), a.name(), a.mediaType(), a.size(),
					a.sha256(), a.uploadedBy(), a.uploadedAt());
		}

	}

	/** An attachment ready to stream: where its bytes are and what they are. */
	public record Download(AttachmentView attachment, Path file) {
	}

	/**
	 * Stores an upload for a message the user is about to send. Refuses it whole (nothing
	 * kept) when it is empty, over the size limit, or not an allowed type by its content.
	 */
	@Transactional
	public AttachmentView upload(CurrentUser user, String fileName, InputStream content) {
		user.require(Role.EDITOR);
		String name = cleanName(fileName);
		long max = settings.attachmentMaxSize().toBytes();
		Path temporary = files.temporary();
		boolean kept = false;
		try {
			MessageDigest digest = Sha256.newDigest();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
				size = copyAtMost(content, out, max);
			}
			if (size == 0) {
				throw new InvalidInput("file", "exchange.file.empty");
			}
			if (size > max) {
				throw new InvalidInput("file", "exchange.file.too.large");
			}
			String type = detect(temporary, name);
			if (!ALLOWED.contains(type)) {
				throw new InvalidInput("file", "exchange.file.type.refused");
			}
			String sha = Sha256.hexOf(digest);
			Attachment attachment = new Attachment(name, type, size, sha, user.username(), user.agency().code(),
					clock.instant().truncatedTo(ChronoUnit.MILLIS));
			attachments.saveAndFlush(attachment);
			files.keep(temporary, sha);
			kept = true;
			return AttachmentView.of(attachment);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (!kept) {
				files.discard(temporary);
			}
		}
	}

	/**
	 * An attachment of a message the user may read, for download; the download is
	 * audited.
	 */
	@Transactional
	public Download download(CurrentUser user, UUID messageId, UUID attachmentId) {
		ExchangeMessage message = messages.findById(messageId).orElse(null);
		access.readable(user, message, messageId);
		Attachment a = attachments.findById(attachmentId)
			.filter(x -> messageId.equals(x.messageId()))
			.orElseThrow(() -> new NotFound("attachment", attachmentId));
		Path file = files.pathOf(a.sha256());
		if (!Files.isRegularFile(file)) {
			throw new NotFound("attachment", attachmentId);
		}
		audit.append("DOWNLOAD", "Attachment", a.id().toString(), "{\"message\":\"" + messageId + "\"}");
		return new Download(AttachmentView.of(a), file);
	}

	/** One of the user's own uploads, not yet sent (to show before sending). */
	@Transactional(readOnly = true)
	public AttachmentView upload(CurrentUser user, UUID id) {
		return attachments.findById(id)
			.filter(a -> a.messageId() == null && a.uploadedBy().equals(user.username()))
			.map(AttachmentView::of)
			.orElseThrow(() -> new NotFound("attachment", id));
	}

	private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			total += n;
			if (total > max) {
				in.transferTo(OutputStream.nullOutputStream()); // drain so the client
																// reads the answer
				return total;
			}
			out.write(buffer, 0, n);
		}
		return total;
	}

	private static String detect(Path file, String name) throws IOException {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		try (TikaInputStream in = TikaInputStream.get(file)) {
			String type = TIKA.getDetector().detect(in, metadata).getBaseType().toString();
			return type.toLowerCase(Locale.ROOT);
		}
	}

	static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			throw new InvalidInput("file", "required");
		}
		if (name.length() > 255) {
			throw new InvalidInput("file", "exchange.file.name.too.long");
		}
		return name;
	}

}
