package org.puente.sources.library;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.directory.AgencyView;
import org.puente.directory.DirectoryLookup;
import org.puente.directory.PartnershipView;
import org.puente.directory.PersonSummary;
import org.puente.directory.SourcedPeople;
import org.puente.names.NameFolding;
import org.puente.registry.SourcedRecords;
import org.puente.security.AuditLog;
import org.puente.security.CurrentUser;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;
import org.puente.sources.Extraction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of an article: what it proposes, matched to the records Puente holds, and
 * the acceptance that turns the desk officer's choices into registry records citing the
 * article and passage each came from.
 */
@Service
public class ReviewDesk {

	/**
	 * How close (shared words) an agreement's title must be to propose it as the match.
	 */
	private static final double TITLE_MATCH = 0.5;

	/** How many days before its publication an undated report's event may be. */
	private static final int PUBLICATION_LAG = 3;

	private final SourceLibrary library;

	private final SourcedRecords registry;

	private final SourcedPeople people;

	private final DirectoryLookup directory;

	private final AuditLog audit;

	ReviewDesk(SourceLibrary library, SourcedRecords registry, SourcedPeople people, DirectoryLookup directory,
			AuditLog audit) {
		this.library = library;
		this.registry = registry;
		this.people = people;
		this.directory = directory;
		this.audit = audit;
	}

	/**
	 * A piece of the article text; {@code kind} names what was extracted from it, or
	 * null.
	 */
	public record Segment(String text, String kind, String id) {
	}

	/** A choice in a select: value and label. */
	public record Option(String value, String label) {
	}

	/**
	 * Everything the review screen shows: the text in segments, the proposal as the form
	 * starts, and the choices each select offers.
	 */
	public record Review(SourceLibrary.ArticleView view, List<Segment> segments, Acceptance proposal,
			List<SourcedRecords.Candidate> sameEvent, List<Option> engagementChoices, List<Option> agreementChoices,
			List<List<Option>> personChoices, List<String> directoryRanks, List<PartnershipView> partnerships) {
	}

	@Transactional
	public Review review(CurrentUser user, UUID id) {
		SourceLibrary.ArticleView view = library.get(user, id);
		Extraction x = view.extraction();
		List<Segment> segments = segments(view.article().text(), x);
		if (x == null) {
			return new Review(view, segments, null, List.of(), List.of(), List.of(), List.of(), List.of(),
					partnerships(user));
		}
		List<SourcedRecords.Candidate> same = sameEvent(user, x, view.article());
		Acceptance proposal = propose(user, view.article(), x, same);
		List<Option> engagements = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		same.forEach(c -> {
			if (seen.add(c.id().toString())) {
				engagements.add(new Option(c.id().toString(), label(c)));
			}
		});
		registry.engagements(user, 300).forEach(c -> {
			if (seen.add(c.id().toString())) {
				engagements.add(new Option(c.id().toString(), label(c)));
			}
		});
		List<Option> agreements = registry.agreements(user)
			.stream()
			.map(a -> new Option(a.id().toString(),
					a.title() + (a.signedOn() == null ? "" : " (" + a.signedOn().getYear() + ")")))
			.toList();
		List<List<Option>> personChoices = new ArrayList<>();
		List<String> ranks = new ArrayList<>();
		LocalDate day = eventDay(x, view.article());
		for (Extraction.Person p : x.people()) {
			personChoices.add(personOptions(user, p));
			ranks.add(p.personId() == null ? null : standing(p.personId(), day));
		}
		return new Review(view, segments, proposal, same, engagements, agreements, personChoices, ranks,
				partnerships(user));
	}

	/**
	 * The proposal as the review screen starts: everything included, best matches picked.
	 */
	@Transactional(readOnly = true)
	public Acceptance proposal(CurrentUser user, UUID id) {
		SourceLibrary.ArticleView view = library.get(user, id);
		if (view.extraction() == null) {
			throw new InvalidInput("extraction", "sources.review.no.extraction");
		}
		return propose(user, view.article(), view.extraction(), sameEvent(user, view.extraction(), view.article()));
	}

	/** What an acceptance created or attached. */
	public record Accepted(UUID article, UUID engagement, boolean engagementCreated, List<UUID> people,
			List<UUID> agreements, List<UUID> commitments, int claims) {
	}

	/**
	 * Creates the accepted records (or attaches the article to the matched engagement) in
	 * one transaction: a refused field fails the whole acceptance and nothing is saved.
	 */
	@Transactional
	public Accepted accept(CurrentUser user, UUID id, Acceptance a) {
		StoredArticle article = library.reviewable(user, id);
		Extraction x = library.get(user, id).extraction();
		if (x == null) {
			throw new InvalidInput("extraction", "sources.review.no.extraction");
		}
		if (a == null) {
			a = propose(user, article, x, sameEvent(user, x, article));
		}
		Acceptance.EngagementChoice e = a.getEngagement() == null ? new Acceptance.EngagementChoice()
				: a.getEngagement();
		String match = SourceLibrary.blankToNull(e.getMatch());
		if (match == null) {
			throw new InvalidInput("engagement.match", "required");
		}
		UUID matched = null;
		if (!"new".equals(match)) {
			try {
				matched = UUID.fromString(match);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInput("engagement.match", "invalid.value");
			}
		}
		String label = article.label();
		// The day the article's ranks and positions held: its own event date, else the
		// recorded engagement it reports, else its publication date, else none (an
		// undated claim, never "today").
		LocalDate day = days(x, article)[0];
		if (day == null && matched != null) {
			day = registry.engagement(user, matched).start();
		}
		if (day == null) {
			day = article.published();
		}
		String by = user.username();
		// people first: the new engagement's delegation names them
		List<UUID> personIds = new ArrayList<>();
		List<SourcedRecords.NewMember> delegation = new ArrayList<>();
		int claims = 0;
		for (int i = 0; i < a.getPeople().size(); i++) {
			Acceptance.PersonChoice p = a.getPeople().get(i);
			if (p == null || !p.isInclude()) {
				continue;
			}
			String at = "people[" + i + "]";
			UUID person = person(user, p, at, label);
			personIds.add(person);
			claims += claim(user, person, "RANK", p.getRank(), day, label, at);
			claims += claim(user, person, "POSITION", p.getPosition(), day, label, at);
			Extraction.Person proposed = i < x.people().size() ? x.people().get(i) : null;
			Extraction.Span span = proposed == null || proposed.mentions().isEmpty() ? null
					: proposed.mentions().get(0);
			library.articles().cite(id, "person", person, start(span), end(span), quote(article, span), by);
			delegation
				.add(new SourcedRecords.NewMember(person, p.getSide(), p.getRole(), p.getRank(), p.getPosition()));
		}
		List<String> areaCodes = new ArrayList<>();
		for (Acceptance.AreaChoice area : a.getAreas()) {
			if (area != null && area.isInclude() && SourceLibrary.blankToNull(area.getCode()) != null) {
				areaCodes.add(area.getCode().trim());
			}
		}
		List<UUID> agreementIds = new ArrayList<>();
		List<SourcedRecords.AgreementUse> uses = new ArrayList<>();
		for (int i = 0; i < a.getAgreements().size(); i++) {
			Acceptance.AgreementChoice g = a.getAgreements().get(i);
			if (g == null || !g.isInclude()) {
				continue;
			}
			String at = "agreements[" + i + "]";
			UUID agreement = agreement(user, a, g, at, article, x, day, areaCodes);
			agreementIds.add(agreement);
			Extraction.Span span = i < x.agreements().size() ? x.agreements().get(i).span() : null;
			library.articles().cite(id, "agreement", agreement, start(span), end(span), quote(article, span), by);
			uses.add(new SourcedRecords.AgreementUse(agreement, action(g.getAction())));
		}
		UUID engagement;
		boolean created = matched == null;
		if (matched == null) {
			try {
				engagement = registry.createEngagement(user,
						new SourcedRecords.NewEngagement(a.getPartnership(), e.getKind(), article.language(),
								e.getTitle(), e.getStartDate(), e.getEndDate(), e.isApproximate(), e.getPlaceCity(),
								e.getPlaceCountry(), e.getHostAgency(), e.getGuestAgency(), areaCodes, label,
								delegation, uses));
			}
			catch (InvalidInput ex) {
				throw prefixed("engagement.", ex);
			}
		}
		else {
			registry.engagement(user, matched);
			registry.attachSource(user, matched, label, areaCodes);
			engagement = matched;
		}
		Extraction.Span eventSpan = x.event() != null && x.event().span() != null ? x.event().span() : x.kindSpan();
		library.articles()
			.cite(id, "engagement", engagement, start(eventSpan), end(eventSpan), quote(article, eventSpan), by);
		List<UUID> commitmentIds = new ArrayList<>();
		for (int i = 0; i < a.getCommitments().size(); i++) {
			Acceptance.CommitmentChoice c = a.getCommitments().get(i);
			if (c == null || !c.isInclude()) {
				continue;
			}
			UUID commitment;
			try {
				commitment = registry.createCommitment(user,
						new SourcedRecords.NewCommitment(engagement, article.language(), c.getText(), c.isAgreed(),
								SourceLibrary.blankToNull(c.getProposedBy()), areaCodes, label));
			}
			catch (InvalidInput ex) {
				throw prefixed("commitments[" + i + "].", ex);
			}
			commitmentIds.add(commitment);
			Extraction.Span span = i < x.commitments().size() ? x.commitments().get(i).span() : null;
			library.articles().cite(id, "commitment", commitment, start(span), end(span), quote(article, span), by);
		}
		if (!library.articles().review(id, article.version(), StoredArticle.State.ACCEPTED, null, by, engagement)) {
			throw new InvalidInput("state", "sources.review.not.pending");
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("state", Map.of("before", "PENDING", "after", "ACCEPTED"));
		changes.put("engagement", engagement.toString());
		changes.put("engagementCreated", created);
		changes.put("people", personIds.stream().map(UUID::toString).toList());
		changes.put("agreements", agreementIds.stream().map(UUID::toString).toList());
		changes.put("commitments", commitmentIds.stream().map(UUID::toString).toList());
		changes.put("claims", claims);
		audit.append("ACCEPT", "SourceArticle", id.toString(), SourceLibrary.JSON.writeValueAsString(changes));
		return new Accepted(id, engagement, created, personIds, agreementIds, commitmentIds, claims);
	}

	private UUID person(CurrentUser user, Acceptance.PersonChoice p, String at, String label) {
		String match = SourceLibrary.blankToNull(p.getMatch());
		if (match == null || "new".equals(match)) {
			try {
				return people.createPerson(user, p.getName(), p.getCountry(), label);
			}
			catch (InvalidInput ex) {
				throw prefixed(at + ".", ex);
			}
		}
		try {
			UUID id = UUID.fromString(match);
			directory.person(id).orElseThrow(() -> new InvalidInput(at + ".match", "unknown.person"));
			return id;
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(at + ".match", "invalid.value");
		}
	}

	/**
	 * A rank or position that differs from what the directory holds for that day becomes
	 * a claim sourced to the article; the record's value is not overwritten.
	 */
	private int claim(CurrentUser user, UUID person, String attribute, String value, LocalDate day, String source,
			String at) {
		String v = SourceLibrary.blankToNull(value);
		if (v == null) {
			return 0;
		}
		DirectoryLookup.Standing standing = directory.standingOn(person, day);
		String current = "RANK".equals(attribute) ? standing.rank() : standing.position();
		if (current != null && NameFolding.fold(current).equals(NameFolding.fold(v))) {
			return 0;
		}
		try {
			return people.addClaim(user, person, attribute, v, day, source) ? 1 : 0;
		}
		catch (InvalidInput ex) {
			throw prefixed(at + "." + attribute.toLowerCase(Locale.ROOT) + ".", ex);
		}
	}

	private UUID agreement(CurrentUser user, Acceptance a, Acceptance.AgreementChoice g, String at,
			StoredArticle article, Extraction x, LocalDate day, List<String> areas) {
		String match = SourceLibrary.blankToNull(g.getMatch());
		if (match != null && !"new".equals(match)) {
			try {
				UUID id = UUID.fromString(match);
				if (registry.agreements(user).stream().noneMatch(o -> o.id().equals(id))) {
					throw new InvalidInput(at + ".match", "unknown.agreement");
				}
				return id;
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInput(at + ".match", "invalid.value");
			}
		}
		PartnershipView partnership = partnership(user, a.getPartnership());
		if (partnership == null) {
			throw new InvalidInput("partnership", "required");
		}
		String action = action(g.getAction());
		try {
			return registry.createAgreement(user,
					new SourcedRecords.NewAgreement(partnership.id().toString(), agreementKind(g.getTitle()),
							"SIGNED".equals(action) ? "SIGNED" : "NEGOTIATING", article.language(), g.getTitle(),
							"SIGNED".equals(action) && day != null ? day.toString() : null,
							partnership.members().stream().map(PartnershipView.Member::agency).toList(), areas,
							article.label()));
		}
		catch (InvalidInput ex) {
			throw prefixed(at + ".", ex);
		}
	}

	/** The kind of instrument its title names; a memorandum when it names none. */
	static String agreementKind(String title) {
		String t = NameFolding.fold(title);
		if (t.contains("protocol")) {
			return "PROTOCOL";
		}
		if (t.contains("plan")) {
			return "PLAN";
		}
		if (t.contains("programme") || t.contains("program")) {
			return "PROGRAMME";
		}
		if (t.contains("framework")) {
			return "FRAMEWORK";
		}
		return "MOU";
	}

	private static String action(String action) {
		String a = action == null ? "" : action.trim().toUpperCase(Locale.ROOT);
		return switch (a) {
			case "SIGNED", "REVIEWED", "REFERRED" -> a;
			case "PROPOSED" -> "REFERRED";
			default -> a.isEmpty() ? "REFERRED" : a;
		};
	}

	private static InvalidInput prefixed(String prefix, InvalidInput ex) {
		return new InvalidInput(
				ex.errors().stream().map(f -> new InvalidInput.FieldError(prefix + f.field(), f.reason())).toList());
	}

	private Acceptance propose(CurrentUser user, StoredArticle article, Extraction x,
			List<SourcedRecords.Candidate> same) {
		Acceptance a = new Acceptance();
		String host = role(x, "host");
		String guest = role(x, "guest");
		PartnershipView partnership = guessPartnership(user, x);
		a.setPartnership(partnership == null ? null : partnership.code());
		Acceptance.EngagementChoice e = new Acceptance.EngagementChoice();
		e.setMatch(same.isEmpty() ? "new" : same.get(0).id().toString());
		e.setKind(registryKind(x.kind(), article.text()));
		e.setTitle(article.title());
		LocalDate[] days = days(x, article);
		boolean undated = days[0] == null;
		if (undated && article.published() != null) {
			// no date in the text: the publication day, marked approximate
			days = new LocalDate[] { article.published(), article.published() };
		}
		e.setStartDate(days[0] == null ? null : days[0].toString());
		e.setEndDate(days[1] == null || days[1].equals(days[0]) ? null : days[1].toString());
		e.setApproximate(
				undated || (x.event() != null && x.event().iso() != null && x.event().iso().startsWith("XXXX")));
		if (x.place() != null) {
			e.setPlaceCity(x.place().city());
			e.setPlaceCountry(x.place().country());
		}
		e.setHostAgency(host);
		e.setGuestAgency(guest);
		a.setEngagement(e);
		String hostCountry = x.place() != null ? x.place().country() : countryOf(host);
		Set<String> headed = new LinkedHashSet<>();
		for (Extraction.Person p : x.people()) {
			Acceptance.PersonChoice c = new Acceptance.PersonChoice();
			c.setInclude(true);
			c.setMatch(p.personId() == null ? "new" : p.personId().toString());
			c.setName(p.canonical() != null && p.personId() == null ? p.name() : p.name());
			c.setCountry(p.country());
			String side = hostCountry != null && hostCountry.equalsIgnoreCase(p.country()) ? "HOST" : "GUEST";
			c.setSide(side);
			c.setRole(headed.add(side) ? "HEAD" : "MEMBER");
			c.setRank(p.rank());
			c.setPosition(p.position());
			a.getPeople().add(c);
		}
		boolean attach = !same.isEmpty();
		List<SourcedRecords.AgreementOption> known = x.agreements().isEmpty() ? List.of() : registry.agreements(user);
		for (Extraction.Agreement g : x.agreements()) {
			Acceptance.AgreementChoice c = new Acceptance.AgreementChoice();
			c.setTitle(g.title());
			c.setAction(action(g.action()));
			c.setMatch(known.stream()
				.map(k -> Map.entry(k, similarity(k.title(), g.title())))
				.filter(m -> m.getValue() >= TITLE_MATCH)
				.max(Map.Entry.comparingByValue())
				.map(m -> m.getKey().id().toString())
				.orElse("new"));
			// Reported at a recorded engagement, an agreement the registry lacks is more
			// likely a misreading than news: offered, not ticked.
			c.setInclude(!attach || !"new".equals(c.getMatch()));
			a.getAgreements().add(c);
		}
		for (Extraction.Area area : x.areas()) {
			Acceptance.AreaChoice c = new Acceptance.AreaChoice();
			c.setInclude(area.areaCode() != null);
			c.setCode(area.areaCode());
			a.getAreas().add(c);
		}
		for (Extraction.Commitment commitment : x.commitments()) {
			Acceptance.CommitmentChoice c = new Acceptance.CommitmentChoice();
			// A recorded engagement most likely has its commitments already: offered, not
			// ticked.
			c.setInclude(!attach);
			c.setText(commitment.text());
			c.setAgreed(commitment.agreed());
			c.setProposedBy(commitment.agreed() ? null : agencyOf(partnership, commitment.proposedBy()));
			a.getCommitments().add(c);
		}
		return a;
	}

	private List<SourcedRecords.Candidate> sameEvent(CurrentUser user, Extraction x, StoredArticle article) {
		List<SourcedRecords.Candidate> out = new ArrayList<>();
		if (x.sameEventAs() != null) {
			try {
				out.add(registry.engagement(user, UUID.fromString(x.sameEventAs())));
			}
			catch (IllegalArgumentException | NotFound ex) {
				// a file name from a batch run, or an engagement the user cannot see
			}
		}
		LocalDate[] days = days(x, article);
		if (days[0] == null && dayWithoutYear(x.event() == null ? null : x.event().iso()) == null
				&& article.published() != null) {
			// No date in the text: news reports an event of the last few days.
			days = new LocalDate[] { article.published().minusDays(PUBLICATION_LAG), article.published() };
		}
		if (days[0] != null || (x.event() != null && x.event().iso() != null)) {
			boolean yearKnown = days[0] != null;
			LocalDate from = days[0] != null ? days[0] : dayWithoutYear(x.event().iso());
			if (from != null) {
				LocalDate to = days[1] != null ? days[1] : from;
				registry
					.sameEvent(user,
							new SourcedRecords.Event(from, to, yearKnown,
									x.place() == null ? null : x.place().country(), x.kind()),
							5)
					.stream()
					.filter(c -> out.stream().noneMatch(o -> o.id().equals(c.id())))
					.forEach(out::add);
			}
		}
		return out;
	}

	/**
	 * The event's first and last day; a day without a year takes the publication's year.
	 */
	private static LocalDate[] days(Extraction x, StoredArticle article) {
		if (x.event() == null) {
			return new LocalDate[] { null, null };
		}
		if (x.event().from() != null) {
			return new LocalDate[] { x.event().from(), x.event().to() };
		}
		LocalDate noYear = dayWithoutYear(x.event().iso());
		if (noYear != null && article.published() != null) {
			LocalDate day = noYear.withYear(article.published().getYear());
			return new LocalDate[] { day, day };
		}
		return new LocalDate[] { null, null };
	}

	private static LocalDate eventDay(Extraction x, StoredArticle article) {
		LocalDate day = days(x, article)[0];
		return day != null ? day : article.published();
	}

	/** "XXXX-MM-DD" as that day in a leap year (so 29 February fits), or null. */
	private static LocalDate dayWithoutYear(String iso) {
		if (iso == null || !iso.startsWith("XXXX-") || iso.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse("2000" + iso.substring(4, 10));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The registry kind an extracted kind most likely is, read more closely from the
	 * text.
	 */
	static String registryKind(String kind, String text) {
		String t = text.toLowerCase(Locale.ROOT);
		return switch (kind == null ? "" : kind.toLowerCase(Locale.ROOT)) {
			case "talks" -> "TALKS";
			case "visit" ->
				t.contains("working visit") && !t.contains("official visit") ? "WORKING_VISIT" : "OFFICIAL_VISIT";
			case "signing" -> "SIGNING_CEREMONY";
			case "reception" -> "RECEPTION";
			case "call" -> t.contains("phone") || t.contains("telephone") ? "PHONE_TALKS" : "COURTESY_CALL";
			case "meeting" -> t.contains("working session") ? "WORKING_SESSION" : "MEETING";
			default -> "MEETING";
		};
	}

	private String role(Extraction x, String role) {
		return x.agencies()
			.stream()
			.filter(a -> role.equalsIgnoreCase(a.role()) && a.agencyCode() != null)
			.map(Extraction.Agency::agencyCode)
			.findFirst()
			.orElse(null);
	}

	private String countryOf(String agency) {
		if (agency == null) {
			return null;
		}
		return directory.agencies()
			.stream()
			.filter(a -> a.code().equals(agency))
			.map(AgencyView::country)
			.findFirst()
			.orElse(null);
	}

	/** The partnership member agency of a country, for "proposed by". */
	private String agencyOf(PartnershipView partnership, String country) {
		if (partnership == null || country == null) {
			return null;
		}
		return partnership.members()
			.stream()
			.map(PartnershipView.Member::agency)
			.filter(code -> country.equalsIgnoreCase(countryOf(code)))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The partnership between the ministries the article names, among the user's; else
	 * the user's first.
	 */
	private PartnershipView guessPartnership(CurrentUser user, Extraction x) {
		List<PartnershipView> mine = partnerships(user);
		Set<String> ministries = new LinkedHashSet<>();
		Map<String, String> ministryOf = new LinkedHashMap<>();
		directory.agencies().forEach(a -> ministryOf.put(a.code(), a.ministry() == null ? a.code() : a.ministry()));
		x.agencies()
			.stream()
			.filter(a -> a.agencyCode() != null)
			.forEach(a -> ministries.add(ministryOf.getOrDefault(a.agencyCode(), a.agencyCode())));
		return mine.stream()
			.max(Comparator
				.comparingLong(p -> p.members().stream().filter(m -> ministries.contains(m.agency())).count()))
			.orElse(null);
	}

	private PartnershipView partnership(CurrentUser user, String codeOrId) {
		String p = SourceLibrary.blankToNull(codeOrId);
		if (p == null) {
			return null;
		}
		return partnerships(user).stream()
			.filter(v -> v.code().equalsIgnoreCase(p) || v.id().toString().equals(p))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("partnership", "unknown.partnership"));
	}

	private List<PartnershipView> partnerships(CurrentUser user) {
		String ministry = user.ministry().code();
		return directory.partnerships()
			.stream()
			.filter(p -> p.members().stream().anyMatch(m -> m.agency().equals(ministry)))
			.toList();
	}

	private List<Option> personOptions(CurrentUser user, Extraction.Person p) {
		Map<String, String> options = new LinkedHashMap<>();
		if (p.personId() != null) {
			directory.person(p.personId()).ifPresent(ref -> options.put(ref.id().toString(), ref.fullName()));
		}
		List<String> words = NameFolding.tokens(p.canonical() != null ? p.canonical() : p.name());
		if (!words.isEmpty()) {
			for (String query : List.of(String.join(" ", words), words.get(words.size() - 1), words.get(0))) {
				for (PersonSummary s : directory.findPeople(user, query, 5)) {
					options.putIfAbsent(s.id().toString(), s.fullName());
				}
			}
		}
		List<Option> out = new ArrayList<>();
		options.forEach((k, v) -> out.add(new Option(k, v)));
		return out;
	}

	private String standing(UUID person, LocalDate day) {
		DirectoryLookup.Standing s = directory.standingOn(person, day);
		if (s.rank() == null && s.position() == null) {
			return null;
		}
		return s.rank() == null ? s.position() : s.position() == null ? s.rank() : s.rank() + " · " + s.position();
	}

	private static String label(SourcedRecords.Candidate c) {
		String dates = c.start() + (c.end() != null && !c.end().equals(c.start()) ? " – " + c.end() : "");
		return dates + " · " + c.title();
	}

	static double similarity(String a, String b) {
		Set<String> x = new LinkedHashSet<>(NameFolding.tokens(a));
		Set<String> y = new LinkedHashSet<>(NameFolding.tokens(b));
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		long common = x.stream().filter(y::contains).count();
		return (double) common / Math.min(x.size(), y.size());
	}

	/**
	 * The text cut at the extracted spans: plain pieces and highlighted ones, never
	 * overlapping (a span inside an earlier one is left out), so the page escapes every
	 * piece as text.
	 */
	static List<Segment> segments(String text, Extraction x) {
		List<Object[]> spans = new ArrayList<>();
		if (x != null) {
			if (x.event() != null) {
				add(spans, x.event().span(), "date", "event");
			}
			add(spans, x.kindSpan(), "kind", "kind");
			if (x.place() != null) {
				add(spans, x.place().span(), "place", "place");
			}
			for (int i = 0; i < x.agencies().size(); i++) {
				add(spans, x.agencies().get(i).span(), "agency", "agency-" + i);
			}
			for (int i = 0; i < x.people().size(); i++) {
				List<Extraction.Span> mentions = x.people().get(i).mentions();
				for (int j = 0; j < mentions.size(); j++) {
					add(spans, mentions.get(j), "person", j == 0 ? "person-" + i : null);
				}
			}
			for (int i = 0; i < x.agreements().size(); i++) {
				add(spans, x.agreements().get(i).span(), "agreement", "agreement-" + i);
			}
			for (int i = 0; i < x.areas().size(); i++) {
				add(spans, x.areas().get(i).span(), "area", "area-" + i);
			}
			for (int i = 0; i < x.commitments().size(); i++) {
				add(spans, x.commitments().get(i).span(), x.commitments().get(i).agreed() ? "commitment" : "proposal",
						"commitment-" + i);
			}
		}
		spans.removeIf(s -> ((Extraction.Span) s[0]).start() < 0 || ((Extraction.Span) s[0]).end() > text.length()
				|| ((Extraction.Span) s[0]).start() >= ((Extraction.Span) s[0]).end());
		// longer first where two start together: a commitment sentence wins over a word
		// in it
		spans.sort(Comparator.<Object[]>comparingInt(s -> ((Extraction.Span) s[0]).start())
			.thenComparing(s -> -((Extraction.Span) s[0]).end()));
		List<Segment> out = new ArrayList<>();
		int at = 0;
		Set<String> ids = new LinkedHashSet<>();
		for (Object[] s : spans) {
			Extraction.Span span = (Extraction.Span) s[0];
			if (span.start() < at) {
				continue;
			}
			if (span.start() > at) {
				out.add(new Segment(text.substring(at, span.start()), null, null));
			}
			String id = s[2] != null && ids.add((String) s[2]) ? "span-" + s[2] : null;
			out.add(new Segment(text.substring(span.start(), span.end()), (String) s[1], id));
			at = span.end();
		}
		if (at < text.length()) {
			out.add(new Segment(text.substring(at), null, null));
		}
		return out;
	}

	private static void add(List<Object[]> spans, Extraction.Span span, String kind, String id) {
		if (span != null) {
			spans.add(new Object[] { span, kind, id });
		}
	}

	private static Integer start(Extraction.Span span) {
		return span == null ? null : span.start();
	}

	private static Integer end(Extraction.Span span) {
		return span == null ? null : span.end();
	}

	/**
	 * The cited passage: the sentence (or line) around the span, at most 1,000
	 * characters.
	 */
	static String quote(StoredArticle article, Extraction.Span span) {
		String text = article.text();
		if (span == null || span.start() < 0 || span.end() > text.length() || span.start() >= span.end()) {
			return null;
		}
		int from = span.start();
		while (from > 0 && text.charAt(from - 1) != '\n'
				&& !(from > 1 && ".!?".indexOf(text.charAt(from - 2)) >= 0 && text.charAt(from - 1) == ' ')) {
			from--;
		}
		int to = span.end();
		while (to < text.length() && text.charAt(to) != '\n'
				&& !(".!?".indexOf(text.charAt(to - 1)) >= 0 && text.charAt(to) == ' ' && to > span.end())) {
			to++;
		}
		String q = text.substring(from, to).strip();
		return q.length() <= 1000 ? q : q.substring(0, 999) + "…";
	}

}
