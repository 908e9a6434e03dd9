package org.puente.security.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.security.AuditLog;
import org.puente.security.AuditRecord;
import org.puente.security.AuditVerification;
import org.puente.security.CurrentUsers;
import org.puente.shared.PageResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Audit", description = "The hash-chained audit trail, for administrators")
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditApi {

	private final AuditLog log;

	private final AuditScope scope;

	AuditApi(AuditLog log, AuditScope scope) {
		this.log = log;
		this.scope = scope;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	PageResponse<AuditRecord> search(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String recordType,
			@RequestParam(required = false) String recordId, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		var filter = new AuditLog.Filter(actor, agency, scope.of(CurrentUsers.get()), recordType, recordId, action,
				from, to);
		return PageResponse.of(log.search(filter, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200))));
	}

	@GetMapping("/verify")
	@PreAuthorize("hasRole('ADMIN')")
	AuditVerification verify() {
		return log.verify();
	}

}
