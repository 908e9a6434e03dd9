package org.puente.search.web;

import org.puente.search.SearchIndexes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search index page for system administrators: rebuild the index from the database
 * and watch it go; the page polls the progress while the rebuild runs.
 */
@Controller
@RequestMapping("/admin/search")
class SearchAdminPages {

	private final SearchIndexes indexes;

	SearchAdminPages(SearchIndexes indexes) {
		this.indexes = indexes;
	}

	@GetMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String page(Model model) {
		indexes.progress().ifPresent(p -> model.addAttribute("progress", p));
		return "admin/search";
	}

	/** Just the progress panel, for the page's polling. */
	@GetMapping("/progress")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String progress(Model model) {
		indexes.progress().ifPresent(p -> model.addAttribute("progress", p));
		return "admin/search :: progress";
	}

	@PostMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String rebuild(RedirectAttributes redirect) {
		try {
			indexes.start();
		}
		catch (SearchIndexes.AlreadyRunning ex) {
			redirect.addFlashAttribute("notice", "admin.search.running");
		}
		return "redirect:/admin/search";
	}

}
