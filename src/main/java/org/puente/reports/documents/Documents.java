package org.puente.reports.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.directory.DirectoryLookup;
import org.puente.registry.BriefingData;
import org.puente.registry.PartnershipFigures;
import org.puente.registry.DocumentEntries.Commitment;
import org.puente.registry.RegistryDocuments;
import org.puente.registry.ReviewReportData;
import org.puente.registry.TalksRecordData;
import org.puente.security.AuditLog;
import org.puente.security.CurrentUser;
import org.puente.shared.Checks;
import org.puente.shared.Classification;
import org.puente.shared.Language;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three printed documents: a briefing pack before an engagement, an implementation
 * review report of an agreement over a period, and a record of talks after an engagement.
 * Each is made in the reader's language, marked with the chosen (or the included records'
 * higher) classification, and its generation is audited.
 */
@Service
public class Documents {

	/** The longest text of points a desk officer may add to a briefing. */
	public static final int MAX_NOTES = 4000;

	/** The longest period a review report covers, in years. */
	public static final int MAX_YEARS = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RegistryDocuments registry;

	private final DirectoryLookup directory;

	private final PdfRenderer renderer;

	private final AuditLog audit;

	private final MessageSource messages;

	Documents(RegistryDocuments registry, DirectoryLookup directory, PdfRenderer renderer, AuditLog audit,
			MessageSource messages) {
		this.registry = registry;
		this.directory = directory;
		this.renderer = renderer;
		this.audit = audit;
		this.messages = messages;
	}

	/** A generated document and the name it is saved under. */
	public record Pdf(byte[] bytes, String fileName) {
	}

	/**
	 * What the briefing form asks: the reader's language, the desk officer's points (one
	 * a line) and the marking.
	 */
	public record BriefingRequest(String language, String notes, String classification) {
	}

	/** What the review report form asks: the period, language and marking. */
	public record ReviewRequest(String from, String to, String language, String classification) {
	}

	/** What the record of talks form asks: language and marking. */
	public record TalksRequest(String language, String classification) {
	}

	/** The choices a request made, checked. */
	record Choices(Language language, Classification marking) {
	}

	@Transactional
	public Pdf briefing(CurrentUser user, UUID engagement, BriefingRequest request, String defaultLanguage) {
		Checks checks = new Checks();
		Choices choices = choices(checks, user, request.language(), request.classification(), defaultLanguage);
		checks.optional("notes", request.notes(), MAX_NOTES);
		checks.orThrow();
		String lang = choices.language().code();
		BriefingData data = registry.briefing(user, engagement, lang);
		Classification marking = higher(choices.marking(), data.marking());
		Map<String, Object> model = model(user, choices.language(), marking, "reports.briefing.title");
		model.put("doc", data);
		model.put("notes", lines(request.notes()));
		Map<String, List<Commitment>> byArea = new LinkedHashMap<>();
		data.openCommitments()
			.forEach(c -> byArea
				.computeIfAbsent(c.areas().isEmpty() ? "" : c.areas().get(0), a -> new java.util.ArrayList<>())
				.add(c));
		model.put("byArea", byArea);
		figures(model, registry.figures(user, engagement, lang, LocalDate.now()), choices.language().locale());
		byte[] pdf = renderer.pdf("reports/briefing", choices.language().locale(), model);
		audited("Engagement", engagement, "briefing", choices.language(), marking, Map.of());
		return new Pdf(pdf, "briefing-" + data.engagement().startDate() + "-" + lang + ".pdf");
	}

	/** Colours of the figures' categories, as on the dashboard. */
	static final Map<String, String> FIGURE_COLOURS = Map.of("MINISTERIAL", "#0b4f6c", "DEPUTY", "#5694ca", "WORKING",
			"#b1b4b6", "PLANNED", "#b1b4b6", "ONGOING", "#1d70b8", "DONE", "#00703c");

	/**
	 * The dashboard's engagements-per-year-by-level and activities-by-area charts, as
	 * images with their numbers, for the briefing.
	 */
	private void figures(Map<String, Object> model, PartnershipFigures figures, java.util.Locale locale) {
		String noArea = messages.getMessage("overview.no.area", null, locale);
		PartnershipFigures.Series activities = new PartnershipFigures.Series(figures.activitiesByArea().categories(),
				figures.activitiesByArea()
					.bars()
					.stream()
					.map(b -> new PartnershipFigures.Bar(b.label().isEmpty() ? noArea : b.label(), b.counts()))
					.toList());
		model.put("levels", figures.engagementsByLevel());
		model.put("activityFigures", activities);
		model.put("figureColours", FIGURE_COLOURS);
		model.put("levelChart", chart(figures.engagementsByLevel()));
		model.put("activityChart", chart(activities));
	}

	private static String chart(PartnershipFigures.Series series) {
		return series.empty() ? null : ProgressChart.dataUri(
				series.bars().stream().map(PartnershipFigures.Bar::label).toList(),
				series.bars().stream().<Map<String, ? extends Number>>map(PartnershipFigures.Bar::counts).toList(),
				series.categories(), FIGURE_COLOURS);
	}

	@Transactional
	public Pdf reviewReport(CurrentUser user, UUID agreement, ReviewRequest request, String defaultLanguage) {
		Checks checks = new Checks();
		Choices choices = choices(checks, user, request.language(), request.classification(), defaultLanguage);
		if (request.from() == null || request.from().isBlank()) {
			checks.fail("from", "required");
		}
		if (request.to() == null || request.to().isBlank()) {
			checks.fail("to", "required");
		}
		LocalDate from = checks.date("from", request.from());
		LocalDate to = checks.date("to", request.to());
		checks.order("to", from, to);
		if (from != null && to != null && ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
			checks.fail("from", "invalid.value");
		}
		checks.orThrow();
		String lang = choices.language().code();
		ReviewReportData data = registry.reviewReport(user, agreement, lang);
		Locale locale = choices.language().locale();
		Map<String, Object> model = model(user, choices.language(), choices.marking(), "reports.review.title");
		model.put("doc", data);
		model.put("from", from);
		model.put("to", to);
		List<Commitment> recorded = data.commitments().stream().filter(c -> c.statusOn(to) != null).toList();
		model.put("atEnd", Progress.byStatus(recorded, to));
		model.put("byArea", Progress.byAreaAndStatus(recorded, to));
		model.put("moves", Progress.moves(recorded, from, to));
		model.put("overdue", Progress.overdue(recorded, to));
		model.put("activities",
				data.activities()
					.stream()
					.filter(a -> a.startDate() != null && !a.startDate().isAfter(to)
							&& !(a.endDate() != null ? a.endDate() : a.startDate()).isBefore(from))
					.toList());
		model.put("reviews",
				data.reviews().stream().filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to)).toList());
		model.put("previousReview",
				data.reviews().stream().filter(r -> r.date().isBefore(from)).reduce((a, b) -> b).orElse(null));
		List<Progress.Bar> bars = Progress.bars(recorded, Progress.periods(from, to));
		model.put("bars", bars);
		model.put("chart", ProgressChart.dataUri(bars, p -> periodLabel(p, locale)));
		model.put("periodLabels", bars.stream().map(b -> periodLabel(b.period(), locale)).toList());
		model.put("colours", ProgressChart.COLOURS);
		byte[] pdf = renderer.pdf("reports/review-report", locale, model);
		audited("Agreement", agreement, "review-report", choices.language(), choices.marking(),
				Map.of("from", from.toString(), "to", to.toString()));
		return new Pdf(pdf, "review-report-" + from + "-" + to + "-" + lang + ".pdf");
	}

	@Transactional
	public Pdf talksRecord(CurrentUser user, UUID engagement, TalksRequest request, String defaultLanguage) {
		Checks checks = new Checks();
		Choices choices = choices(checks, user, request.language(), request.classification(), defaultLanguage);
		checks.orThrow();
		String lang = choices.language().code();
		TalksRecordData data = registry.talksRecord(user, engagement, lang);
		Map<String, Object> model = model(user, choices.language(), choices.marking(), "reports.talks.title");
		model.put("doc", data);
		model.put("bothSides", data.made().stream().filter(c -> "BOTH".equals(c.agreedBy())).toList());
		model.put("oneSide", data.made().stream().filter(c -> !"BOTH".equals(c.agreedBy())).toList());
		model.put("heads", heads(data));
		byte[] pdf = renderer.pdf("reports/record-of-talks", choices.language().locale(), model);
		audited("Engagement", engagement, "record-of-talks", choices.language(), choices.marking(), Map.of());
		return new Pdf(pdf, "record-of-talks-" + data.engagement().startDate() + "-" + lang + ".pdf");
	}

	/** The markings a user may choose: up to their own clearance. */
	public static List<Classification> markings(CurrentUser user) {
		return Arrays.stream(Classification.values()).filter(user::clearedFor).toList();
	}

	/** The signature blocks: the head (else first member) of each side. */
	private static Map<String, Object> heads(TalksRecordData data) {
		Map<String, Object> heads = new LinkedHashMap<>();
		for (String side : List.of("HOST", "GUEST")) {
			data.engagement()
				.delegation()
				.stream()
				.filter(m -> side.equals(m.side()))
				.sorted(java.util.Comparator.comparing(m -> "HEAD".equals(m.role()) ? 0 : 1))
				.findFirst()
				.ifPresent(m -> heads.put(side, m));
		}
		return heads;
	}

	private Choices choices(Checks checks, CurrentUser user, String language, String classification,
			String defaultLanguage) {
		Language lang = null;
		if (language == null || language.isBlank()) {
			lang = Language.fromCode(defaultLanguage).orElse(Language.EN);
		}
		else {
			lang = Language.fromCode(language).orElse(null);
			if (lang == null) {
				checks.fail("language", "invalid.language");
			}
		}
		Classification marking = Classification.UNCLASSIFIED;
		if (classification != null && !classification.isBlank()) {
			try {
				marking = Classification.valueOf(classification.trim().toUpperCase(Locale.ROOT));
				if (!user.clearedFor(marking)) {
					checks.fail("classification", "above.own.clearance");
				}
			}
			catch (IllegalArgumentException ex) {
				checks.fail("classification", "invalid.value");
			}
		}
		return new Choices(lang, marking);
	}

	private Map<String, Object> model(CurrentUser user, Language language, Classification marking, String titleKey) {
		Locale locale = language.locale();
		String agency = directory.agencies()
			.stream()
			.filter(a -> a.code().equals(user.agency().code()))
			.map(a -> a.names().in(language.code()))
			.findFirst()
			.orElse(user.agency().code());
		Map<String, Object> model = new HashMap<>();
		Map<String, String> agencyNames = new HashMap<>();
		directory.agencies().forEach(a -> agencyNames.put(a.code(), a.names().in(language.code())));
		model.put("agencyNames", agencyNames);
		model.put("lang", language.code());
		model.put("agency", agency);
		model.put("marking", marking.name());
		model.put("author", user.fullName());
		model.put("generated", LocalDate.now());
		model.put("title", messages.getMessage(titleKey, null, locale));
		model.put("fmt", new Formats(locale));
		model.put("statuses", Progress.STATUSES);
		return model;
	}

	private void audited(String type, UUID id, String document, Language language, Classification marking,
			Map<String, String> more) {
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("document", document);
		changes.put("language", language.code());
		changes.put("classification", marking.name());
		changes.putAll(more);
		audit.append("GENERATE", type, id.toString(), JSON.writeValueAsString(changes));
	}

	private static Classification higher(Classification a, Classification b) {
		return b != null && b.ordinal() > a.ordinal() ? b : a;
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private String periodLabel(Progress.Period period, Locale locale) {
		String year = Integer.toString(period.year());
		return period.quarter() == 0 ? year
				: messages.getMessage("reports.chart.quarter", new Object[] { year, period.quarter() }, locale);
	}

	/** Dates as the reader's language writes them, for the templates. */
	public static final class Formats {

		private final DateTimeFormatter day;

		Formats(Locale locale) {
			this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		}

		public String day(LocalDate date) {
			return date == null ? "" : day.format(date);
		}

		/** A range of days; one day when the end is missing or the same. */
		public String days(LocalDate start, LocalDate end) {
			if (start == null) {
				return "";
			}
			return end == null || end.equals(start) ? day(start) : day(start) + " – " + day(end);
		}

	}

}
