package org.puente.exchange.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.exchange.CaseVerification;
import org.puente.exchange.internal.ExchangeCases;
import org.puente.exchange.internal.ExchangeCases.CaseFilter;
import org.puente.exchange.internal.ExchangeCases.CaseForm;
import org.puente.exchange.internal.ExchangeCases.CaseView;
import org.puente.exchange.internal.ExchangeCases.StatusForm;
import org.puente.exchange.internal.ExchangeCases.TimelineEntry;
import org.puente.exchange.internal.ExchangeMessages;
import org.puente.exchange.internal.ExchangeMessages.MessageForm;
import org.puente.exchange.internal.ExchangeMessages.MessageView;
import org.puente.exchange.internal.ExchangeVerification;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;
import org.puente.shared.PageResponse;
import org.puente.web.ETags;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Exchange cases", description = "Cases the partner agencies exchange messages about")
@RestController
@RequestMapping("/api/v1/exchange/cases")
class CasesApi {

	static final Set<String> SORTABLE = Set.of("reference", "title", "status", "priority", "stamp.createdAt",
			"stamp.updatedAt");

	private final ExchangeCases cases;

	private final ExchangeMessages messages;

	private final ExchangeVerification verification;

	CasesApi(ExchangeCases cases, ExchangeMessages messages, ExchangeVerification verification) {
		this.cases = cases;
		this.messages = messages;
		this.verification = verification;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<CaseView> list(CaseFilter filter,
			@PageableDefault(size = 20, sort = "stamp.updatedAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return PageResponse.of(cases.list(CurrentUsers.get(), filter, checked(pageable)));
	}

	@PostMapping
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<CaseView> create(@RequestBody CaseForm form) {
		CaseView c = cases.create(CurrentUsers.get(), form);
		return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + c.version() + "\"").body(c);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<CaseView> get(@PathVariable UUID id) {
		CaseView c = cases.get(CurrentUsers.get(), id);
		return ETags.ok(c, c.version());
	}

	@GetMapping("/by-reference/{reference}")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<CaseView> byReference(@PathVariable String reference) {
		CaseView c = cases.byReference(CurrentUsers.get(), reference);
		return ETags.ok(c, c.version());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<CaseView> update(@PathVariable UUID id, @RequestBody CaseForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		CaseView c = cases.update(CurrentUsers.get(), id, form.withVersion(ETags.version(ifMatch, form.version())));
		return ETags.ok(c, c.version());
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasRole('EDITOR')")
	CaseView status(@PathVariable UUID id, @RequestBody StatusForm form) {
		return cases.changeStatus(CurrentUsers.get(), id, form);
	}

	/** The messages of the case the caller may read, in chain order. */
	@GetMapping("/{id}/messages")
	@PreAuthorize("hasRole('VIEWER')")
	List<MessageView> messages(@PathVariable UUID id) {
		return messages.inCase(CurrentUsers.get(), id);
	}

	@PostMapping("/{id}/messages")
	@PreAuthorize("hasRole('EDITOR')")
	ResponseEntity<MessageView> send(@PathVariable UUID id, @RequestBody MessageForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(messages.send(CurrentUsers.get(), id, form));
	}

	@GetMapping("/{id}/timeline")
	@PreAuthorize("hasRole('VIEWER')")
	List<TimelineEntry> timeline(@PathVariable UUID id) {
		return cases.timeline(CurrentUsers.get(), id);
	}

	/** Recomputes the case's hash chain and checks every signature and checksum. */
	@GetMapping("/{id}/verification")
	@PreAuthorize("hasRole('VIEWER')")
	CaseVerification verification(@PathVariable UUID id) {
		return verification.verify(CurrentUsers.get(), id);
	}

	private static Pageable checked(Pageable pageable) {
		if (pageable.getPageSize() > 200) {
			throw new InvalidInput("size", "invalid.value");
		}
		for (Sort.Order order : pageable.getSort()) {
			if (!SORTABLE.contains(order.getProperty())) {
				throw new InvalidInput("sort", "invalid.sort");
			}
		}
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), pageable.getSort());
	}

}
