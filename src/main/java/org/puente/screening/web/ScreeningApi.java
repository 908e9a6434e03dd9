package org.puente.screening.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.puente.screening.internal.BatchChecks;
import org.puente.screening.internal.Screening;
import org.puente.screening.internal.Screening.AskedHit;
import org.puente.screening.internal.Screening.CheckForm;
import org.puente.screening.internal.Screening.CheckResult;
import org.puente.screening.internal.Screening.FollowUpView;
import org.puente.screening.internal.Screening.LogEntry;
import org.puente.screening.internal.Screening.NoticeView;
import org.puente.screening.internal.ScreeningJobs;
import org.puente.screening.internal.Watchlists.RowsRefused;
import org.puente.security.CurrentUsers;
import org.puente.shared.Checks;
import org.puente.shared.PageResponse;
import org.puente.web.TableExport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hit/no-hit checks (step 1), the asker's hits and follow-up requests (step 2), the
 * owner's hit notices, batch checks and the query log.
 */
@Tag(name = "Screening checks", description = "Hit/no-hit checks, hit notices, follow-ups and the query log")
@RestController
@RequestMapping("/api/v1/screening")
class ScreeningApi {

	static final List<TableExport.Column<LogEntry>> LOG_CSV = List.of(new TableExport.Column<>("at", LogEntry::at),
			new TableExport.Column<>("actor", LogEntry::actor),
			new TableExport.Column<>("agency", LogEntry::actorAgency),
			new TableExport.Column<>("purpose_category", LogEntry::purposeCategory),
			new TableExport.Column<>("purpose", LogEntry::purpose), new TableExport.Column<>("probe", LogEntry::probe),
			new TableExport.Column<>("result", LogEntry::result), new TableExport.Column<>("hits", LogEntry::hits),
			new TableExport.Column<>("batch", LogEntry::batch),
			new TableExport.Column<>("batch_rows", LogEntry::batchRows));

	private final Screening screening;

	private final BatchChecks batches;

	private final ScreeningJobs jobs;

	private final MessageSource messages;

	ScreeningApi(Screening screening, BatchChecks batches, ScreeningJobs jobs, MessageSource messages) {
		this.screening = screening;
		this.batches = batches;
		this.jobs = jobs;
		this.messages = messages;
	}

	/**
	 * Checks a person or document against the caller's and the partner ministries'
	 * watchlists. A purpose (category and text) is required. The answer is HIT with a
	 * reference, owner ministry and score explanation per hit, or NO_HIT; never the
	 * entry.
	 */
	@PostMapping("/checks")
	@PreAuthorize("hasRole('VIEWER')")
	CheckResult check(@RequestBody CheckForm form) {
		return screening.check(CurrentUsers.get(), form);
	}

	@GetMapping("/hits")
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<AskedHit> hits(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResponse.of(screening.askedHits(CurrentUsers.get(), Paging.of(page, size)));
	}

	@GetMapping("/hits/{reference}")
	@PreAuthorize("hasRole('VIEWER')")
	AskedHit hit(@PathVariable String reference) {
		return screening.askedHit(CurrentUsers.get(), reference);
	}

	/**
	 * Step 2: asks the owner's contact unit for the data behind a hit by opening a
	 * request for information in the exchange (EDITOR); the answer to
	 * {@code exchangeCaseId} comes there.
	 */
	@PostMapping("/hits/{reference}/follow-ups")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<FollowUpView> followUp(@PathVariable String reference, @RequestBody Question body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(screening.requestInformation(CurrentUsers.get(), reference, body.question()));
	}

	/** A follow-up question. */
	record Question(String question) {
	}

	@GetMapping("/notices")
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<NoticeView> notices(@RequestParam(required = false) Boolean open,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(screening.notices(CurrentUsers.get(), Boolean.TRUE.equals(open), Paging.of(page, size)));
	}

	@GetMapping("/notices/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	NoticeView notice(@PathVariable UUID id) {
		return screening.notice(CurrentUsers.get(), id);
	}

	@GetMapping("/log")
	@PreAuthorize("hasRole('VIEWER')")
	PageResponse<LogEntry> log(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Checks checks = new Checks();
		LocalDate f = checks.date("from", from);
		LocalDate t = checks.date("to", to);
		checks.orThrow();
		return PageResponse.of(screening.log(CurrentUsers.get(), f, t, Paging.of(page, size)));
	}

	@GetMapping("/log/export.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<byte[]> logCsv(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Checks checks = new Checks();
		LocalDate f = checks.date("from", from);
		LocalDate t = checks.date("to", to);
		checks.orThrow();
		return TableExport.csv("screening-log", LOG_CSV,
				screening.log(CurrentUsers.get(), f, t, PageRequest.of(0, 100_000)).getContent());
	}

	/**
	 * Starts a batch check of the CSV in the body (columns {@code query_id, full_name,
	 * birth_date, nationality, document_number}); answers 202 with the job to poll.
	 */
	@PostMapping(path = "/batches", consumes = "text/csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<ScreeningJobs.Job> batch(@RequestParam(required = false) String purposeCategory,
			@RequestParam(required = false) String purpose, HttpServletRequest request) throws IOException {
		Path file = Files.createTempFile("puente-batch-", ".csv");
		try (InputStream in = request.getInputStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			ScreeningJobs.Job job = batches.start(CurrentUsers.get(), file, "batch.csv", purposeCategory, purpose);
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.header(HttpHeaders.LOCATION, "/api/v1/screening/jobs/" + job.getId())
				.body(job);
		}
		catch (RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	/** A background job (import or batch) of the caller's ministry and its progress. */
	@GetMapping("/jobs/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ScreeningJobs.Job job(@PathVariable UUID id) {
		return jobs.get(CurrentUsers.get(), id);
	}

	/** The results of a finished batch: hits first. */
	@GetMapping("/batches/{id}/results.csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<Resource> results(@PathVariable UUID id) {
		Path file = batches.results(CurrentUsers.get(), id);
		return ResponseEntity.ok()
			.contentType(TableExport.CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"screening-" + id + ".csv\"")
			.body(new FileSystemResource(file));
	}

	@ExceptionHandler(RowsRefused.class)
	ResponseEntity<ProblemDetail> refused(RowsRefused ex) {
		return ImportProblems.of(ex, messages, LocaleContextHolder.getLocale());
	}

}
