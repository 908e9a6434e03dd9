package org.puente.directory.web;

import java.util.Arrays;
import java.util.Locale;

import org.puente.directory.AgencyView;
import org.puente.directory.AreaView;
import org.puente.directory.internal.Taxonomy;
import org.puente.directory.internal.Taxonomy.AreaForm;
import org.puente.security.CurrentUsers;
import org.puente.shared.InvalidInput;
import org.puente.shared.Language;
import org.puente.shared.NotFound;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cooperation areas taxonomy; administrators add and rename areas. */
@Controller
@RequestMapping("/directory/areas")
class AreaPages {

	private final Taxonomy taxonomy;

	private final MessageSource messages;

	AreaPages(Taxonomy taxonomy, MessageSource messages) {
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	/** The area form as the browser sends it. */
	record AreaFields(String code, String parent, String namesVi, String namesEs, String namesEn, String sortOrder,
			String version) {

		static AreaFields blank() {
			return new AreaFields("", "", "", "", "", "", null);
		}

		static AreaFields of(AreaView a) {
			return new AreaFields(a.code(), a.parent(), a.names().vi(), a.names().es(), a.names().en(),
					String.valueOf(a.sortOrder()), String.valueOf(a.version()));
		}

		AreaFields withVersion(long current) {
			return new AreaFields(code, parent, namesVi, namesEs, namesEn, sortOrder, String.valueOf(current));
		}

		AreaForm toForm() {
			return new AreaForm(code, parent, new AgencyView.Names(namesVi, namesEs, namesEn),
					PagesInput.integer("sortOrder", sortOrder), PagesInput.number(version));
		}

	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	String all(Model model, Locale locale) {
		model.addAttribute("areas", taxonomy.all());
		// The UI language's name comes first; the other two follow for comparison.
		model.addAttribute("others",
				Arrays.stream(Language.values())
					.map(Language::code)
					.filter(c -> !c.equals(locale.getLanguage()))
					.toList());
		return "directory/areas/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newArea(Model model) {
		model.addAttribute("form", AreaFields.blank());
		return form(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView create(@ModelAttribute("form") AreaFields form, Model model, RedirectAttributes redirect) {
		try {
			taxonomy.create(CurrentUsers.get(), form.toForm());
			redirect.addFlashAttribute("notice", "directory.notice.area.created");
			return new ModelAndView("redirect:/directory/areas");
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			return new ModelAndView(form(model), model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/{code}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable String code, Model model) {
		AreaView area = find(code);
		model.addAttribute("area", area);
		model.addAttribute("form", AreaFields.of(area));
		return form(model);
	}

	@PostMapping("/{code}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView update(@PathVariable String code, @ModelAttribute("form") AreaFields form, Model model,
			RedirectAttributes redirect) {
		try {
			taxonomy.update(CurrentUsers.get(), code, form.toForm());
			redirect.addFlashAttribute("notice", "directory.notice.area.saved");
			return new ModelAndView("redirect:/directory/areas");
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			model.addAttribute("area", find(code));
			return new ModelAndView(form(model), model.asMap(), HttpStatus.BAD_REQUEST);
		}
		catch (StaleVersion | ObjectOptimisticLockingFailureException ex) {
			AreaView current = find(code);
			model.addAttribute("area", current);
			model.addAttribute("stale", true);
			model.addAttribute("form", form.withVersion(current.version()));
			return new ModelAndView(form(model), model.asMap(), HttpStatus.CONFLICT);
		}
	}

	private String form(Model model) {
		model.addAttribute("areas", taxonomy.all());
		return "directory/areas/form";
	}

	private AreaView find(String code) {
		return taxonomy.all()
			.stream()
			.filter(a -> a.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFound("area", code));
	}

}
