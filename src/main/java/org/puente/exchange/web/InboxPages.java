package org.puente.exchange.web;

import org.puente.exchange.internal.ExchangeInbox;
import org.puente.exchange.internal.ExchangeInbox.InboxFilter;
import org.puente.exchange.internal.ExchangeInbox.InboxPage;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox: messages for the user's unit, answers to the user's own messages, or what
 * the unit sent; tabs for unread, overdue and awaiting an answer with their counts;
 * filters by classification and area; full-text search. The list refreshes itself when
 * the live stream says something the user may see arrived.
 */
@Controller
class InboxPages {

	static final int PAGE_SIZE = 25;

	private final ExchangeInbox inbox;

	private final MessageSource messages;

	InboxPages(ExchangeInbox inbox, MessageSource messages) {
		this.inbox = inbox;
		this.messages = messages;
	}

	/** The inbox's choices as the address bar carries them. */
	record InboxQuery(String box, String tab, String classification, String area, String q, Integer page) {

		public String boxOrDefault() {
			return box == null || box.isBlank() ? "UNIT" : box;
		}

		public String tabOrDefault() {
			return tab == null || tab.isBlank() ? "all" : tab;
		}

		public int pageOrFirst() {
			return page == null || page < 0 ? 0 : page;
		}

		InboxFilter filter(String tab) {
			return new InboxFilter(boxOrDefault(), "unread".equals(tab) ? Boolean.TRUE : null,
					"overdue".equals(tab) ? Boolean.TRUE : null, "awaiting".equals(tab) ? Boolean.TRUE : null,
					blank(classification), blank(area), null);
		}

		public boolean searching() {
			return q != null && !q.isBlank();
		}

		/** This inbox with one choice changed, as a link. */
		public String with(String name, String value) {
			org.springframework.web.util.UriComponentsBuilder b = org.springframework.web.util.UriComponentsBuilder
				.fromPath("/exchange");
			put(b, "box", "box".equals(name) ? value : box);
			put(b, "tab", "tab".equals(name) ? value : tab);
			put(b, "classification", "classification".equals(name) ? value : classification);
			put(b, "area", "area".equals(name) ? value : area);
			if ("page".equals(name)) {
				put(b, "page", value);
			}
			return b.build().encode().toUriString();
		}

		private static void put(org.springframework.web.util.UriComponentsBuilder b, String name, String value) {
			if (value != null && !value.isBlank()) {
				b.queryParam(name, value);
			}
		}

		private static String blank(String value) {
			return value == null || value.isBlank() ? null : value;
		}

	}

	@GetMapping("/exchange")
	@PreAuthorize("hasRole('VIEWER')")
	String inbox(@RequestParam(required = false) String box, @RequestParam(required = false) String tab,
			@RequestParam(required = false) String classification, @RequestParam(required = false) String area,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CurrentUser user = CurrentUsers.get();
		InboxQuery query = new InboxQuery(box, tab, classification, area, q, page);
		model.addAttribute("query", query);
		try {
			if (query.searching()) {
				model.addAttribute("search", inbox.search(user, q, null, query.pageOrFirst(), PAGE_SIZE));
			}
			else {
				String current = query.tabOrDefault();
				InboxPage listed = inbox.inbox(user, query.filter(current), query.pageOrFirst(), PAGE_SIZE);
				InboxPage all = "all".equals(current) ? listed : inbox.inbox(user, query.filter("all"), 0, 1);
				model.addAttribute("inbox", listed);
				model.addAttribute("counts", all.counts());
			}
		}
		catch (InvalidInput ex) {
			PageErrors.add(model, messages, ex);
		}
		return htmx != null ? "exchange/inbox :: results" : "exchange/inbox";
	}

}
