package org.puente.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

/**
 * The attachment folder: each file stored once under its SHA-256
 * ({@code attachments/ab/abcdef...}), outside the database rows, never overwritten.
 */
@Component
class AttachmentFiles {

	private final Path root;

	AttachmentFiles(ExchangeSettings settings) {
		this.root = settings.attachmentFolder().toAbsolutePath().normalize();
	}

	Path pathOf(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	/** A temporary file in the folder, on the same file system as the stored files. */
	Path temporary() {
		try {
			Files.createDirectories(root);
			return Files.createTempFile(root, "upload-", ".part");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Moves a checked upload to its place; a file with the same content is kept as is.
	 */
	void keep(Path temporary, String sha256) {
		Path target = pathOf(sha256);
		try {
			if (Files.exists(target)) {
				Files.deleteIfExists(temporary);
				return;
			}
			Files.createDirectories(target.getParent());
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target);
			}
		}
		catch (FileAlreadyExistsException ex) {
			discard(temporary); // the same content arrived at the same moment
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void discard(Path temporary) {
		try {
			Files.deleteIfExists(temporary);
		}
		catch (IOException ex) {
			// a leftover temporary file is harmless; the next start does not read it
		}
	}

	/** The SHA-256 of the stored bytes now, or {@code null} when the file is gone. */
	String checksum(String sha256) {
		Path file = pathOf(sha256);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			return org.puente.shared.Sha256.hex(file);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
