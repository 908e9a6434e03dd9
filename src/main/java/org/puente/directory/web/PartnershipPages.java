package org.puente.directory.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.puente.directory.AgencyView;
import org.puente.directory.internal.AgencyCatalog;
import org.puente.directory.internal.PartnershipBook;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Partnerships and the working languages of each member agency. */
@Controller
@RequestMapping("/directory/partnerships")
class PartnershipPages {

	private final PartnershipBook partnerships;

	private final AgencyCatalog agencies;

	PartnershipPages(PartnershipBook partnerships, AgencyCatalog agencies) {
		this.partnerships = partnerships;
		this.agencies = agencies;
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	String all(Model model) {
		model.addAttribute("partnerships", partnerships.all());
		model.addAttribute("agencies", agencyIndex());
		return "directory/partnerships/list";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("partnership", partnerships.get(id));
		model.addAttribute("agencies", agencyIndex());
		return "directory/partnerships/show";
	}

	private Map<String, AgencyView> agencyIndex() {
		return agencies.tree()
			.stream()
			.collect(Collectors.toMap(AgencyView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

}
