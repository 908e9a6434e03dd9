package org.puente.directory.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.puente.directory.AgencyView;
import org.puente.directory.PersonSummary;
import org.puente.directory.PersonView;
import org.puente.directory.internal.AgencyCatalog;
import org.puente.directory.internal.PersonDirectory;
import org.puente.directory.internal.PersonDirectory.ClaimForm;
import org.puente.directory.internal.PersonDirectory.PersonForm;
import org.puente.directory.internal.PersonDirectory.RoleForm;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.Classification;
import org.puente.shared.InvalidInput;
import org.puente.shared.StaleVersion;
import org.puente.web.FormErrors;
import org.puente.web.TableExport;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * The people pages: search (and its download), a person's record with every source's
 * claims, and the forms editors use to change it. The service decides who may do what;
 * the pages only hide what a user could not do anyway.
 */
@Controller
@RequestMapping("/directory/people")
class PeoplePages {

	static final List<String> ATTRIBUTES = List.of("RANK", "POSITION", "TITLE");

	/** The most people one download holds. */
	static final int EXPORT_MAX = 10_000;

	private final PersonDirectory people;

	private final AgencyCatalog agencies;

	private final MessageSource messages;

	PeoplePages(PersonDirectory people, AgencyCatalog agencies, MessageSource messages) {
		this.people = people;
		this.agencies = agencies;
		this.messages = messages;
	}

	/** The person form as the browser sends it: every field as typed. */
	record PersonFields(String fullName, String country, String classification, String notes, String variants,
			String version) {

		static PersonFields blank() {
			return new PersonFields("", "", Classification.UNCLASSIFIED.name(), "", "", null);
		}

		static PersonFields of(PersonView p) {
			return new PersonFields(p.fullName(), p.country(), p.classification().name(), p.notes(),
					p.variants().stream().map(PersonView.Variant::name).collect(Collectors.joining("\n")),
					String.valueOf(p.version()));
		}

		PersonFields withVersion(long current) {
			return new PersonFields(fullName, country, classification, notes, variants, String.valueOf(current));
		}

		PersonForm toForm() {
			Classification marking = Arrays.stream(Classification.values())
				.filter(c -> c.name().equals(classification))
				.findFirst()
				.orElse(null);
			return new PersonForm(fullName, country, marking, notes, PagesInput.lines(variants),
					PagesInput.number(version));
		}

	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	String list(@RequestParam(required = false) String q,
			@PageableDefault(size = 20, sort = "fullName", direction = Sort.Direction.ASC) Pageable pageable,
			Model model) {
		Page<PersonSummary> page = people.find(CurrentUsers.get(), q, Pages.capped(pageable));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("page", page);
		return "directory/people/list";
	}

	/** The people of the current search, every one of them, as CSV. */
	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) String q, Locale locale) {
		return TableExport.csv("people", exportColumns(locale), exported(q));
	}

	/** The people of the current search, every one of them, as XLSX. */
	@GetMapping("/export.xlsx")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String q, Locale locale) {
		return TableExport.xlsx("people", messages.getMessage("feeds.sheet.people", null, locale),
				exportColumns(locale), exported(q));
	}

	private List<PersonSummary> exported(String q) {
		return people.find(CurrentUsers.get(), q, PageRequest.of(0, EXPORT_MAX, Sort.by("fullName"))).getContent();
	}

	/** The columns of a people download, headed in the user's language. */
	private List<TableExport.Column<PersonSummary>> exportColumns(Locale locale) {
		Function<String, String> header = key -> messages.getMessage("feeds.column." + key, null, locale);
		return List.of(new TableExport.Column<>(header.apply("id"), PersonSummary::id),
				new TableExport.Column<>(header.apply("full_name"), PersonSummary::fullName),
				new TableExport.Column<>(header.apply("country"), p -> countryName(p.country(), locale)),
				new TableExport.Column<>(header.apply("rank"), PersonSummary::currentRank),
				new TableExport.Column<>(header.apply("position"), PersonSummary::currentPosition));
	}

	private static String countryName(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
			return name.isBlank() ? code : name;
		}
		catch (java.util.IllformedLocaleException ex) {
			return code; // not a region code: show it as recorded
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	String show(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUsers.get();
		PersonView person = people.get(user, id);
		Map<String, List<PersonView.Claim>> claims = new LinkedHashMap<>();
		ATTRIBUTES.forEach(a -> claims.put(a, person.claims().stream().filter(c -> c.attribute().equals(a)).toList()));
		model.addAttribute("person", person);
		model.addAttribute("claimsByAttribute", claims);
		model.addAttribute("rankAlternatives", alternatives(person, "RANK", person.currentRank()));
		model.addAttribute("positionAlternatives", alternatives(person, "POSITION", person.currentPosition()));
		model.addAttribute("agencies", agencyIndex());
		model.addAttribute("canEdit", canEdit(user, person));
		return "directory/people/show";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newPerson(Model model) {
		model.addAttribute("form", PersonFields.blank());
		return "directory/people/form";
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView create(@ModelAttribute("form") PersonFields form, Model model, RedirectAttributes redirect) {
		try {
			PersonView created = people.create(CurrentUsers.get(), form.toForm());
			redirect.addFlashAttribute("notice", "directory.notice.person.created");
			return new ModelAndView("redirect:/directory/people/" + created.id());
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			return new ModelAndView("directory/people/form", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	String edit(@PathVariable UUID id, Model model) {
		PersonView person = editable(id);
		model.addAttribute("person", person);
		model.addAttribute("form", PersonFields.of(person));
		return "directory/people/form";
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView update(@PathVariable UUID id, @ModelAttribute("form") PersonFields form, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			people.update(user, id, form.toForm());
			redirect.addFlashAttribute("notice", "directory.notice.person.saved");
			return new ModelAndView("redirect:/directory/people/" + id);
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			model.addAttribute("person", people.get(user, id));
			return new ModelAndView("directory/people/form", model.asMap(), HttpStatus.BAD_REQUEST);
		}
		catch (StaleVersion | ObjectOptimisticLockingFailureException ex) {
			// Keep what the user typed; show what is stored now; the next save is a
			// deliberate overwrite.
			PersonView current = people.get(user, id);
			model.addAttribute("person", current);
			model.addAttribute("stale", true);
			model.addAttribute("form", form.withVersion(current.version()));
			return new ModelAndView("directory/people/form", model.asMap(), HttpStatus.CONFLICT);
		}
	}

	@GetMapping("/{id}/roles/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newRole(@PathVariable UUID id, Model model) {
		model.addAttribute("person", editable(id));
		model.addAttribute("form", new RoleForm("", "", "", "", "", ""));
		model.addAttribute("tree", agencies.tree());
		return "directory/people/role-form";
	}

	@PostMapping("/{id}/roles/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView addRole(@PathVariable UUID id, @ModelAttribute("form") RoleForm form, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			people.addRole(user, id, form);
			redirect.addFlashAttribute("notice", "directory.notice.role.added");
			return new ModelAndView("redirect:/directory/people/" + id);
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			model.addAttribute("person", people.get(user, id));
			model.addAttribute("tree", agencies.tree());
			return new ModelAndView("directory/people/role-form", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/{id}/claims/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newClaim(@PathVariable UUID id, Model model) {
		model.addAttribute("person", editable(id));
		model.addAttribute("form", new ClaimForm("RANK", "", "", ""));
		model.addAttribute("attributes", ATTRIBUTES);
		return "directory/people/claim-form";
	}

	@PostMapping("/{id}/claims/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView addClaim(@PathVariable UUID id, @ModelAttribute("form") ClaimForm form, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			people.addClaim(user, id, form);
			redirect.addFlashAttribute("notice", "directory.notice.claim.added");
			return new ModelAndView("redirect:/directory/people/" + id);
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			model.addAttribute("person", people.get(user, id));
			model.addAttribute("attributes", ATTRIBUTES);
			return new ModelAndView("directory/people/claim-form", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping("/{id}/claims/{claimId}/preferred")
	@PreAuthorize("hasRole('EDITOR')")
	String prefer(@PathVariable UUID id, @PathVariable UUID claimId, RedirectAttributes redirect) {
		people.prefer(CurrentUsers.get(), id, claimId);
		redirect.addFlashAttribute("notice", "directory.notice.claim.preferred");
		return "redirect:/directory/people/" + id;
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String confirmDelete(@PathVariable UUID id, Model model) {
		model.addAttribute("person", editable(id));
		return "directory/people/delete";
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		people.delete(CurrentUsers.get(), id);
		redirect.addFlashAttribute("notice", "directory.notice.person.deleted");
		return "redirect:/directory/people";
	}

	/** Fails early, before the user types anything, when they could not save it. */
	private PersonView editable(UUID id) {
		CurrentUser user = CurrentUsers.get();
		PersonView person = people.get(user, id);
		user.requireOwner(new AgencyId(person.ownerAgency()));
		return person;
	}

	private static boolean canEdit(CurrentUser user, PersonView person) {
		return user.has(Role.EDITOR) && user.ministry().code().equals(person.ownerAgency());
	}

	/**
	 * The other values sources report for an attribute, each with the sources saying it.
	 */
	private static Map<String, List<String>> alternatives(PersonView person, String attribute, String current) {
		return person.claims()
			.stream()
			.filter(c -> c.attribute().equals(attribute) && !c.value().equals(current))
			.collect(Collectors.groupingBy(PersonView.Claim::value, LinkedHashMap::new,
					Collectors.mapping(PersonView.Claim::source, Collectors.toList())));
	}

	private Map<String, AgencyView> agencyIndex() {
		return agencies.tree()
			.stream()
			.collect(Collectors.toMap(AgencyView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

}
