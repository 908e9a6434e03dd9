package org.puente.registry.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.puente.directory.AgencyView;
import org.puente.directory.AreaView;
import org.puente.directory.DirectoryLookup;
import org.puente.directory.PartnershipView;
import org.puente.web.Countries;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every registry read page needs besides its records: the user's language, and the
 * directory's areas, agencies, partnerships and countries by name in that language
 * (records keep codes).
 */
@ControllerAdvice(assignableTypes = { AgreementPages.class, EngagementPages.class, CommitmentPages.class,
		ActivityPages.class, ReviewPages.class, SearchPages.class })
class RecordPagesAdvice {

	private final DirectoryLookup directory;

	RecordPagesAdvice(DirectoryLookup directory) {
		this.directory = directory;
	}

	@ModelAttribute("lang")
	String language(Locale locale) {
		return locale.getLanguage();
	}

	/** The areas in the taxonomy's order, each parent before its children. */
	@ModelAttribute("areaOptions")
	List<AreaView> areaOptions() {
		List<AreaView> all = directory.areas();
		List<AreaView> out = new java.util.ArrayList<>();
		all.stream()
			.filter(a -> a.parent() == null || all.stream().noneMatch(p -> p.code().equals(a.parent())))
			.sorted(Comparator.comparingInt(AreaView::sortOrder).thenComparing(AreaView::code))
			.forEach(root -> {
				out.add(root);
				all.stream()
					.filter(a -> root.code().equals(a.parent()))
					.sorted(Comparator.comparingInt(AreaView::sortOrder).thenComparing(AreaView::code))
					.forEach(out::add);
			});
		return out;
	}

	@ModelAttribute("areaNames")
	Map<String, String> areaNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		directory.areas().forEach(a -> names.put(a.code(), a.names().in(locale.getLanguage())));
		return names;
	}

	/** Agencies in tree order: each ministry followed by its units. */
	@ModelAttribute("agencyOptions")
	List<AgencyView> agencyOptions() {
		return directory.agencies();
	}

	@ModelAttribute("agencyNames")
	Map<String, String> agencyNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		directory.agencies().forEach(a -> names.put(a.code(), a.names().in(locale.getLanguage())));
		return names;
	}

	@ModelAttribute("partnerships")
	List<PartnershipView> partnerships() {
		return directory.partnerships();
	}

	/** Partnership id (as text) → name in the user's language. */
	@ModelAttribute("partnershipNames")
	Map<String, String> partnershipNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		directory.partnerships().forEach(p -> names.put(p.id().toString(), p.names().in(locale.getLanguage())));
		return names;
	}

	@ModelAttribute("countries")
	Map<String, String> countries(Locale locale) {
		return Countries.names(locale);
	}

}
