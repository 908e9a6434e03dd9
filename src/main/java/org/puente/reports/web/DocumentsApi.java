package org.puente.reports.web;

import java.util.UUID;

import org.puente.reports.documents.Documents;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printed documents through the API: JSON in, PDF out. The language defaults to the
 * user's; refusals are problem details naming the field.
 */
@RestController
@RequestMapping("/api/v1/reports")
class DocumentsApi {

	private final Documents documents;

	DocumentsApi(Documents documents) {
		this.documents = documents;
	}

	@PostMapping("/briefings/{engagement}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> briefing(@PathVariable UUID engagement, @RequestBody Documents.BriefingRequest request) {
		CurrentUser user = CurrentUsers.get();
		return pdf(documents.briefing(user, engagement, request, user.language()));
	}

	@PostMapping("/review-reports/{agreement}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> reviewReport(@PathVariable UUID agreement, @RequestBody Documents.ReviewRequest request) {
		CurrentUser user = CurrentUsers.get();
		return pdf(documents.reviewReport(user, agreement, request, user.language()));
	}

	@PostMapping("/records-of-talks/{engagement}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> talksRecord(@PathVariable UUID engagement, @RequestBody Documents.TalksRequest request) {
		CurrentUser user = CurrentUsers.get();
		return pdf(documents.talksRecord(user, engagement, request, user.language()));
	}

	private static ResponseEntity<byte[]> pdf(Documents.Pdf pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf.bytes());
	}

}
