package org.puente.directory.web;

import java.util.List;

import org.puente.directory.AgencyView;
import org.puente.directory.internal.AgencyCatalog;
import org.puente.directory.internal.AgencyCatalog.AgencyForm;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.InvalidInput;
import org.puente.shared.StaleVersion;
import org.puente.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency tree, one agency's names and units, and the forms editors keep them with.
 */
@Controller
@RequestMapping("/directory/agencies")
class AgencyPages {

	static final List<String> KINDS = List.of("MINISTRY", "DEPARTMENT", "DIRECTORATE", "UNIT", "HOSPITAL", "EMBASSY",
			"OTHER");

	private final AgencyCatalog agencies;

	private final MessageSource messages;

	AgencyPages(AgencyCatalog agencies, MessageSource messages) {
		this.agencies = agencies;
		this.messages = messages;
	}

	/** The agency form as the browser sends it. */
	record AgencyFields(String code, String parent, String kind, String country, String namesVi, String namesEs,
			String namesEn, String abbreviations, String alternativeNames, String version) {

		static AgencyFields blank(String parent) {
			return new AgencyFields("", parent == null ? "" : parent, "UNIT", "", "", "", "", "", "", null);
		}

		static AgencyFields of(AgencyView a) {
			return new AgencyFields(a.code(), a.parent(), a.kind(), a.country(), a.names().vi(), a.names().es(),
					a.names().en(), a.abbreviations(), String.join("\n", a.alternativeNames()),
					String.valueOf(a.version()));
		}

		AgencyFields withVersion(long current) {
			return new AgencyFields(code, parent, kind, country, namesVi, namesEs, namesEn, abbreviations,
					alternativeNames, String.valueOf(current));
		}

		AgencyForm toForm() {
			return new AgencyForm(code, parent, kind, country, new AgencyView.Names(namesVi, namesEs, namesEn),
					abbreviations, PagesInput.lines(alternativeNames), PagesInput.number(version));
		}

	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	String tree(Model model) {
		model.addAttribute("tree", agencies.tree());
		return "directory/agencies/list";
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasRole('VIEWER')")
	String show(@PathVariable String code, Model model) {
		AgencyView agency = agencies.get(code);
		List<AgencyView> tree = agencies.tree();
		model.addAttribute("agency", agency);
		model.addAttribute("parentAgency",
				tree.stream().filter(a -> a.code().equals(agency.parent())).findFirst().orElse(null));
		model.addAttribute("children", tree.stream().filter(a -> agency.code().equals(a.parent())).toList());
		model.addAttribute("canEdit", canEdit(CurrentUsers.get(), agency));
		return "directory/agencies/show";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newAgency(@RequestParam(required = false) String parent, Model model) {
		model.addAttribute("form", AgencyFields.blank(parent));
		return form(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView create(@ModelAttribute("form") AgencyFields form, Model model, RedirectAttributes redirect) {
		try {
			AgencyView created = agencies.create(CurrentUsers.get(), form.toForm());
			redirect.addFlashAttribute("notice", "directory.notice.agency.created");
			return new ModelAndView("redirect:/directory/agencies/" + created.code());
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			return new ModelAndView(form(model), model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/{code}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	String edit(@PathVariable String code, Model model) {
		AgencyView agency = editable(code);
		model.addAttribute("agency", agency);
		model.addAttribute("form", AgencyFields.of(agency));
		return form(model);
	}

	@PostMapping("/{code}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView update(@PathVariable String code, @ModelAttribute("form") AgencyFields form, Model model,
			RedirectAttributes redirect) {
		try {
			agencies.update(CurrentUsers.get(), code, form.toForm());
			redirect.addFlashAttribute("notice", "directory.notice.agency.saved");
			return new ModelAndView("redirect:/directory/agencies/" + code);
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			model.addAttribute("agency", agencies.get(code));
			return new ModelAndView(form(model), model.asMap(), HttpStatus.BAD_REQUEST);
		}
		catch (StaleVersion | ObjectOptimisticLockingFailureException ex) {
			AgencyView current = agencies.get(code);
			model.addAttribute("agency", current);
			model.addAttribute("stale", true);
			model.addAttribute("form", form.withVersion(current.version()));
			return new ModelAndView(form(model), model.asMap(), HttpStatus.CONFLICT);
		}
	}

	private String form(Model model) {
		model.addAttribute("tree", agencies.tree());
		model.addAttribute("kinds", KINDS);
		return "directory/agencies/form";
	}

	private AgencyView editable(String code) {
		AgencyView agency = agencies.get(code);
		CurrentUser user = CurrentUsers.get();
		if (!user.has(Role.SYSTEM_ADMIN)) {
			user.requireOwner(new AgencyId(agency.ministry()));
		}
		return agency;
	}

	private static boolean canEdit(CurrentUser user, AgencyView agency) {
		return user.has(Role.SYSTEM_ADMIN) || user.has(Role.EDITOR) && user.ministry().code().equals(agency.ministry());
	}

}
