package org.puente.security.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.puente.security.AuditLog;
import org.puente.security.AuditRecord;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;
import org.puente.web.FormErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for administrators: filter, read, and check the hash chain. */
@Controller
@RequestMapping("/admin/audit")
class AuditPages {

	static final int PAGE_SIZE = 50;

	static final List<String> ACTIONS = List.of("CREATE", "UPDATE", "DELETE", "RESTORE", "STATUS", "GENERATE");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditLog log;

	private final AuditScope scope;

	private final MessageSource messages;

	AuditPages(AuditLog log, AuditScope scope, MessageSource messages) {
		this.log = log;
		this.scope = scope;
		this.messages = messages;
	}

	/** The filter form as typed; dates stay text so a bad one can be shown again. */
	record AuditFilter(String actor, String agency, String recordType, String recordId, String action, String from,
			String to) {

		/** The query string that keeps these filters while paging. */
		public String query() {
			StringBuilder query = new StringBuilder();
			Map<String, String> params = new java.util.LinkedHashMap<>();
			params.put("actor", actor);
			params.put("agency", agency);
			params.put("recordType", recordType);
			params.put("recordId", recordId);
			params.put("action", action);
			params.put("from", from);
			params.put("to", to);
			params.forEach((name, value) -> {
				if (value != null && !value.isBlank()) {
					query.append('&')
						.append(name)
						.append('=')
						.append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
				}
			});
			return query.toString();
		}

	}

	/** One changed field: its value before and after, as text. */
	record Change(String field, String before, String after) {
	}

	/** An entry as the table shows it. */
	record Row(AuditRecord entry, String time, List<Change> changes) {
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	String search(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model,
			HttpServletResponse response) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		LocalDate from = date(filter.from(), "from", errors);
		LocalDate to = date(filter.to(), "to", errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.add(new InvalidInput.FieldError("to", "end.before.start"));
		}
		String action = filter.action() != null && ACTIONS.contains(filter.action()) ? filter.action() : null;
		var allowed = scope.of(CurrentUsers.get());
		PageRequest pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Page<AuditRecord> found;
		if (errors.isEmpty()) {
			found = log.search(new AuditLog.Filter(filter.actor(), upper(filter.agency()), allowed, filter.recordType(),
					filter.recordId(), action, from, to), pageable);
		}
		else {
			FormErrors.add(model, messages, errors);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			found = new PageImpl<>(List.of(), pageable, 0);
		}
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("entries", found.map(e -> new Row(e, DisplayTime.of(e.at(), locale), changes(e))));
		model.addAttribute("actions", ACTIONS);
		return "admin/audit";
	}

	@GetMapping("/verify")
	@PreAuthorize("hasRole('ADMIN')")
	String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("verification", log.verify());
		return htmx != null ? "admin/audit-verify :: result" : "admin/audit-verify";
	}

	private static String upper(String text) {
		return text == null || text.isBlank() ? null : text.trim().toUpperCase(Locale.ROOT);
	}

	private static LocalDate date(String text, String field, List<InvalidInput.FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.add(new InvalidInput.FieldError(field, "invalid.date"));
			return null;
		}
	}

	/** The changes JSON ({"field": {"before": .., "after": ..}}) as readable lines. */
	static List<Change> changes(AuditRecord entry) {
		if (entry.changes() == null || entry.changes().isBlank()) {
			return List.of();
		}
		try {
			JsonNode root = JSON.readTree(entry.changes());
			List<Change> out = new ArrayList<>();
			for (var field : root.properties()) {
				JsonNode change = field.getValue();
				out.add(new Change(field.getKey(), text(change.get("before")), text(change.get("after"))));
			}
			return out;
		}
		catch (JacksonException ex) {
			// An entry written by an older version in another shape: show it as stored.
			return List.of(new Change("", null, entry.changes()));
		}
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isArray()) {
			List<String> items = new ArrayList<>();
			node.forEach(item -> items.add(item.isValueNode() ? item.asString() : item.toString()));
			return String.join(", ", items);
		}
		return node.isValueNode() ? node.asString() : node.toString();
	}

}
