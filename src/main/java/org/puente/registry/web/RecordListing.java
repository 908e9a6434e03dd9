package org.puente.registry.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.puente.registry.internal.ListFilter;
import org.puente.shared.InvalidInput;
import org.puente.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/**
 * A registry list page's state as links need it: the filters as given, the sort, and the
 * addresses of the sort links, the pages and the CSV and XLSX exports carrying the same
 * filters.
 */
public final class RecordListing {

	private final String base;

	private final Map<String, String> params;

	private final Sort sort;

	private final Set<String> sortable;

	RecordListing(String base, ListFilter filter, Map<String, String> extra, Sort sort, Set<String> sortable) {
		this.base = base;
		this.sort = sort;
		this.sortable = sortable;
		this.params = new LinkedHashMap<>();
		ListFilter f = filter == null ? ListFilter.none() : filter;
		put("partnership", f.partnership());
		put("area", f.area());
		put("status", f.status());
		put("from", f.from());
		put("to", f.to());
		put("person", f.person());
		put("agency", f.agency());
		extra.forEach(this::put);
	}

	/**
	 * Renders a list page: the rows the service finds, or, when a filter or the sort is
	 * refused, the page with the error summary and no rows, answered with 400.
	 */
	static <T> ModelAndView render(String view, RecordListing listing, Pageable pageable, Model model,
			MessageSource messages, Function<Pageable, Page<T>> rows) {
		model.addAttribute("list", listing);
		HttpStatus status = HttpStatus.OK;
		Page<T> page;
		try {
			page = rows.apply(Paging.checked(pageable, listing.sortable));
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			page = Page.empty();
			status = HttpStatus.BAD_REQUEST;
		}
		model.addAttribute("page", page);
		return new ModelAndView(view, model.asMap(), status);
	}

	private void put(String name, String value) {
		if (value != null && !value.isBlank()) {
			params.put(name, value.trim());
		}
	}

	/** A filter's value as given, or an empty text. */
	public String value(String name) {
		return params.getOrDefault(name, "");
	}

	public boolean filtered() {
		return !params.isEmpty();
	}

	public String url() {
		return link(params, sortParams());
	}

	/**
	 * The link that sorts by a field: ascending first, the other way when already so.
	 */
	public String sortUrl(String field) {
		String next = "ascending".equals(direction(field)) ? "desc" : "asc";
		return link(params, List.of(field + "," + next));
	}

	/** The {@code aria-sort} value of a column: ascending, descending or none. */
	public String direction(String field) {
		Sort.Order order = sort.getOrderFor(field);
		if (order == null || !sort.iterator().next().getProperty().equals(field)) {
			return "none";
		}
		return order.isAscending() ? "ascending" : "descending";
	}

	public String pageUrl(int page) {
		Map<String, String> all = new LinkedHashMap<>(params);
		all.put("page", String.valueOf(page));
		return link(all, sortParams());
	}

	/** The CSV of every row the filters select, in the same order. */
	public String exportUrl() {
		return base + "/export.csv" + query(params, sortParams());
	}

	/** The XLSX of every row the filters select, in the same order. */
	public String xlsxUrl() {
		return base + "/export.xlsx" + query(params, sortParams());
	}

	public String base() {
		return base;
	}

	private List<String> sortParams() {
		return sort.stream().map(o -> o.getProperty() + "," + (o.isAscending() ? "asc" : "desc")).toList();
	}

	private String link(Map<String, String> values, List<String> sorts) {
		return base + query(values, sorts);
	}

	private static String query(Map<String, String> values, List<String> sorts) {
		String q = values.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		String s = sorts.stream().map(v -> "sort=" + encode(v)).collect(Collectors.joining("&"));
		String all = q.isEmpty() ? s : s.isEmpty() ? q : q + "&" + s;
		return all.isEmpty() ? "" : "?" + all;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
