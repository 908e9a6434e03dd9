package org.puente.exchange.web;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.exchange.internal.CaseDossiers;
import org.puente.exchange.internal.CaseDossiers.Export;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's dossier (PDF) and evidence bundle (JSON), from the case page (session) and for
 * the agencies' own systems (API); either holds only what the caller may read.
 */
@Tag(name = "Exchange dossiers", description = "A case exported as a PDF dossier or a JSON evidence bundle")
@RestController
class DossierPages {

	private final CaseDossiers dossiers;

	DossierPages(CaseDossiers dossiers) {
		this.dossiers = dossiers;
	}

	/** The dossier in the reader's language, or the one asked for (vi, es, en). */
	@GetMapping({ "/exchange/cases/{id}/dossier.pdf", "/api/v1/exchange/cases/{id}/dossier.pdf" })
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) String language, Locale locale) {
		if (language != null && !java.util.Set.of("vi", "es", "en").contains(language)) {
			throw new InvalidInput("language", "invalid.value");
		}
		Locale chosen = language != null ? Locale.forLanguageTag(language) : locale;
		return download(dossiers.pdf(CurrentUsers.get(), id, chosen));
	}

	/** Messages, canonical bytes, hashes, chain, signatures, receipts and public keys. */
	@GetMapping({ "/exchange/cases/{id}/dossier.json", "/api/v1/exchange/cases/{id}/dossier.json" })
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> bundle(@PathVariable UUID id) {
		return download(dossiers.bundle(CurrentUsers.get(), id));
	}

	private static ResponseEntity<byte[]> download(Export export) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(export.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Puente-Marking", export.marking().name())
			.body(export.bytes());
	}

}
