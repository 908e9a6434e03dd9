package org.puente.transfer.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.search.SearchIndexes;
import org.puente.transfer.PartnershipTransfer;
import org.puente.transfer.Restored;
import org.puente.transfer.TransferRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Export of a whole partnership as JSON, and its import into an instance that does not
 * hold it; for system administrators only.
 */
@RestController
@RequestMapping("/api/v1/admin/partnerships")
@Tag(name = "Transfer", description = "Copy a whole partnership out of Puente and restore it elsewhere")
class TransferApi {

	private static final Logger LOG = LoggerFactory.getLogger(TransferApi.class);

	private final PartnershipTransfer transfer;

	private final SearchIndexes indexes;

	private final MessageSource messages;

	TransferApi(PartnershipTransfer transfer, SearchIndexes indexes, MessageSource messages) {
		this.transfer = transfer;
		this.indexes = indexes;
		this.messages = messages;
	}

	@Operation(summary = "The partnership with every record it holds and references, as one JSON document")
	@GetMapping("/{code}/export")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResponseEntity<byte[]> export(@PathVariable String code) {
		byte[] document = transfer.export(code);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"partnership-" + code.replaceAll("[^A-Za-z0-9_-]", "_") + ".json\"")
			.body(document);
	}

	@Operation(summary = "Restores an exported partnership into this instance, which must not hold it yet")
	@PostMapping(path = "/import", consumes = MediaType.ALL_VALUE)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	Restored restore(@RequestBody byte[] document) throws InterruptedException {
		Restored restored = transfer.restore(document, line -> LOG.info("Import of a partnership: {}", line));
		indexes.rebuild();
		return restored;
	}

	@ExceptionHandler(TransferRefused.class)
	ResponseEntity<ProblemDetail> refused(TransferRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(ex.messageKey(), new Object[] { ex.table(), ex.key() }, ex.messageKey(),
						LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:puente:problem:conflict"));
		problem.setProperty("table", ex.table());
		problem.setProperty("key", ex.key());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
			.body(problem);
	}

}
