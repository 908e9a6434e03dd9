package org.puente.screening.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.puente.screening.DocumentStatus;
import org.puente.screening.DocumentType;
import org.puente.screening.HandlingCode;
import org.puente.screening.PersonCategory;
import org.puente.screening.internal.ScreeningAccess;
import org.puente.screening.internal.ScreeningJobs;
import org.puente.screening.internal.WatchlistImport;
import org.puente.screening.internal.Watchlists;
import org.puente.screening.internal.Watchlists.DocumentForm;
import org.puente.screening.internal.Watchlists.PersonFilter;
import org.puente.screening.internal.Watchlists.PersonForm;
import org.puente.screening.internal.Watchlists.PersonView;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.security.Role;
import org.puente.shared.AgencyLookup;
import org.puente.shared.InvalidInput;
import org.puente.shared.StaleVersion;
import org.puente.web.Countries;
import org.puente.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owning ministry's watchlist pages: persons, documents, import and export. */
@Controller
@RequestMapping("/screening/watchlist")
class WatchlistPages {

	private final Watchlists watchlists;

	private final WatchlistImport imports;

	private final ScreeningJobs jobs;

	private final ScreeningAccess access;

	private final AgencyLookup agencies;

	private final MessageSource messages;

	WatchlistPages(Watchlists watchlists, WatchlistImport imports, ScreeningJobs jobs, ScreeningAccess access,
			AgencyLookup agencies, MessageSource messages) {
		this.watchlists = watchlists;
		this.imports = imports;
		this.jobs = jobs;
		this.access = access;
		this.agencies = agencies;
		this.messages = messages;
	}

	/**
	 * The person form as the page sends it: lists one value a line (or comma-separated).
	 */
	record PersonPageForm(String fullName, String aliases, String birthDate, String sex, String nationalities,
			String documents, String category, String legalBasis, String validFrom, String validUntil,
			String handlingCode, String contactUnit, Long version) {

		PersonForm toForm() {
			return new PersonForm(fullName, lines(aliases), birthDate, sex, split(nationalities), lines(documents),
					category, legalBasis, validFrom, validUntil, handlingCode, contactUnit, version);
		}

		static PersonPageForm of(PersonView p) {
			return new PersonPageForm(p.fullName(), String.join("\n", p.aliases()), p.birthDate(), p.sex(),
					String.join(", ", p.nationalities()), String.join("\n", p.documents()), p.category(),
					p.legalBasis(), p.validFrom() == null ? null : p.validFrom().toString(),
					p.validUntil() == null ? null : p.validUntil().toString(), p.handlingCode(), p.contactUnit(),
					p.version());
		}

		static PersonPageForm empty() {
			return new PersonPageForm(null, null, null, null, null, null, null, null, null, null, "H1", null, null);
		}

	}

	/** A choice of a dropdown: its value and what the user reads. */
	record Option(String value, String label) {
	}

	static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).toList();
	}

	static List<String> split(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).map(String::strip).toList();
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	String persons(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(defaultValue = "false") boolean deleted, @RequestParam(defaultValue = "0") int page,
			Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("page", watchlists.persons(user, new PersonFilter(q, category, deleted),
				PageRequest.of(Math.max(page, 0), 50)));
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("deleted", deleted);
		model.addAttribute("categories", PersonCategory.values());
		model.addAttribute("mayEdit", user.has(Role.EDITOR));
		model.addAttribute("today", java.time.LocalDate.now());
		return "screening/persons";
	}

	@GetMapping("/persons/new")
	@PreAuthorize("hasRole('EDITOR')")
	String newPerson(Model model) {
		access.requireWatchlistEditor(CurrentUsers.get());
		return personForm(model, PersonPageForm.empty(), null);
	}

	@PostMapping("/persons")
	@PreAuthorize("hasRole('EDITOR')")
	String createPerson(PersonPageForm form, Model model, RedirectAttributes redirect) {
		try {
			PersonView p = watchlists.createPerson(CurrentUsers.get(), form.toForm());
			redirect.addFlashAttribute("notice", "screening.saved");
			return "redirect:/screening/watchlist/persons/" + p.id();
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			return personForm(model, form, null);
		}
	}

	@GetMapping("/persons/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	String person(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUsers.get();
		PersonView p = watchlists.person(user, id);
		model.addAttribute("person", p);
		model.addAttribute("valid", p.validOn(java.time.LocalDate.now()));
		model.addAttribute("mayEdit", user.has(Role.EDITOR) && !p.deleted());
		model.addAttribute("mayRestore", user.has(Role.ADMIN) && p.deleted());
		model.addAttribute("countries", Countries.names(LocaleContextHolder.getLocale()));
		return "screening/person";
	}

	@GetMapping("/persons/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	String editPerson(@PathVariable UUID id, Model model) {
		access.requireWatchlistEditor(CurrentUsers.get());
		return personForm(model, PersonPageForm.of(watchlists.person(CurrentUsers.get(), id)), id);
	}

	@PostMapping("/persons/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	String updatePerson(@PathVariable UUID id, PersonPageForm form, Model model, RedirectAttributes redirect) {
		try {
			watchlists.updatePerson(CurrentUsers.get(), id, form.toForm());
			redirect.addFlashAttribute("notice", "screening.saved");
			return "redirect:/screening/watchlist/persons/" + id;
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			return personForm(model, form, id);
		}
		catch (StaleVersion ex) {
			model.addAttribute("stale", true);
			return personForm(model, form, id);
		}
	}

	@PostMapping("/persons/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String deletePerson(@PathVariable UUID id, RedirectAttributes redirect) {
		watchlists.deletePerson(CurrentUsers.get(), id);
		redirect.addFlashAttribute("notice", "screening.deleted");
		return "redirect:/screening/watchlist";
	}

	@PostMapping("/persons/{id}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	String restorePerson(@PathVariable UUID id, RedirectAttributes redirect) {
		watchlists.restorePerson(CurrentUsers.get(), id);
		redirect.addFlashAttribute("notice", "screening.restored");
		return "redirect:/screening/watchlist/persons/" + id;
	}

	private String personForm(Model model, PersonPageForm form, UUID id) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("categories", PersonCategory.values());
		model.addAttribute("handlingCodes", HandlingCode.values());
		model.addAttribute("units",
				agencies.within(user.ministry())
					.stream()
					.map(a -> new Option(a.code(), a.code() + agencies.find(a).map(r -> " – " + r.name()).orElse("")))
					.toList());
		return "screening/person-form";
	}

	@GetMapping("/documents")
	@PreAuthorize("hasRole('VIEWER')")
	String documents(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("page", watchlists.documents(user, q, false, PageRequest.of(Math.max(page, 0), 50)));
		model.addAttribute("q", q);
		model.addAttribute("mayEdit", user.has(Role.EDITOR));
		return documentForm(model, new DocumentForm(null, null, null, null, null, null, null));
	}

	@PostMapping("/documents")
	@PreAuthorize("hasRole('EDITOR')")
	String createDocument(DocumentForm form, Model model, RedirectAttributes redirect) {
		try {
			watchlists.createDocument(CurrentUsers.get(), form);
			redirect.addFlashAttribute("notice", "screening.saved");
			return "redirect:/screening/watchlist/documents";
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			CurrentUser user = CurrentUsers.get();
			model.addAttribute("page", watchlists.documents(user, null, false, PageRequest.of(0, 50)));
			model.addAttribute("mayEdit", true);
			return documentForm(model, form);
		}
	}

	@PostMapping("/documents/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	String deleteDocument(@PathVariable UUID id, RedirectAttributes redirect) {
		watchlists.deleteDocument(CurrentUsers.get(), id);
		redirect.addFlashAttribute("notice", "screening.deleted");
		return "redirect:/screening/watchlist/documents";
	}

	private String documentForm(Model model, DocumentForm form) {
		model.addAttribute("form", form);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("countries", Countries.names(LocaleContextHolder.getLocale()));
		return "screening/documents";
	}

	@GetMapping("/import")
	@PreAuthorize("hasRole('EDITOR')")
	String importPage(Model model) {
		CurrentUser user = CurrentUsers.get();
		access.requireWatchlistEditor(user);
		List<ScreeningJobs.Job> recent = new java.util.ArrayList<>(jobs.list(user, "IMPORT_PERSONS"));
		recent.addAll(jobs.list(user, "IMPORT_DOCUMENTS"));
		model.addAttribute("jobs", recent);
		return "screening/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasRole('EDITOR')")
	String startImport(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
			Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInput("file", "required");
			}
			if (!"persons".equals(kind) && !"documents".equals(kind)) {
				throw new InvalidInput("kind", "invalid.choice");
			}
			Path temp = Files.createTempFile("puente-import-", ".tmp");
			file.transferTo(temp);
			String name = ScreeningPages.name(file);
			ScreeningJobs.Job job = imports.start(CurrentUsers.get(), kind, temp, name,
					WatchlistImport.Format.of(name, file.getContentType()));
			return "redirect:/screening/jobs/" + job.getId();
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			return importPage(model);
		}
	}

}
