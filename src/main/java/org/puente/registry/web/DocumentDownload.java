package org.puente.registry.web;

import java.nio.charset.StandardCharsets;

import org.puente.registry.internal.AgreementRegistry.DocumentContent;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An agreement's document as an attachment under its stored name, which the browser
 * cannot take for a path or run as a page; for the pages and the API alike.
 */
final class DocumentDownload {

	private DocumentDownload() {
	}

	static ResponseEntity<byte[]> of(DocumentContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.document().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.document().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Digest", "sha-256=" + content.document().sha256())
			.body(content.bytes());
	}

}
