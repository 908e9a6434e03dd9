package org.puente.exchange.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.exchange.internal.ExchangeInbox;
import org.puente.exchange.internal.ExchangeInbox.InboxFilter;
import org.puente.exchange.internal.ExchangeInbox.InboxPage;
import org.puente.exchange.internal.ExchangeInbox.SearchPage;
import org.puente.security.CurrentUsers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Exchange inbox", description = "Inboxes with filters and counts; search over readable messages")
@RestController
@RequestMapping("/api/v1/exchange")
class InboxApi {

	private final ExchangeInbox inbox;

	InboxApi(ExchangeInbox inbox) {
		this.inbox = inbox;
	}

	/**
	 * {@code box}: UNIT (default), MINE (answers to the caller's messages) or SENT;
	 * filters {@code unread}, {@code overdue}, {@code awaitingAnswer},
	 * {@code classification}, {@code area}, {@code caseId}.
	 */
	@GetMapping("/inbox")
	@PreAuthorize("hasRole('VIEWER')")
	InboxPage inbox(InboxFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return inbox.inbox(CurrentUsers.get(), filter, page, size);
	}

	@GetMapping("/search")
	@PreAuthorize("hasRole('VIEWER')")
	SearchPage search(@RequestParam(required = false) String q, @RequestParam(required = false) UUID caseId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return inbox.search(CurrentUsers.get(), q, caseId, page, size);
	}

}
