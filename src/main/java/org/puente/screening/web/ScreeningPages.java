package org.puente.screening.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.puente.screening.PurposeCategory;
import org.puente.screening.internal.BatchChecks;
import org.puente.screening.internal.CsvRows;
import org.puente.screening.internal.Screening;
import org.puente.screening.internal.Screening.CheckForm;
import org.puente.screening.internal.ScreeningAccess;
import org.puente.screening.internal.ScreeningJobs;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.Checks;
import org.puente.shared.InvalidInput;
import org.puente.web.Countries;
import org.puente.web.FormErrors;
import org.puente.web.TableExport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
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

/**
 * The screening pages of the asking side (check a person or document, batch checks, the
 * hits and their follow-ups, the query log) and of the owning side (hit notices and
 * answers).
 */
@Controller
@RequestMapping("/screening")
class ScreeningPages {

	private final Screening screening;

	private final BatchChecks batches;

	private final ScreeningJobs jobs;

	private final ScreeningAccess access;

	private final MessageSource messages;

	ScreeningPages(Screening screening, BatchChecks batches, ScreeningJobs jobs, ScreeningAccess access,
			MessageSource messages) {
		this.screening = screening;
		this.batches = batches;
		this.jobs = jobs;
		this.access = access;
		this.messages = messages;
	}

	/** What the check form sends. */
	record CheckPageForm(String name, String otherName, String birthDate, String nationality, String documentNumber,
			String purposeCategory, String purpose) {

		CheckForm toForm() {
			List<String> names = new ArrayList<>();
			if (name != null && !name.isBlank()) {
				names.add(name);
			}
			if (otherName != null && !otherName.isBlank()) {
				names.add(otherName);
			}
			return new CheckForm(names, birthDate, nationality, documentNumber, purposeCategory, purpose);
		}

		static CheckPageForm empty() {
			return new CheckPageForm(null, null, null, null, null, null, null);
		}

	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	String checkPage(Model model) {
		access.requireChecker(CurrentUsers.get());
		return check(model, CheckPageForm.empty());
	}

	@PostMapping("/check")
	@PreAuthorize("hasRole('VIEWER')")
	String check(CheckPageForm form, Model model) {
		try {
			model.addAttribute("result", screening.check(CurrentUsers.get(), form.toForm()));
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
		}
		return check(model, form);
	}

	private String check(Model model, CheckPageForm form) {
		model.addAttribute("form", form);
		model.addAttribute("purposes", PurposeCategory.values());
		model.addAttribute("countries", Countries.names(LocaleContextHolder.getLocale()));
		model.addAttribute("partners", access.screenedOwners(CurrentUsers.get()));
		return "screening/check";
	}

	@GetMapping("/hits")
	@PreAuthorize("hasRole('VIEWER')")
	String hits(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", screening.askedHits(CurrentUsers.get(), PageRequest.of(Math.max(page, 0), 50)));
		return "screening/hits";
	}

	@GetMapping("/hits/{reference}")
	@PreAuthorize("hasRole('VIEWER')")
	String hit(@PathVariable String reference, Model model) {
		model.addAttribute("hit", screening.askedHit(CurrentUsers.get(), reference));
		return "screening/hit";
	}

	/** Step 2 from a hit: the request for information to the owning unit. */
	@PostMapping("/hits/{reference}/follow-ups")
	@PreAuthorize("hasRole('VIEWER')")
	String followUp(@PathVariable String reference, @RequestParam(required = false) String question, Model model) {
		Screening.FollowUpView sent;
		try {
			sent = screening.requestInformation(CurrentUsers.get(), reference, question);
		}
		catch (InvalidInput ex) {
			FormErrors.add(model, messages, ex);
			model.addAttribute("question", question);
			return hit(reference, model);
		}
		return "redirect:/exchange/cases/" + sent.exchangeCaseId();
	}

	@GetMapping("/batches")
	@PreAuthorize("hasRole('VIEWER')")
	String batchPage(Model model) {
		access.requireChecker(CurrentUsers.get());
		model.addAttribute("purposes", PurposeCategory.values());
		model.addAttribute("jobs", jobs.list(CurrentUsers.get(), "BATCH"));
		return "screening/batches";
	}

	@PostMapping("/batches")
	@PreAuthorize("hasRole('VIEWER')")
	String batch(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String purposeCategory, @RequestParam(required = false) String purpose,
			Model model) throws IOException {
		Path temp = null;
		try {
			if (file != null && !file.isEmpty()) {
				temp = Files.createTempFile("puente-batch-", ".csv");
				file.transferTo(temp);
			}
			ScreeningJobs.Job job = batches.start(CurrentUsers.get(), temp, name(file), purposeCategory, purpose);
			return "redirect:/screening/jobs/" + job.getId();
		}
		catch (InvalidInput ex) {
			if (temp != null) {
				Files.deleteIfExists(temp);
			}
			FormErrors.add(model, messages, ex);
			model.addAttribute("purposeCategory", purposeCategory);
			model.addAttribute("purpose", purpose);
			return batchPage(model);
		}
	}

	static String name(MultipartFile file) {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			return null;
		}
		String n = file.getOriginalFilename();
		return n.length() > 200 ? n.substring(0, 200) : n;
	}

	/**
	 * A background job (batch check or import) and its progress; polled while it runs.
	 */
	@GetMapping("/jobs/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	String job(@PathVariable UUID id, Model model) throws IOException {
		ScreeningJobs.Job job = jobs.get(CurrentUsers.get(), id);
		model.addAttribute("job", job);
		return "screening/job";
	}

	@GetMapping("/jobs/{id}/progress")
	@PreAuthorize("hasRole('VIEWER')")
	String progress(@PathVariable UUID id, Model model, jakarta.servlet.http.HttpServletResponse response)
			throws IOException {
		ScreeningJobs.Job job = jobs.get(CurrentUsers.get(), id);
		if (!job.isRunning()) {
			// The whole page shows the outcome (results or refused rows).
			response.setHeader("HX-Redirect", "/screening/jobs/" + id);
		}
		model.addAttribute("job", job);
		return "screening/parts :: progress";
	}

	@GetMapping("/batches/{id}/results.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<org.springframework.core.io.Resource> results(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(TableExport.CSV)
			.header("Content-Disposition", "attachment; filename=\"screening-" + id + ".csv\"")
			.body(new org.springframework.core.io.FileSystemResource(batches.results(CurrentUsers.get(), id)));
	}

	@GetMapping("/notices")
	@PreAuthorize("hasRole('VIEWER')")
	String notices(@RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("open", open);
		model.addAttribute("page", screening.notices(CurrentUsers.get(), open, PageRequest.of(Math.max(page, 0), 50)));
		return "screening/notices";
	}

	@GetMapping("/notices/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	String notice(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("notice", screening.notice(user, id));
		return "screening/notice";
	}

	@GetMapping("/log")
	@PreAuthorize("hasRole('VIEWER')")
	String log(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Checks checks = new Checks();
		LocalDate f = checks.date("from", from);
		LocalDate t = checks.date("to", to);
		checks.orThrow();
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("retention", screening.retentionDays());
		model.addAttribute("page", screening.log(CurrentUsers.get(), f, t, PageRequest.of(Math.max(page, 0), 50)));
		return "screening/log";
	}

	@GetMapping("/log/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> logCsv(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Checks checks = new Checks();
		LocalDate f = checks.date("from", from);
		LocalDate t = checks.date("to", to);
		checks.orThrow();
		var locale = LocaleContextHolder.getLocale();
		List<TableExport.Column<Screening.LogEntry>> columns = ScreeningApi.LOG_CSV.stream()
			.map(c -> new TableExport.Column<>(
					messages.getMessage("screening.log.column." + c.header(), null, c.header(), locale), c.value()))
			.toList();
		return TableExport.csv("screening-log", columns,
				screening.log(CurrentUsers.get(), f, t, PageRequest.of(0, 100_000)).getContent());
	}

}
