package org.puente.sources.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.text.Transliterator;
import org.puente.sources.Article;
import org.puente.sources.Extraction;
import org.puente.sources.Extraction.Span;
import org.puente.sources.extraction.ArticleText.Sentence;
import org.puente.sources.extraction.DateExpressions.Found;
import org.puente.sources.extraction.Gazetteer.KnownAgency;
import org.puente.sources.extraction.Gazetteer.KnownArea;
import org.puente.sources.extraction.Gazetteer.KnownPerson;

/**
 * The extraction rules (see {@code docs/sources-extraction.md}): plain Java, no Spring,
 * thread-safe once built. Everything it knows beforehand comes from the {@link Lexicon}
 * and the {@link Gazetteer}.
 */
public final class RuleBasedExtractor {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

	private static final ThreadLocal<Transliterator> ASCII = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

	private final Gazetteer gazetteer;

	private final List<KnownAgency> agencies;

	private final Map<String, KnownPerson> peopleByName = new HashMap<>();

	private final List<KnownPerson> people;

	private final Map<String, String> areaNames = new LinkedHashMap<>();

	/** Folded phrase → area code (taxonomy names and lexicon synonyms). */
	private final Map<String, String> areaPhrases = new LinkedHashMap<>();

	private static final Pattern AGENCY_HEAD = agencyPattern();

	private final Pattern agencyPattern;

	private final Pattern rankBefore;

	public RuleBasedExtractor(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		this.agencies = List.copyOf(gazetteer.agencies());
		this.people = List.copyOf(gazetteer.people());
		for (KnownPerson p : people) {
			peopleByName.putIfAbsent(FoldedText.fold(p.fullName()), p);
			for (String v : p.variants()) {
				peopleByName.putIfAbsent(FoldedText.fold(v), p);
			}
		}
		for (KnownArea a : gazetteer.areas()) {
			areaNames.put(a.code(), a.englishName());
			for (String n : a.names()) {
				areaPhrases.putIfAbsent(FoldedText.fold(n), a.code());
			}
		}
		Lexicon.AREA_SYNONYMS.forEach((code, phrases) -> {
			if (areaNames.isEmpty() || areaNames.containsKey(code)) {
				phrases.forEach(p -> areaPhrases.putIfAbsent(FoldedText.fold(p), code));
			}
		});
		Lexicon.EXTRA_AREAS.forEach((name, phrases) -> {
			areaNames.putIfAbsent("extra:" + name, name);
			phrases.forEach(p -> areaPhrases.putIfAbsent(FoldedText.fold(p), "extra:" + name));
		});
		this.agencyPattern = AGENCY_HEAD;
		this.rankBefore = Pattern.compile("(?<![\\p{L}])(?<rank>" + alternation(Lexicon.RANKS.keySet()) + ")[\\s,]*$",
				CI);
	}

	public Gazetteer gazetteer() {
		return gazetteer;
	}

	// ------------------------------------------------------------------ the run

	/** One extraction's working state. */
	private final class Run {

		final Article article;

		final ArticleText at;

		final String work;

		final String body;

		final FoldedText folded;

		final LocalDate published;

		final String language;

		final List<String> notes = new ArrayList<>();

		final Map<String, Integer> countryCounts = new LinkedHashMap<>();

		Sentence event;

		String kind;

		Span kindSpan;

		Run(Article article) {
			this.article = article;
			this.at = new ArticleText(article.text(), article.published());
			this.work = at.work;
			char[] masked = new char[work.length()];
			java.util.Arrays.fill(masked, ' ');
			for (Sentence s : at.sentences) {
				work.getChars(s.start(), s.end(), masked, s.start());
			}
			this.body = new String(masked);
			this.folded = new FoldedText(body);
			this.published = article.published() != null ? article.published() : at.publishedInText;
			this.language = article.language() != null && !article.language().isBlank() ? article.language()
					: detectLanguage(at.body());
			for (Lexicon.Country c : Lexicon.COUNTRIES) {
				int n = 0;
				for (String form : c.forms()) {
					n += folded.find(form).size();
				}
				if (n > 0) {
					countryCounts.merge(c.iso(), n, Integer::sum);
				}
			}
		}

		Sentence sentenceAt(int offset) {
			for (Sentence s : at.sentences) {
				if (offset >= s.start() && offset < s.end()) {
					return s;
				}
			}
			return null;
		}

		int sentenceIndex(Sentence s) {
			return at.sentences.indexOf(s);
		}

	}

	public Extraction extract(Article article) {
		Run run = new Run(article);
		if (run.at.sentences.isEmpty()) {
			run.notes.add(ExtractionNotes.note("no-text"));
		}
		if (run.at.truncated) {
			run.notes.add(ExtractionNotes.note("text-truncated", String.valueOf(ArticleText.MAX_LENGTH)));
		}
		kind(run);
		Extraction.EventDate date = date(run);
		List<PersonEntity> persons = people(run);
		Extraction.Place place = place(run, persons);
		List<Extraction.Agency> agencyList = agencies(run, persons, place);
		List<Extraction.Person> personList = persons.stream().map(PersonEntity::toRecord).toList();
		List<Extraction.Agreement> agreements = agreements(run, date);
		List<Extraction.Area> areas = areas(run);
		List<Extraction.Commitment> commitments = commitments(run, persons);
		if (run.kind == null) {
			run.notes.add(ExtractionNotes.note("no-kind"));
		}
		return new Extraction(run.language, date, place, run.kind == null ? "meeting" : run.kind, run.kindSpan,
				agencyList, personList, agreements, areas, commitments, null, List.copyOf(run.notes));
	}

	// ------------------------------------------------------------------ language

	private static final Set<String> EN = Set.of("the", "of", "and", "to", "with", "in", "on", "said", "was", "for");

	private static final Set<String> ES = Set.of("el", "la", "de", "los", "las", "del", "y", "con", "en", "que", "por",
			"para");

	private static final Set<String> VI = Set.of("của", "và", "với", "các", "đã", "ngày", "hai", "bộ", "tại", "trong",
			"được", "những", "là", "công", "về");

	static String detectLanguage(String text) {
		int en = 0;
		int es = 0;
		int vi = 0;
		for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (EN.contains(w)) {
				en++;
			}
			if (ES.contains(w)) {
				es++;
			}
			if (VI.contains(w)) {
				vi++;
			}
		}
		if (vi > en && vi > es) {
			return "vi";
		}
		return es > en ? "es" : "en";
	}

	// ------------------------------------------------------------------ kind

	private record KindPattern(String kind, Pattern pattern) {
	}

	private static final List<KindPattern> KINDS = List.of(new KindPattern("call", Pattern
		.compile("\\b(?:(?:phone|telephone|video|online|virtual)\\s+(?:talks|call|conversation|conference|meeting)|"
				+ "videoconference|held talks (?:by|via|over) (?:phone|telephone|video)|spoke by (?:phone|telephone)|"
				+ "conversación telefónica|llamada telefónica|videoconferencia|conversaron por teléfono|"
				+ "điện đàm|hội đàm trực tuyến|gọi điện)", CI)),
			new KindPattern("signing", Pattern.compile(
					"\\b(?:signed(?!\\s+(?:in|on)\\s+(?:19|20)\\d\\d)(?!\\s+(?:earlier|previously|last))|signing ceremony|"
							+ "witnessed the signing|inked|firmaron|suscribieron|firma de(?:l)?|ký kết|lễ ký)",
					CI)),
			new KindPattern("reception", Pattern.compile(
					"\\b(?:(?:received|receives|receiving)(?=\\s+(?:a\\s+|the\\s+|his\\s+|her\\s+)?(?:visiting\\s+|high-ranking\\s+)?"
							+ "(?:\\p{Lu}|delegation|deputy|minister|ambassador|counterpart|officials?))|courtesy (?:call|visit)|hosted a reception|reception for|recibió|"
							+ "recibe|visita de cortesía|tiếp xã giao|chào xã giao|chào xã giao|hội kiến|đã tiếp|tiếp đoàn)\\b",
					CI)),
			new KindPattern("meeting", Pattern
				.compile("\\b(?:working session|work session|working meeting|had a meeting|held a meeting|met with|met|"
						+ "meeting with|sesión de trabajo|se reunió|se reunieron|reunión de trabajo|sostuvo un encuentro|"
						+ "encuentro con|làm việc với|buổi làm việc|gặp gỡ|tiếp kiến)\\b", CI)),
			new KindPattern("talks",
					Pattern.compile(
							"\\b(?:held talks|hold talks|holds talks|holding talks|talks|"
									+ "conversaciones oficiales|sostuvieron conversaciones|conversaciones|hội đàm)\\b",
							CI)),
			new KindPattern("visit", Pattern.compile(
					"\\b(?:(?:official|working|state|friendly|official friendly|\\w+-day)\\s+visit|paid a visit|visit to|"
							+ "visits to|is visiting|visita oficial|visita de trabajo|visitó|chuyến thăm|thăm chính thức|"
							+ "thăm làm việc|sang thăm|thăm và làm việc)\\b",
					CI)));

	private static final Pattern FRAMING = Pattern.compile(
			"\\b(?:as part of|during|on the sidelines of|within the framework of|in the framework of|on the occasion of|"
					+ "en el marco de|durante|como parte de|trong khuôn khổ|nhân dịp|trong chuyến)\\b[^.;]{0,80}$",
			CI);

	private void kind(Run run) {
		for (Sentence s : run.at.sentences) {
			int best = Integer.MAX_VALUE;
			String kind = null;
			Span span = null;
			for (KindPattern k : KINDS) {
				Matcher m = k.pattern().matcher(s.text());
				while (m.find()) {
					String before = s.text().substring(0, m.start());
					if (FRAMING.matcher(before).find()) {
						continue; // "as part of the Deputy Prime Minister's official
									// visit"
					}
					if (m.start() < best) {
						best = m.start();
						kind = k.kind();
						span = new Span(s.start() + m.start(), s.start() + m.end());
					}
					break;
				}
			}
			if (kind != null) {
				run.event = s;
				run.kind = kind;
				run.kindSpan = span;
				return;
			}
		}
		run.event = run.at.sentences.isEmpty() ? null : run.at.sentences.get(0);
	}

	// ------------------------------------------------------------------ date

	private static final String NUM = "\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|"
			+ "ocho|nueve|diez|hai|ba|bốn|năm|sáu|bảy";

	private static final String ENDED = "conclud\\w*|end\\w*|wrap\\w*|concluy\\w*|finaliz\\w*|termin\\w*|kết thúc";

	private static final String BEGAN = "began|begin\\w*|start\\w*|kick\\w*|arriv\\w*|pay\\w*|paid|is on|embark\\w*|"
			+ "inici\\w*|comenz\\w*|empez\\w*|lleg\\w*|bắt đầu";

	private static final String DAY_WORD = "(?:[- ]day|\\s+días|\\s+ngày)";

	private static final Pattern N_DAY = Pattern
		.compile("\\b(?<n>" + NUM + ")" + DAY_WORD + "\\b[^.]*?\\b(?<verb>" + ENDED + "|" + BEGAN + ")\\b|\\b(?<verb2>"
				+ ENDED + "|" + BEGAN + ")\\b[^.]*?\\b(?:de\\s+)?(?<n2>" + NUM + ")" + DAY_WORD + "\\b", CI);

	private static final List<List<String>> NUMBERS = List.of(List.of("zero", "cero"), List.of("one", "uno", "một"),
			List.of("two", "dos", "hai"), List.of("three", "tres", "ba"), List.of("four", "cuatro", "bốn"),
			List.of("five", "cinco", "năm"), List.of("six", "seis", "sáu"), List.of("seven", "siete", "bảy"),
			List.of("eight", "ocho"), List.of("nine", "nueve"), List.of("ten", "diez"));

	private Extraction.EventDate date(Run run) {
		List<Found> found = DateExpressions.find(run.body, run.published);
		if (run.published == null && run.at.datelineDate != null) {
			run.notes.add(ExtractionNotes.note("dateline-date", run.at.datelineDate));
		}
		Found best = null;
		int bestScore = Integer.MIN_VALUE;
		int eventIndex = run.event == null ? -1 : run.sentenceIndex(run.event);
		for (Found f : found) {
			Sentence s = run.sentenceAt(f.start());
			if (s == null) {
				continue;
			}
			int score = 0;
			int index = run.sentenceIndex(s);
			if (s == run.event) {
				score += 5;
			}
			else if (eventIndex >= 0 && index == eventIndex - 1) {
				score += 2; // a time phrase opening the paragraph before the verb
			}
			if (index < 3) {
				score += 1;
			}
			if (f.vague()) {
				score -= 4;
			}
			String before = run.body.substring(Math.max(0, f.start() - 40), f.start()).toLowerCase(Locale.ROOT);
			if (before
				.matches("(?s).*\\b(signed|since|founded|established|anniversary|born|adopted|firmado|ký)\\b.*")) {
				score -= 4;
			}
			if (score > bestScore) {
				bestScore = score;
				best = f;
			}
		}
		if (best == null) {
			run.notes.add(ExtractionNotes.note("no-date"));
			return null;
		}
		if (!best.resolved()) {
			run.notes.add(ExtractionNotes.note("unresolved-date", best.text().strip()));
			return null;
		}
		if (best.vague()) {
			run.notes.add(ExtractionNotes.note("vague-date", best.text().strip()));
		}
		LocalDate from = best.from();
		LocalDate to = best.to();
		Sentence s = run.sentenceAt(best.start());
		if (!best.range() && s != null) {
			Matcher n = N_DAY.matcher(s.text());
			if (n.find()) {
				String num = n.group("n") != null ? n.group("n") : n.group("n2");
				String verb = (n.group("verb") != null ? n.group("verb") : n.group("verb2")).toLowerCase(Locale.ROOT);
				String word = num.toLowerCase(Locale.ROOT);
				int days = Character.isDigit(num.charAt(0)) ? Integer.parseInt(num)
						: java.util.stream.IntStream.range(0, NUMBERS.size())
							.filter(k -> NUMBERS.get(k).contains(word))
							.findFirst()
							.orElse(-1);
				if (days > 1 && days < 15) {
					if (verb.matches("(?s)(conclud|end|wrap|concluy|finaliz|termin|kết).*")) {
						from = to.minusDays(days - 1);
					}
					else {
						to = from.plusDays(days - 1);
					}
				}
			}
		}
		return new Extraction.EventDate(DateExpressions.iso(from, to, best.yearKnown()), best.yearKnown() ? from : null,
				best.yearKnown() ? to : null, new Span(best.start(), best.end()));
	}

	// ------------------------------------------------------------------ people

	/** A person as the article builds them up mention by mention. */
	private final class PersonEntity {

		String name;

		List<String> tokens;

		String rank;

		String position;

		String country;

		KnownPerson known;

		final List<Span> mentions = new ArrayList<>();

		int firstStart;

		Extraction.Person toRecord() {
			String full = known != null ? known.fullName() : name;
			String agency = null;
			return new Extraction.Person(name, ascii(full), rank, position,
					country != null ? country : known != null ? known.country() : null, agency,
					known == null ? null : known.id(), List.copyOf(mentions));
		}

	}

	private static final Pattern CAP_RUN = Pattern.compile(
			"\\p{Lu}[\\p{L}\\p{M}']*(?:-\\p{L}[\\p{L}\\p{M}']*)*(?:\\s+(?:(?:de|del|la|van|von|der|bin|da|dos)\\s+)?\\p{Lu}[\\p{L}\\p{M}']*(?:-\\p{L}[\\p{L}\\p{M}']*)*)*",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}']+(?:-[\\p{L}\\p{M}']+)*",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Set<String> INSTITUTION_WORDS = Set.of("centre", "center", "park", "street", "hospital",
			"museum", "institute", "university", "academy", "mausoleum", "memorial", "square", "prize", "award",
			"trail", "festival", "hall", "road", "city", "province", "district", "avenue", "airport", "bridge",
			"school", "college", "foundation", "order", "medal", "house", "palace", "temple", "pagoda", "plaza",
			"boulevard");

	/** Words that, opening a run of capitals, announce a person. */
	private static final Set<String> TRIGGER_TOKENS = Set.of("samdech", "kralahom", "sir", "dato", "datuk", "minister",
			"deputy", "vice", "president", "secretary", "general", "director", "ambassador", "chairman", "chairwoman",
			"chief", "head", "commander", "commissioner", "governor", "premier", "leader", "comrade", "mr", "mrs", "ms",
			"dr", "lt", "gen", "maj", "col", "brig", "sr", "snr", "capt", "pol", "senior", "lieutenant", "major",
			"colonel", "brigadier", "captain", "marshal", "admiral", "police", "ministro", "ministra", "viceministro",
			"presidente", "embajador", "jefe", "coronel", "teniente", "comandante", "senor", "senora", "thu", "bo",
			"dai", "thuong", "trung", "thieu", "ong", "ba", "chu", "tong", "pho", "member", "politburo", "excellency",
			"madam", "councilor", "councillor", "state", "first", "prime");

	/** Words no person's name contains: a run with one is an institution. */
	private static final Set<String> NON_NAME = Set.of("seguridad", "publica", "agencia", "noticias", "ministerio",
			"ministry", "agency", "news", "department", "security", "police", "policia", "interior", "affairs",
			"committee", "party", "partido", "comite", "council", "consejo", "embassy", "embajada", "academy",
			"academia", "university", "universidad", "office", "oficina", "bureau", "service", "servicio", "forces",
			"fuerzas", "army", "ejercito", "republic", "republica", "government", "gobierno", "nacional", "national",
			"visit", "visita", "concludes", "holds", "meets", "signs", "talks", "cooperation", "cooperacion", "times",
			"press", "xinhua", "tass", "vna", "vns", "granma", "latina", "prensa", "home", "media");

	/** Words that end a name when a run of capitals goes on ("Tô Lâm Party"). */
	private static final Set<String> MID_NAME_STOPS = Set.of("minister", "ministry", "president", "secretary", "party",
			"committee", "department", "police", "security", "embassy", "government", "politburo", "directorate",
			"ministerio", "ministro", "gobierno", "partido", "comite", "embajada", "republic", "people", "public",
			"state", "national", "interior", "affairs", "deputy", "vice", "general", "and");

	private static final Pattern TRIGGER_BEFORE = Pattern
		.compile("(?<![\\p{L}])(?:minister|ministers|president|secretary|ambassador|director|chief|head|commander|"
				+ "commissioner|chairman|chairwoman|governor|premier|leader|comrade|mr|mrs|ms|madam|dr|"
				+ "ministro|ministra|viceministro|viceministra|presidente|presidenta|embajador|embajadora|director|"
				+ "directora|jefe|jefa|secretario|señor|señora|compañero|compañera|general|coronel|"
				+ "bộ trưởng|thứ trưởng|đại sứ|chủ tịch|tổng bí thư|bí thư|đồng chí|ông|bà|cục trưởng|giám đốc|thủ tướng|"
				+ "member|miembro|ủy viên bộ chính trị)[\\s,]*$", CI);

	private static final Pattern APPOSITION = Pattern.compile("^\\s*(?:,|\\s-\\s|\\s?[–—]\\s?|\\s\\()\\s*", CI);

	private static final Set<String> POSITION_LOWER = Set.of("of", "the", "and", "for", "on", "in", "member", "members",
			"de", "del", "la", "el", "y", "và", "của", "deputy", "vice", "minister", "ministro", "ministra",
			"viceministro", "viceministra", "embajador", "embajadora", "director", "directora", "jefe", "jefa",
			"presidente", "presidenta", "secretario", "secretaria", "primer", "primera", "miembro", "buró", "político",
			"trưởng", "thứ", "viên", "trị", "sứ", "chính", "bộ", "tịch", "thư", "cục", "tổng", "an", "công", "nội",
			"vụ", "đại", "chủ", "phó", "ủy", "interior", "general", "first", "prime", "politburo", "public", "security",
			"affairs", "home", "internal", "state", "police", "national");

	private static final Set<String> HIGH_POSITION = Set.of("minister", "ministro", "ministra", "viceministro",
			"viceministra", "truong", "president", "presidente", "presidenta", "secretary", "secretario", "director",
			"directora", "ambassador", "embajador", "embajadora", "chief", "head", "jefe", "commander", "commissioner",
			"governor", "chairman", "chairwoman", "premier", "tich", "su", "thu");

	private static final Set<String> FUNCTION_WORDS = Set.of("to", "an", "la", "de", "in", "on", "at", "he", "she",
			"so", "as", "by", "do", "no", "be", "we", "it", "is", "or", "if", "us", "me", "my", "up", "the", "and",
			"for", "but", "not", "all", "may", "will", "con", "en", "el", "lo", "le", "se", "su", "ha", "mai", "nam",
			"ban", "hai", "ba", "bo", "cho", "cac", "va", "tai", "ngay", "sau", "khi", "trong", "theo", "duoc");

	private static final Set<String> VIET_SURNAMES = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan",
			"vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "luong", "to", "trinh", "dinh", "lam", "mai",
			"ha", "cao", "doan", "vuong", "trieu", "truong", "luu", "tang", "quach", "thai", "ta", "chu", "nghiem",
			"kieu", "lai", "hua", "than", "khong", "la", "giang", "tong", "au", "dao", "dam", "lu", "phung", "tieu",
			"ton", "nong", "ong", "hau");

	private static final Pattern MEMORIAL = Pattern
		.compile("(?:monument|statue|mausoleum|tribute to|named after|memorial|legacy of|bust of|portrait of|"
				+ "lăng|tượng đài|mausoleo|monumento|homenaje a|nombre de)[^.;]{0,30}$", CI);

	private List<PersonEntity> people(Run run) {
		List<PersonEntity> persons = new ArrayList<>();
		for (Sentence s : run.at.sentences) {
			if (headline(s.text())) {
				continue; // "Deputy Minister Concludes Visit to Vientiane"
			}
			Matcher m = CAP_RUN.matcher(s.text());
			while (m.find()) {
				personCandidate(run, s, s.start() + m.start(), s.start() + m.end(), persons);
			}
		}
		persons.sort(Comparator.comparingInt(p -> p.firstStart));
		return persons;
	}

	private record Tok(String text, String folded, int start, int end) {
	}

	/** A title-case line without sentence punctuation. */
	static boolean headline(String text) {
		if (text.matches("(?s).*[.!?”\"]\\s*$")) {
			return false;
		}
		int words = 0;
		int caps = 0;
		for (String w : text.split("\\s+")) {
			if (w.length() > 3) {
				words++;
				if (Character.isUpperCase(w.charAt(0))) {
					caps++;
				}
			}
		}
		return words > 0 && caps * 10 >= words * 7;
	}

	private void personCandidate(Run run, Sentence s, int start, int end, List<PersonEntity> persons) {
		String work = run.work;
		List<Tok> toks = new ArrayList<>();
		Matcher t = TOKEN.matcher(work.substring(start, end));
		while (t.find()) {
			String text = t.group();
			if (text.endsWith("'s")) {
				text = text.substring(0, text.length() - 2);
			}
			toks.add(new Tok(text, FoldedText.fold(text), start + t.start(), start + t.start() + text.length()));
		}
		// Titles, ranks, countries and sentence openers before the name.
		int i = 0;
		String demonym = null;
		boolean titled = false;
		while (i < toks.size()
				&& !(i == toks.size() - 1 && findExisting(persons, List.of(toks.get(i).folded())) != null)
				&& (Lexicon.TITLE_WORDS.contains(toks.get(i).folded())
						|| Lexicon.COUNTRY_BY_FORM.containsKey(toks.get(i).folded())
						|| Lexicon.NAME_CONNECTORS.contains(toks.get(i).text()))) {
			String f = toks.get(i).folded();
			if (Lexicon.COUNTRY_BY_FORM.containsKey(f)) {
				demonym = Lexicon.COUNTRY_BY_FORM.get(f);
			}
			else if (TRIGGER_TOKENS.contains(f)) {
				titled = true;
			}
			i++;
		}
		// Two-word country names ("Viet Nam", "Việt Nam") and cities are not people.
		List<Tok> name = new ArrayList<>(toks.subList(i, toks.size()));
		while (!name.isEmpty() && Lexicon.NAME_CONNECTORS.contains(name.get(name.size() - 1).text())) {
			name.remove(name.size() - 1);
		}
		if (name.isEmpty()) {
			return;
		}
		if (name.stream().anyMatch(n -> NON_NAME.contains(n.folded()))) {
			return;
		}
		String nameFolded = name.stream().map(Tok::folded).collect(Collectors.joining(" "));
		boolean givenName = name.size() == 1 && findExisting(persons, List.of(nameFolded)) != null
				&& NEXT_LOWER
					.matcher(work.substring(name.get(0).end(), Math.min(work.length(), name.get(0).end() + 30)))
					.find();
		if ((Lexicon.CITY_BY_FORM.containsKey(nameFolded) || Lexicon.COUNTRY_BY_FORM.containsKey(nameFolded))
				&& !givenName) {
			return; // a place, unless someone already named goes by it ("Đức said")
		}
		for (int k = 0; k < name.size(); k++) {
			String f = name.get(k).folded();
			if (INSTITUTION_WORDS.contains(f) || (k > 0 && MID_NAME_STOPS.contains(f))) {
				// "Fidel Castro Centre", "Tô Lâm Party": a name inside an institution's,
				// or
				// a run that goes on into a title.
				if (INSTITUTION_WORDS.contains(f) || k < 2) {
					return;
				}
				name = new ArrayList<>(name.subList(0, k));
				nameFolded = name.stream().map(Tok::folded).collect(Collectors.joining(" "));
				break;
			}
		}
		int nameStart = name.get(0).start();
		int nameEnd = name.get(name.size() - 1).end();
		if (end < work.length()) {
			Matcher after = NEXT_WORD.matcher(work.substring(nameEnd, Math.min(work.length(), nameEnd + 40)));
			if (after.find() && INSTITUTION_WORDS.contains(after.group(1).toLowerCase(Locale.ROOT))) {
				return;
			}
		}
		String before = work.substring(Math.max(s.start(), nameStart - 150), nameStart);
		if (MEMORIAL.matcher(before).find()) {
			return;
		}
		String nameText = work.substring(nameStart, nameEnd);
		List<String> nameTokens = FoldedText.tokens(nameText);
		boolean trigger = titled || TRIGGER_BEFORE.matcher(before).find() || rankBefore.matcher(before).find();
		Apposition app = apposition(run, nameEnd, s);
		trigger |= app != null || positionBefore(before) != null;

		// A mention of someone already named?
		PersonEntity existing = findExisting(persons, nameTokens);
		if (nameTokens.size() == 1) {
			if (existing == null) {
				return;
			}
			String f = nameTokens.get(0);
			if (FUNCTION_WORDS.contains(f) || f.length() < 2) {
				// "To expressed...": a short given name that is also a common word must
				// be
				// the subject of a verb.
				Matcher verb = NEXT_LOWER.matcher(work.substring(nameEnd, Math.min(work.length(), nameEnd + 40)));
				if (!(verb.find() && (verb.group(1).endsWith("ed") || Set
					.of("said", "met", "held", "led", "paid", "gave", "told", "took", "made", "spoke", "will", "has",
							"had", "was", "also", "noted", "stressed", "proposed", "affirmed", "expressed")
					.contains(verb.group(1))))) {
					return;
				}
			}
			existing.mentions.add(new Span(nameStart, nameEnd));
			enrich(run, existing, before, app, demonym);
			return;
		}
		if (existing != null) {
			if (nameTokens.size() > existing.tokens.size() && existing.known == null) {
				existing.name = nameText;
				existing.tokens = nameTokens;
			}
			existing.mentions.add(new Span(nameStart, nameEnd));
			enrich(run, existing, before, app, demonym);
			return;
		}
		KnownPerson known = known(nameTokens);
		if (known == null && !trigger) {
			return;
		}
		if (nameTokens.size() > 6) {
			return;
		}
		PersonEntity p = new PersonEntity();
		p.name = nameText;
		p.tokens = known != null && FoldedText.tokens(known.fullName()).size() > nameTokens.size()
				? FoldedText.tokens(known.fullName()) : nameTokens;
		p.known = known;
		p.firstStart = nameStart;
		p.mentions.add(new Span(nameStart, nameEnd));
		enrich(run, p, before, app, demonym);
		persons.add(p);
	}

	private PersonEntity findExisting(List<PersonEntity> persons, List<String> tokens) {
		PersonEntity found = null;
		for (PersonEntity p : persons) {
			if (containsRun(p.tokens, tokens)) {
				found = p; // the latest one named wins
			}
		}
		if (found == null && tokens.size() >= 2) {
			for (PersonEntity p : persons) {
				if (containsRun(tokens, p.tokens)) {
					return p; // "Lâm" first, "Tô Lâm" later: the fuller name
				}
			}
		}
		return found;
	}

	private static boolean containsRun(List<String> whole, List<String> part) {
		if (part.isEmpty() || part.size() > whole.size()) {
			return false;
		}
		for (int i = 0; i + part.size() <= whole.size(); i++) {
			if (whole.subList(i, i + part.size()).equals(part)) {
				return true;
			}
		}
		return false;
	}

	private KnownPerson known(List<String> tokens) {
		String joined = String.join(" ", tokens);
		KnownPerson exact = peopleByName.get(joined);
		if (exact != null) {
			return exact;
		}
		if (tokens.size() < 2) {
			return null;
		}
		KnownPerson only = null;
		for (KnownPerson p : people) {
			boolean match = containsRun(FoldedText.tokens(p.fullName()), tokens)
					|| p.variants().stream().anyMatch(v -> containsRun(FoldedText.tokens(v), tokens));
			if (match) {
				if (only != null && only != p) {
					return null;
				}
				only = p;
			}
		}
		return only;
	}

	private record Apposition(String rank, String position, String country) {
	}

	private Apposition apposition(Run run, int nameEnd, Sentence s) {
		String rest = run.work.substring(nameEnd, s.end());
		Matcher m = APPOSITION.matcher(rest);
		if (!m.find()) {
			return null;
		}
		String tail = rest.substring(m.end());
		String[] segments = tail.split("\\s*(?:,|;|\\s-\\s|[–—()]|\\.\\s)\\s*");
		String rank = null;
		List<String> positions = new ArrayList<>();
		String country = null;
		for (String seg : segments) {
			String segment = seg.strip().replaceFirst("(?i)^(the|el|la)\\s+", "");
			if (segment.isEmpty()) {
				break;
			}
			List<String> words = FoldedText.tokens(segment);
			if (words.isEmpty() || words.size() > 14) {
				break;
			}
			String first = words.get(0);
			String rk = rankOf(segment);
			if (rk != null && FoldedText.fold(segment).equals(FoldedText.fold(rkSurface(segment)))) {
				rank = rk;
				continue;
			}
			boolean positional = Lexicon.POSITION_HEADS.contains(first)
					|| (words.size() > 1 && Lexicon.POSITION_HEADS.contains(first + " " + words.get(1)))
					|| Lexicon.COUNTRY_BY_FORM.containsKey(first) && words.size() > 1
							&& Lexicon.POSITION_HEADS.contains(words.get(1));
			if (!positional) {
				break;
			}
			String c = countryIn(segment);
			if (c != null && country == null) {
				country = c;
			}
			positions.add(trimPosition(segment));
		}
		if (rank == null && positions.isEmpty()) {
			return null;
		}
		return new Apposition(rank, mainPosition(positions), country);
	}

	private static final Pattern RANK_START = Pattern
		.compile("^(?:" + alternation(Lexicon.RANKS.keySet()) + ")(?![\\p{L}])", CI);

	private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{Lu}?[\\p{Ll}]+)",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern NEXT_LOWER = Pattern.compile("^\\s+(\\p{Ll}+)", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern WORDS_AND_MARKS = Pattern
		.compile("[\\p{L}\\p{M}']+(?:-[\\p{L}\\p{M}']+)*|[,;:()–—]|\\s-\\s", CI);

	private String rkSurface(String segment) {
		Matcher m = RANK_START.matcher(segment);
		return m.find() ? m.group() : "";
	}

	private String rankOf(String text) {
		Matcher m = RANK_START.matcher(text.strip());
		return m.find() ? canonicalRank(m.group()) : null;
	}

	private static String canonicalRank(String surface) {
		String f = FoldedText.fold(surface);
		for (Map.Entry<String, String> e : Lexicon.RANKS.entrySet()) {
			if (FoldedText.fold(e.getKey()).equals(f)) {
				return e.getValue();
			}
		}
		return surface;
	}

	private void enrich(Run run, PersonEntity p, String before, Apposition app, String demonym) {
		String rank = null;
		int rankStart = before.length();
		Matcher r = rankBefore.matcher(before);
		if (r.find()) {
			String surface = r.group("rank");
			String preceding = before.substring(0, r.start("rank")).toLowerCase(Locale.ROOT);
			boolean titleGeneral = FoldedText.fold(surface).equals("general") && preceding.matches(
					"(?s).*\\b(director|secretary|attorney|procurator|inspector|consul|governor|auditor|party)\\s*$");
			if (!titleGeneral) {
				rank = canonicalRank(surface);
				rankStart = r.start();
			}
		}
		String position = positionBefore(before.substring(0, rankStart));
		String country = demonym;
		if (app != null) {
			if (rank == null) {
				rank = app.rank();
			}
			if (position == null) {
				position = app.position();
			}
			if (country == null) {
				country = app.country();
			}
		}
		if (position != null && country == null) {
			country = countryIn(position);
		}
		if (position != null) {
			String preceding = before.substring(0, rankStart);
			String c = lastCountryForm(preceding);
			if (country == null && c != null) {
				country = c;
			}
		}
		if (p.rank == null && rank != null) {
			p.rank = rank;
		}
		if (p.position == null && position != null) {
			p.position = position;
		}
		if (p.country == null && country != null) {
			p.country = country;
		}
	}

	/**
	 * The position words just before a name or rank ("Cuban Minister of the Interior").
	 */
	private String positionBefore(String before) {
		List<int[]> spans = new ArrayList<>();
		Matcher t = WORDS_AND_MARKS.matcher(before);
		while (t.find()) {
			spans.add(new int[] { t.start(), t.end() });
		}
		int from = -1;
		for (int k = spans.size() - 1; k >= 0; k--) {
			String w = before.substring(spans.get(k)[0], spans.get(k)[1]);
			String f = FoldedText.fold(w);
			boolean ok = !f.isEmpty() && (Character.isUpperCase(w.charAt(0))
					|| POSITION_LOWER.contains(w.toLowerCase(Locale.ROOT)) || Lexicon.COUNTRY_BY_FORM.containsKey(f));
			if (!ok) {
				break;
			}
			from = spans.get(k)[0];
		}
		if (from < 0) {
			// "Cuban Minister of the Interior, Major General ...": one comma back
			String trimmed = before.stripTrailing();
			if (trimmed.endsWith(",") && !before.equals(trimmed.substring(0, trimmed.length() - 1))) {
				return positionBefore(trimmed.substring(0, trimmed.length() - 1) + " ");
			}
			return null;
		}
		String chain = before.substring(from).strip();
		// Sentence openers and articles are not part of a position.
		chain = chain
			.replaceFirst("(?i)^((the|a|an|on|in|at|during|earlier|meanwhile|el|la|los|las|and|y|với|và)\\s+)+", "");
		chain = chain.replaceAll("\\s+", " ");
		List<String> parts = new ArrayList<>();
		for (String part : chain.split("\\s+(?:and|y|và)\\s+")) {
			parts.add(trimPosition(part));
		}
		return mainPosition(parts);
	}

	private static String trimPosition(String part) {
		String p = part.strip().replaceAll("\\s+", " ");
		// A leading country adjective belongs to the person, not to the position.
		List<String> words = new ArrayList<>(List.of(p.split(" ")));
		while (!words.isEmpty() && Lexicon.COUNTRY_BY_FORM.containsKey(FoldedText.fold(words.get(0)))
				&& words.size() > 1) {
			words.remove(0);
		}
		p = String.join(" ", words);
		return p.replaceFirst("[\\s,.;:]+$", "");
	}

	private static String mainPosition(List<String> parts) {
		String first = null;
		for (String part : parts) {
			List<String> words = FoldedText.tokens(part);
			if (words.isEmpty()) {
				continue;
			}
			boolean head = words.stream().anyMatch(HIGH_POSITION::contains);
			boolean low = words.contains("politburo") || words.contains("member") || words.contains("miembro")
					|| words.contains("vien");
			if (head && !low) {
				return part;
			}
			if (first == null && (head || low)) {
				first = part;
			}
		}
		return first;
	}

	private static String countryIn(String text) {
		List<String> words = FoldedText.tokens(text);
		for (int n = 3; n >= 1; n--) {
			for (int i = 0; i + n <= words.size(); i++) {
				String c = Lexicon.COUNTRY_BY_FORM.get(String.join(" ", words.subList(i, i + n)));
				if (c != null) {
					return c;
				}
			}
		}
		return null;
	}

	private static String lastCountryForm(String text) {
		List<String> words = FoldedText.tokens(text);
		int from = Math.max(0, words.size() - 8);
		String found = null;
		for (int i = from; i < words.size(); i++) {
			String c = Lexicon.COUNTRY_BY_FORM.get(words.get(i));
			if (c != null) {
				found = c;
			}
		}
		return found;
	}

	/** Countries of people the article did not place, from the shape of their name. */
	private void settlePeopleCountries(Run run, List<PersonEntity> persons, String other) {
		for (PersonEntity p : persons) {
			if (p.country != null) {
				continue;
			}
			if (p.known != null) {
				p.country = p.known.country();
				continue;
			}
			List<String> tokens = p.tokens;
			boolean vietnamese = tokens.size() >= 2 && VIET_SURNAMES.contains(tokens.get(0))
					&& tokens.stream().allMatch(w -> w.length() <= 6);
			if (vietnamese && !hasForeignDiacritics(p.name)) {
				p.country = "VN";
			}
			else if (other != null) {
				p.country = other;
			}
		}
	}

	private static boolean hasForeignDiacritics(String name) {
		return name.matches(".*[áéíóúñÁÉÍÓÚÑ].*")
				&& !name.matches(".*[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*");
	}

	// ------------------------------------------------------------------ place

	private static final Pattern VISIT_TO = Pattern.compile(
			"\\b(?:visit|visits|visiting|trip|tour|visita|visitó|thăm|sang thăm|chuyến thăm)\\b[^.;]{0,40}?\\b(?:to|a|tới|đến|in|en|tại)?\\s*$",
			CI);

	private Extraction.Place place(Run run, List<PersonEntity> persons) {
		String visitCountry = null;
		Span visitSpan = null;
		String visitCity = null;
		// Cities and countries in the event sentence and after.
		List<Located> located = locate(run);
		for (Located l : located) {
			Sentence s = run.sentenceAt(l.start);
			if (s == null) {
				continue;
			}
			String before = run.work.substring(s.start(), l.start);
			if (VISIT_TO.matcher(before).find() && (s == run.event || run.sentenceIndex(s) <= 2)) {
				visitCountry = l.country;
				visitCity = l.city;
				visitSpan = new Span(l.start, l.end);
				break;
			}
		}
		if (visitCity != null) {
			return new Extraction.Place(visitCity, visitCountry, visitSpan);
		}
		// "in Havana" in the event sentence, then anywhere in the body (within the
		// visited
		// country if there is one).
		for (boolean eventOnly : new boolean[] { true, false }) {
			for (Located l : located) {
				Sentence s = run.sentenceAt(l.start);
				if (s == null || (eventOnly && s != run.event) || l.city == null) {
					continue;
				}
				if (visitCountry != null && !visitCountry.equals(l.country)) {
					continue;
				}
				String before = run.work.substring(Math.max(s.start(), l.start - 12), l.start).toLowerCase(Locale.ROOT);
				if (before.matches("(?s).*\\b(in|at|en|tại|ở|to|a)\\s+$") || eventOnly) {
					return new Extraction.Place(l.city, l.country, new Span(l.start, l.end));
				}
			}
		}
		if (run.at.dateline != null) {
			Lexicon.City city = Lexicon.CITY_BY_FORM.get(FoldedText.fold(run.at.dateline));
			if (city != null && (visitCountry == null || visitCountry.equals(city.country()))) {
				return new Extraction.Place(city.name(), city.country(),
						new Span(run.at.datelineStart, run.at.datelineEnd));
			}
		}
		if (visitCountry != null) {
			return new Extraction.Place(null, visitCountry, visitSpan);
		}
		// "held talks in Laos"
		if (run.event != null) {
			for (Located l : located) {
				if (l.city == null && run.sentenceAt(l.start) == run.event) {
					String before = run.work.substring(Math.max(run.event.start(), l.start - 6), l.start)
						.toLowerCase(Locale.ROOT);
					if (before.matches("(?s).*\\b(in|en|tại)\\s+$")) {
						return new Extraction.Place(null, l.country, new Span(l.start, l.end));
					}
				}
			}
		}
		run.notes.add(ExtractionNotes.note("no-place"));
		return null;
	}

	private record Located(int start, int end, String city, String country) {
	}

	private List<Located> locate(Run run) {
		List<Located> out = new ArrayList<>();
		Set<Integer> starts = new java.util.HashSet<>();
		for (Lexicon.City c : Lexicon.CITIES) {
			for (String form : c.forms()) {
				for (FoldedText.Hit h : run.folded.find(form)) {
					if (starts.add(h.start())) {
						out.add(new Located(h.start(), h.end(), c.name(), c.country()));
					}
				}
			}
		}
		for (Lexicon.Country c : Lexicon.COUNTRIES) {
			for (String form : c.forms()) {
				if (!Character.isUpperCase(form.charAt(0))) {
					continue;
				}
				for (FoldedText.Hit h : run.folded.find(form)) {
					String surface = run.work.substring(h.start(), h.end());
					if (!Character.isUpperCase(surface.charAt(0))) {
						continue;
					}
					// an adjective ("Cuban delegation") is not a destination
					boolean noun = !form.endsWith("an") && !form.endsWith("ese") && !form.endsWith("ish")
							|| form.equals("Japan");
					if (noun && starts.add(h.start())) {
						out.add(new Located(h.start(), h.end(), null, c.iso()));
					}
				}
			}
		}
		out.sort(Comparator.comparingInt(Located::start));
		// drop a country inside a city name ("Santiago de Cuba") or a city inside a
		// longer
		// one
		List<Located> kept = new ArrayList<>();
		for (Located l : out) {
			boolean inside = kept.stream().anyMatch(k -> l.start >= k.start && l.end <= k.end);
			if (!inside) {
				kept.add(l);
			}
		}
		return kept;
	}

	// ------------------------------------------------------------------ agencies

	private static Pattern agencyPattern() {
		List<String> heads = new ArrayList<>(Lexicon.AGENCY_HEADS.keySet());
		return Pattern.compile("(?<![\\p{L}])(?:" + alternation(heads) + ")(?![\\p{L}])", CI);
	}

	/** A ministry named by its generic name, with its country when the text gives it. */
	private record AgencyHit(int start, int end, int headStart, int headEnd, String cls, String country) {
	}

	private static final Pattern COUNTRY_LINK = Pattern.compile(
			"^\\s+(?:(?:of|de|del)\\s+)?(?:the\\s+|la\\s+)?(?:(?:Socialist\\s+)?Republic\\s+of\\s+|Kingdom\\s+of\\s+|"
					+ "República\\s+de\\s+|Reino\\s+de\\s+|Federación\\s+de\\s+|Liên bang\\s+|nước\\s+)?",
			CI);

	private List<AgencyHit> agencyHits(String text, int from, int to) {
		List<AgencyHit> hits = new ArrayList<>();
		Matcher m = agencyPattern.matcher(text).region(from, to);
		while (m.find()) {
			String cls = agencyClass(m.group());
			int start = m.start();
			int end = m.end();
			String country = null;
			// "Cuban Ministry of ...", "Russia's Ministry of ...": up to three words
			// before
			List<int[]> words = new ArrayList<>();
			Matcher w = TOKEN.matcher(text.substring(Math.max(0, start - 40), start));
			int base = Math.max(0, start - 40);
			while (w.find()) {
				words.add(new int[] { base + w.start(), base + w.end() });
			}
			for (int n = Math.min(3, words.size()); n >= 1 && country == null; n--) {
				int first = words.get(words.size() - n)[0];
				String phrase = text.substring(first, start).strip().replaceFirst("'s$", "");
				if (!text.substring(words.get(words.size() - 1)[1], start).matches("(?:'s)?\\s+")) {
					break;
				}
				String c = Lexicon.COUNTRY_BY_FORM.get(FoldedText.fold(phrase));
				if (c != null && Character.isUpperCase(phrase.charAt(0))) {
					country = c;
					start = first;
				}
			}
			// "... of Cuba", "... de Cuba", "Bộ Công an Lào", "Ministerio del Interior
			// cubano"
			if (country == null) {
				Matcher link = COUNTRY_LINK.matcher(text.substring(end, Math.min(text.length(), end + 80)));
				if (link.find()) {
					int after = end + link.end();
					List<int[]> next = new ArrayList<>();
					Matcher nw = TOKEN.matcher(text.substring(after, Math.min(text.length(), after + 40)));
					while (nw.find() && next.size() < 3) {
						next.add(new int[] { after + nw.start(), after + nw.end() });
					}
					if (!next.isEmpty() && next.get(0)[0] == after) {
						for (int n = next.size(); n >= 1; n--) {
							String phrase = text.substring(after, next.get(n - 1)[1]);
							String c = "Anh".equals(phrase) ? "GB"
									: Lexicon.COUNTRY_BY_FORM.get(FoldedText.fold(phrase));
							if (c != null) {
								country = c;
								end = next.get(n - 1)[1];
								break;
							}
						}
					}
				}
			}
			hits.add(new AgencyHit(start, end, m.start(), m.end(), cls, country));
		}
		return hits;
	}

	private static String alternation(java.util.Collection<String> phrases) {
		return phrases.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(p -> Pattern.quote(p).replace(" ", "\\E[\\s.-]+\\Q"))
			.collect(Collectors.joining("|"));
	}

	private static final Pattern UNIT = Pattern.compile(
			"(?<![\\p{L}])(?:(?:General\\s+)?(?:Department|Directorate|Bureau|Division|Command|Administration|Institute|Academy)"
					+ "\\s+(?:of|for)\\s+(?:the\\s+)?|Dirección\\s+(?:General\\s+)?de\\s+|(?:Tổng\\s+)?[Cc]ục\\s+)"
					+ "\\p{Lu}[\\p{L}\\p{M}'-]*(?:,?\\s+(?:(?:and|of|for|&|y|de|del|la|and\\s+the)\\s+)?\\p{Lu}[\\p{L}\\p{M}'-]*){0,9}",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** An agency as the article builds it up. */
	private static final class AgencyEntity {

		String key;

		String name;

		String country;

		String code;

		String agencyClass;

		boolean unit;

		Span span;

		final List<Span> spans = new ArrayList<>();

		String parentCountryHint;

	}

	private List<Extraction.Agency> agencies(Run run, List<PersonEntity> persons, Extraction.Place place) {
		Map<String, AgencyEntity> found = new LinkedHashMap<>();
		boolean[] taken = new boolean[run.work.length() + 1];
		List<String> mainCountries = mainCountries(run);
		// Directory names (units first: they are longer and more specific).
		List<KnownAgency> ordered = new ArrayList<>(agencies);
		ordered.sort(Comparator.comparing((KnownAgency a) -> a.parent() == null));
		for (KnownAgency a : ordered) {
			List<String> names = new ArrayList<>(a.names());
			names.sort(Comparator.comparingInt(String::length).reversed());
			for (String n : names) {
				if (a.parent() == null && Lexicon.AGENCY_HEADS.keySet()
					.stream()
					.anyMatch(h -> FoldedText.fold(n).startsWith(FoldedText.fold(h))
							|| FoldedText.fold(n).endsWith(FoldedText.fold(h)))) {
					continue; // generic ministry names go through the country-aware rule
				}
				for (FoldedText.Hit h : run.folded.find(n)) {
					if (free(taken, h.start(), h.end())) {
						mark(taken, h.start(), h.end());
						add(found, a.code(), a.englishName(), a.country(), a.code(), null, a.parent() != null,
								new Span(h.start(), h.end()));
					}
				}
			}
			for (String abbr : a.abbreviations()) {
				// "MININT" is also written "Minint"; short ones ("MPS") only as capitals
				Matcher m = abbreviation(abbr).matcher(run.body);
				while (m.find()) {
					if (free(taken, m.start(), m.end())) {
						mark(taken, m.start(), m.end());
						add(found, a.code(), a.englishName(), a.country(), a.code(), null, a.parent() != null,
								new Span(m.start(), m.end()));
					}
				}
			}
		}
		// Ministries by their generic names, with the country the text gives them.
		List<AgencyHit> hits = agencyHits(run.body, 0, run.body.length());
		for (AgencyHit h : hits) {
			if (!free(taken, h.headStart(), h.headEnd())) {
				continue;
			}
			String country = h.country() != null ? h.country() : defaultCountry(run, h.cls(), mainCountries);
			mark(taken, h.start(), h.end());
			KnownAgency dir = directoryMinistry(country, h.cls());
			String name = dir != null ? dir.englishName()
					: run.work.substring(h.start(), h.end()).replaceAll("\\s+", " ");
			String key = dir != null ? dir.code() : country + ":" + h.cls();
			add(found, key, name, country, dir == null ? null : dir.code(), h.cls(), false,
					new Span(h.start(), h.end()));
		}
		// Units not in the directory: "Department of ... ", with the country of the
		// ministry they are under (named after them, or before them in the sentence).
		Matcher u = UNIT.matcher(run.body);
		while (u.find()) {
			int end = u.end();
			String text = run.work.substring(u.start(), end).replaceFirst("[\\s,]+$", "");
			int textEnd = u.start() + text.length();
			String country = null;
			if (!free(taken, u.start(), textEnd)) {
				// "Academy of the Ministry of Internal Affairs of Belarus": a unit of the
				// ministry named inside it
				int unitStart = u.start();
				int unitEnd = textEnd;
				AgencyHit inner = hits.stream()
					.filter(h -> h.start() > unitStart && h.start() < unitEnd)
					.findFirst()
					.orElse(null);
				if (inner == null || !free(taken, u.start(), inner.start())
						|| !run.body.substring(u.start(), inner.start())
							.matches("(?s)\\S+(?:\\s+\\S+)?\\s+of\\s+(?:the\\s+)?")) {
					continue;
				}
				textEnd = inner.end();
				text = run.work.substring(u.start(), textEnd);
				country = inner.country() != null ? inner.country() : defaultCountry(run, inner.cls(), mainCountries);
			}
			KnownAgency dir = directoryUnit(text);
			if (dir != null) {
				country = dir.country();
			}
			if (country == null) {
				String after = run.body.substring(textEnd, Math.min(run.body.length(), textEnd + 90));
				List<AgencyHit> under = agencyHits(after, 0, after.length());
				if (!under.isEmpty() && under.get(0).start() < 40) {
					AgencyHit h = under.get(0);
					country = h.country() != null ? h.country() : defaultCountry(run, h.cls(), mainCountries);
				}
			}
			if (country == null) {
				Sentence s = run.sentenceAt(u.start());
				int from = s == null ? 0 : s.start();
				for (AgencyEntity a : found.values()) {
					for (Span sp : a.spans) {
						if (sp.start() >= from && sp.end() <= u.start() && a.country != null && !a.unit) {
							country = a.country; // the nearest ministry before it in the
													// sentence
						}
					}
				}
			}
			if (country == null) {
				country = lastCountryForm(run.body.substring(Math.max(0, u.start() - 30), u.start()));
			}
			mark(taken, u.start(), textEnd);
			String key = dir != null ? dir.code() : "unit:" + FoldedText.fold(text);
			add(found, key, dir != null ? dir.englishName() : text, country, dir == null ? null : dir.code(), null,
					true, new Span(u.start(), textEnd));
		}
		// Ministries named only through a person's position ("Lao Minister of Public
		// Security").
		for (PersonEntity p : persons) {
			if (p.position == null) {
				continue;
			}
			Matcher pm = MINISTER_OF.matcher(p.position);
			if (pm.find()) {
				String cls = agencyClass(pm.group(1));
				String country = p.country != null ? p.country : p.known != null ? p.known.country() : null;
				if (country == null) {
					continue;
				}
				KnownAgency dir = directoryMinistry(country, cls);
				String key = dir != null ? dir.code() : country + ":" + cls;
				if (!found.containsKey(key)) {
					String name = dir != null ? dir.englishName() : "Ministry of " + pm.group(1);
					add(found, key, name, country, dir == null ? null : dir.code(), cls, false, p.mentions.get(0));
				}
			}
		}
		// Settle people's countries now that the sides are known.
		String other = mainCountries.stream().filter(c -> !"VN".equals(c)).findFirst().orElse(null);
		settlePeopleCountries(run, persons, other);
		return roles(run, found, persons, place, mainCountries);
	}

	private List<String> mainCountries(Run run) {
		return run.countryCounts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.limit(2)
			.toList();
	}

	private String defaultCountry(Run run, String cls, List<String> main) {
		if ("vi".equals(run.language) && "public-security".equals(cls)) {
			return "VN";
		}
		if ("public-security".equals(cls) && (main.contains("VN") || main.isEmpty())) {
			return "VN";
		}
		if ("es".equals(run.language) && "interior".equals(cls) && main.contains("CU")) {
			return "CU";
		}
		List<String> foreign = main.stream().filter(c -> !"VN".equals(c)).toList();
		if (foreign.size() == 1) {
			return foreign.get(0);
		}
		return main.isEmpty() ? null : main.get(0);
	}

	private static String agencyClass(String head) {
		String f = FoldedText.fold(head);
		for (Map.Entry<String, String> e : Lexicon.AGENCY_HEADS.entrySet()) {
			if (FoldedText.fold(e.getKey()).equals(f)) {
				return e.getValue();
			}
		}
		if (f.contains("public security") || f.contains("seguridad publica") || f.contains("cong an")) {
			return "public-security";
		}
		if (f.contains("interior") || f.contains("home affairs") || f.contains("internal affairs")
				|| f.contains("noi vu")) {
			return "interior";
		}
		if (f.contains("state security")) {
			return "state-security";
		}
		return "police";
	}

	private KnownAgency directoryMinistry(String country, String cls) {
		if (country == null) {
			return null;
		}
		for (KnownAgency a : agencies) {
			if (a.parent() == null && country.equals(a.country())) {
				for (String n : a.names()) {
					String f = FoldedText.fold(n);
					for (Map.Entry<String, String> e : Lexicon.AGENCY_HEADS.entrySet()) {
						if (e.getValue().equals(cls) && f.contains(FoldedText.fold(e.getKey()))) {
							return a;
						}
					}
				}
			}
		}
		return null;
	}

	private KnownAgency directoryUnit(String text) {
		Set<String> mine = normalisedTokens(text);
		KnownAgency best = null;
		double bestScore = 0.7;
		for (KnownAgency a : agencies) {
			if (a.parent() == null) {
				continue;
			}
			for (String n : a.names()) {
				Set<String> theirs = normalisedTokens(n);
				Set<String> common = new LinkedHashSet<>(mine);
				common.retainAll(theirs);
				Set<String> union = new LinkedHashSet<>(mine);
				union.addAll(theirs);
				double score = union.isEmpty() ? 0 : (double) common.size() / union.size();
				if (score > bestScore) {
					bestScore = score;
					best = a;
				}
			}
		}
		return best;
	}

	static Set<String> normalisedTokens(String name) {
		String f = " " + FoldedText.fold(name) + " ";
		f = f.replace(" cyber security ", " cybersecurity ")
			.replace(" high tech ", " hitech ")
			.replace(" hi tech ", " hitech ")
			.replace(" counter intelligence ", " counterintelligence ");
		Set<String> out = new LinkedHashSet<>(List.of(f.strip().split(" ")));
		out.removeAll(Set.of("the", "of", "and", "for", "de", "del", "la", "y", "va"));
		return out;
	}

	private static void add(Map<String, AgencyEntity> found, String key, String name, String country, String code,
			String cls, boolean unit, Span span) {
		AgencyEntity e = found.get(key);
		if (e == null) {
			e = new AgencyEntity();
			e.key = key;
			e.name = name.replaceFirst("(?i)^the\\s+", "");
			e.country = country;
			e.code = code;
			e.agencyClass = cls;
			e.unit = unit;
			e.span = span;
			found.put(key, e);
		}
		e.spans.add(span);
	}

	private static final Pattern PARTICIPATING = Pattern.compile(
			"\\b(?:sign(?:ed|ing)(?!\\s+in\\s+(?:19|20)\\d\\d)|inked|led by|headed by|delegation (?:of|from)|firmaron|suscribieron|"
					+ "encabezad\\w*|presidid\\w*|ký kết|dẫn đầu|do .{3,60} dẫn đầu)\\b",
			CI);

	private List<Extraction.Agency> roles(Run run, Map<String, AgencyEntity> found, List<PersonEntity> persons,
			Extraction.Place place, List<String> mainCountries) {
		String host = place == null ? null : place.country();
		Set<String> involved = new LinkedHashSet<>();
		if (host != null) {
			involved.add(host);
		}
		if (run.event != null) {
			for (PersonEntity p : persons) {
				for (Span sp : p.mentions) {
					if (sp.start() >= run.event.start() && sp.end() <= run.event.end() && p.country != null) {
						involved.add(p.country);
					}
				}
			}
			for (AgencyEntity a : found.values()) {
				if (a.spans.stream().anyMatch(sp -> sp.start() >= run.event.start() && sp.end() <= run.event.end())
						&& a.country != null) {
					involved.add(a.country);
				}
			}
		}
		if (involved.size() < 2) {
			involved.addAll(mainCountries);
		}
		List<Extraction.Agency> out = new ArrayList<>();
		for (AgencyEntity a : found.values()) {
			String role;
			if (a.unit) {
				boolean participating = a.spans.stream().anyMatch(sp -> {
					Sentence s = run.sentenceAt(sp.start());
					return s != null && PARTICIPATING.matcher(s.text()).find();
				});
				role = participating ? "participant" : "mentioned";
			}
			else if (a.country != null && a.country.equals(host)) {
				role = "host";
			}
			else if (a.country != null && involved.contains(a.country)) {
				role = host == null ? "participant" : "guest";
			}
			else {
				role = "mentioned";
			}
			out.add(new Extraction.Agency(a.name, a.country, role, a.code, a.span));
		}
		return out;
	}

	private static boolean free(boolean[] taken, int start, int end) {
		for (int i = start; i < end && i < taken.length; i++) {
			if (taken[i]) {
				return false;
			}
		}
		return true;
	}

	private static void mark(boolean[] taken, int start, int end) {
		for (int i = start; i < end && i < taken.length; i++) {
			taken[i] = true;
		}
	}

	// ------------------------------------------------------------------ agreements

	private static final Pattern AGREEMENT = Pattern.compile(
			"(?<![\\p{L}])(?:memorandum of understanding|memorandum|MoU|MOU|agreements?|joint communiqu[ée]|communiqu[ée]|letter of intent|treaty|accord|protocol(?=\\s+(?:on|of|between))|"
					+ "(?:cooperation|action)\\s+plan|plan of cooperation|convenio|acuerdos?|memorando(?: de entendimiento)?|"
					+ "protocolo|plan de (?:cooperación|acción)|hiệp định|thỏa thuận|thoả thuận|bản ghi nhớ|nghị định thư|"
					+ "kế hoạch hợp tác)(?![\\p{L}])",
			CI);

	private static final Pattern GENERIC_PLURAL = Pattern
		.compile("^(?:agreements|acuerdos)\\s+(?:reached|alcanzados|adoptados|achieved)|^(?:agreements|acuerdos)$", CI);

	private static final Pattern PROPOSED_CUE = Pattern.compile(
			"\\b(?:propos\\w*|suggest\\w*|draft\\w*|negotiat\\w*|towards? signing|work towards|early signing|soon sign|"
					+ "to sign|will sign|would sign|consider signing|prepar\\w* (?:for|to) sign|propuso|propone\\w*|"
					+ "borrador|negociar|đề xuất|đề nghị|dự thảo|sớm ký|tiến tới ký)\\b",
			CI);

	private static final Pattern SIGNED_CUE = Pattern
		.compile("\\b(?:signed|signing|inked|firmaron|firmado|firmó|firma|suscribieron|suscrito|ký|ký kết)\\b", CI);

	private static final Pattern REVIEW_CUE = Pattern.compile(
			"\\b(?:review\\w*|assess\\w*|evaluat\\w*|implement\\w*|progress|outcomes?|under the|framework|revisar\\w*|"
					+ "evalu\\w*|balance|implementación|cumplimiento|đánh giá|triển khai|rà soát|thực hiện)\\b",
			CI);

	private static final Pattern YEAR_AFTER = Pattern
		.compile("^\\s+(?:signed\\s+|firmado\\s+|ký\\s+)?(?:in|of|en|de|năm|từ năm)\\s+((?:19|20)\\d\\d)(?!\\d)", CI);

	private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");

	private static final Set<String> TITLE_MODIFIERS = Set.of("cooperation", "bilateral", "security", "cybersecurity",
			"framework", "comprehensive", "strategic", "intergovernmental", "inter-ministerial", "new", "first",
			"extradition", "police", "mutual", "legal", "assistance", "training", "information", "exchange",
			"intelligence", "crime", "drug", "border", "joint", "cyber", "technical", "consular");

	private List<Extraction.Agreement> agreements(Run run, Extraction.EventDate eventDate) {
		List<Extraction.Agreement> out = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		int eventYear = eventDate != null && eventDate.from() != null ? eventDate.from().getYear()
				: run.published != null ? run.published.getYear() : 0;
		for (Sentence s : run.at.sentences) {
			Matcher m = AGREEMENT.matcher(s.text());
			while (m.find()) {
				String head = m.group();
				String rest = s.text().substring(m.end());
				if (GENERIC_PLURAL.matcher(head + rest.replaceFirst("^(\\s+\\w+).*", "$1")).find()
						|| (head.endsWith("s") && !precededByModifier(s.text(), m.start()))) {
					continue;
				}
				String title = agreementTitle(s.text(), m.start(), m.end());
				String context = s.text();
				String year = null;
				Matcher y = YEAR.matcher(title);
				if (y.find()) {
					year = y.group(1);
				}
				Matcher signedIn = SIGNED_IN.matcher(rest);
				if (year == null && signedIn.find() && signedIn.start() < 60) {
					year = signedIn.group(1);
				}
				Matcher yearAfter = YEAR_AFTER.matcher(rest);
				if (year == null && yearAfter.find()) {
					year = yearAfter.group(1); // "signed a cooperation agreement in 2018"
				}
				String action;
				String date;
				boolean earlier = year != null && (eventYear == 0 || Integer.parseInt(year) < eventYear);
				if (earlier) {
					action = "reviewed";
					date = year;
				}
				else if (PROPOSED_CUE.matcher(context).find() && !WITNESS.matcher(context).find()) {
					action = "proposed";
					date = null;
				}
				else if (SIGNED_CUE.matcher(context).find()) {
					action = "signed";
					date = eventDate == null ? year : eventDate.iso();
				}
				else {
					action = REVIEW_CUE.matcher(context).find() ? "reviewed" : "reviewed";
					date = year;
				}
				String key = action + "|" + String.join(" ", normalisedTokens(title));
				if (seen.add(key)) {
					out.add(new Extraction.Agreement(title, action, date,
							new Span(s.start() + m.start(), s.start() + m.end())));
				}
			}
		}
		return out;
	}

	private static boolean precededByModifier(String text, int at) {
		String before = text.substring(Math.max(0, at - 30), at).toLowerCase(Locale.ROOT).strip();
		String[] words = before.split("\\s+");
		return words.length > 0 && TITLE_MODIFIERS.contains(words[words.length - 1]);
	}

	private static String agreementTitle(String text, int start, int end) {
		String before = text.substring(0, start);
		String[] words = before.split("\\s+");
		List<String> mods = new ArrayList<>();
		for (int i = words.length - 1; i >= 0 && mods.size() < 5; i--) {
			String w = words[i].replaceAll("[,;:]$", "");
			if (w.isEmpty() || !w.equals(words[i])) {
				break;
			}
			String lw = w.toLowerCase(Locale.ROOT);
			if (TITLE_MODIFIERS.contains(lw) || lw.matches("(19|20)\\d\\d") || (Character.isUpperCase(w.charAt(0))
					&& !Set.of("The", "A", "An", "This", "Their", "Its", "At", "On", "In", "Under").contains(w))) {
				mods.add(0, w);
			}
			else {
				break;
			}
		}
		StringBuilder title = new StringBuilder(String.join(" ", mods));
		if (!title.isEmpty()) {
			title.append(' ');
		}
		title.append(text, start, end);
		String after = text.substring(end);
		Matcher c = TITLE_COMPLEMENT.matcher(after);
		if (c.find() && c.group(1).split("\\s+").length <= 10) {
			title.append(' ').append(c.group(1));
		}
		return title.toString().strip();
	}

	// ------------------------------------------------------------------ areas

	private static final Pattern CRIME_LIST = Pattern
		.compile("(?<![\\p{L}])(?<adj>organi[sz]ed|trans-?national|trans-border|cross-border|cyber|hi-?tech|high-tech|"
				+ "commercial|tourism-related|emerging|drug|drug-related)(?![\\p{L}])(?=[^.;]{0,140}?\\bcrim(?:e|es|inal)\\b)",
				CI);

	private List<Extraction.Area> areas(Run run) {
		Map<String, Extraction.Area> found = new LinkedHashMap<>();
		List<Extraction.Area> hits = new ArrayList<>();
		areaPhrases.forEach((phrase, code) -> {
			for (FoldedText.Hit h : run.folded.find(phrase)) {
				hits.add(new Extraction.Area(areaName(code), code.startsWith("extra:") ? null : code,
						new Span(h.start(), h.end())));
			}
		});
		Matcher m = CRIME_LIST.matcher(run.body);
		while (m.find()) {
			String adj = m.group("adj").toLowerCase(Locale.ROOT);
			String code = adj.startsWith("organi") ? "crime-organised"
					: adj.contains("national") || adj.contains("border") ? "crime-transnational"
							: adj.startsWith("cyber") || adj.contains("tech") ? "crime-hitech"
									: adj.startsWith("drug") ? "crime-drugs"
											: adj.startsWith("emerging") ? "crime-emerging" : "crime-trade-tourism";
			if (areaNames.isEmpty() || areaNames.containsKey(code)) {
				hits.add(new Extraction.Area(areaName(code), code, new Span(m.start(), m.end())));
			}
		}
		hits.sort(Comparator.comparingInt(a -> a.span().start()));
		for (Extraction.Area a : hits) {
			// "trans-border crime combat": the longer, more specific phrase wins
			boolean covered = hits.stream()
				.anyMatch(o -> o != a && !o.phrase().equals(a.phrase()) && o.span().start() < a.span().end()
						&& a.span().start() < o.span().end()
						&& (o.span().end() - o.span().start()) > (a.span().end() - a.span().start())
						&& "crime".equals(a.areaCode()));
			if (!covered) {
				found.putIfAbsent(a.phrase(), a);
			}
		}
		return List.copyOf(found.values());
	}

	private String areaName(String code) {
		String n = areaNames.get(code);
		if (n == null) {
			n = code.startsWith("extra:") ? code.substring(6) : code.replace('-', ' ');
		}
		return n.toLowerCase(Locale.ROOT);
	}

	// ------------------------------------------------------------------ commitments

	private static final String BOTH = "(?:the\\s+two|both|the)\\s+(?:sides|parties|ministries|ministers|countries|agencies|delegations|leaders|officials|officers|forces|nations|security\\s+forces|heads)"
			+ "|they|the\\s+host\\s+and\\s+(?:the\\s+)?guests?|the\\s+two\\s+(?:sides'|ministries')\\s+\\w+"
			+ "|ambas\\s+partes|las\\s+dos\\s+partes|ambos\\s+ministerios|ambos\\s+ministros|los\\s+dos\\s+ministros|ambas\\s+delegaciones|las\\s+partes"
			+ "|los\\s+dos\\s+ministerios|las\\s+dos\\s+delegaciones|los\\s+dos\\s+países|ambos\\s+países|ambas\\s+instituciones"
			+ "|(?:the\\s+)?[\\p{Lu}][^.;,]{2,70}?\\s+and\\s+(?:the\\s+|its\\s+|their\\s+)?[^.;,]{2,70}?(?=\\s+(?:agreed|pledged|committed|vowed)\\b)"
			+ "|hai\\s+bên|hai\\s+bộ|hai\\s+bộ\\s+trưởng|hai\\s+lực\\s+lượng|hai\\s+nước";

	private static final Pattern AGREED = Pattern.compile("(?<![\\p{L}])(?<subj>" + BOTH
			+ ")(?![\\p{L}])(?:(?![\\p{L}]*ed\\b)[^.;]){0,60}?(?<![\\p{L}])(?<verb>(?<!the\\s)agreed(?!\\s+(?:with|contents|upon\\s+contents))|pledged|committed(?!\\s+by)|vowed|concurred|consented|undertook|"
			+ "promised|resolved|decided|reached (?:a )?consensus|will|would|shall|highlighted the need|stressed the need|"
			+ "underlined the need|emphasi[sz]ed the need|recogni[sz]ed the importance of|stressed the importance of|"
			+ "highlighted the importance of|acordaron|se comprometieron|convinieron|coincidieron|decidieron|"
			+ "thống nhất|nhất trí|cam kết)(?![\\p{L}])\\s*(?:also\\s+)?(?:(?:to|on|that|upon|en|a|que|sẽ)(?![\\p{L}]))?\\s*(?<rest>[^.;]+)",
			CI);

	private static final Pattern PROPOSED = Pattern.compile(
			"(?<![\\p{L}])(?<verb>proposed|suggested|requested|asked|urged|hoped|wished|called for|recommended|invited|"
					+ "expressed (?:his|her|the|their) (?:hope|wish|desire)|underlined the need|stressed the need|"
					+ "emphasi[sz]ed the need|highlighted the need|should|propuso|sugirió|solicitó|pidió|instó|"
					+ "expresó (?:su |el )?(?:deseo|esperanza)|đề nghị|đề xuất|mong muốn|yêu cầu)(?![\\p{L}])"
					+ "\\s*(?:also\\s+)?(?:(?:that|to|for|on|que|a|the two sides to)(?![\\p{L}]))?\\s*(?<rest>[^.;]+)",
			CI);

	private static final Pattern IMPERATIVE = Pattern.compile(
			"^(?:Strengthen|Promote|Increase|Enhance|Boost|Expand|Continue|Step up|Intensify|Coordinate|Exchange|Share|"
					+ "Cooperate|Support|Implement|Develop|Build|Improve|Facilitate|Organi[sz]e|Tăng cường|Đẩy mạnh|Thúc đẩy|"
					+ "Fortalecer|Promover|Incrementar|Impulsar|Ampliar)\\b[^.;]+",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern CUT = Pattern.compile(
			",\\s*(?:contributing|thereby|which|so as|in order|while|as well as(?= their)|marking|aiming)\\b|\\s+(?:thereby)\\b|\\s+-\\s+",
			CI);

	private List<Extraction.Commitment> commitments(Run run, List<PersonEntity> persons) {
		List<Extraction.Commitment> out = new ArrayList<>();
		String lastProposer = null;
		int lastProposalSentence = -10;
		String lastSubjectCountry = null;
		for (int idx = 0; idx < run.at.sentences.size(); idx++) {
			Sentence s = run.at.sentences.get(idx);
			Matcher a = AGREED.matcher(s.text());
			Matcher p = PROPOSED.matcher(s.text());
			boolean agreedFound = a.find();
			boolean proposedFound = p.find();
			String subjectCountry = subjectCountry(run, s, persons, proposedFound ? p.start() : 60);
			if (subjectCountry != null && !proposedFound) {
				lastSubjectCountry = subjectCountry;
			}
			if (agreedFound && (!proposedFound || a.start() <= p.start())) {
				String verb = a.group("verb").toLowerCase(Locale.ROOT);
				String subj = a.group("subj").toLowerCase(Locale.ROOT);
				boolean oneSide = subj.matches("the\\s+(?:sides|parties)") ? false : false;
				String rest = a.group("rest");
				if (verb.equals("would") || verb.equals("will") || verb.equals("shall")) {
					rest = verb.equals("will") ? rest : rest;
				}
				if (!oneSide) {
					for (String text : split(paraphrase(rest))) {
						if (text.split("\\s+").length >= 3) {
							out.add(new Extraction.Commitment(text, true, null, span(s, a, "rest")));
						}
					}
				}
				continue;
			}
			if (proposedFound) {
				String verb = p.group("verb").toLowerCase(Locale.ROOT);
				String before = s.text().substring(0, p.start());
				boolean plural = PLURAL_SUBJECT.matcher(before).find();
				if (plural && !verb.equals("should")) {
					String text = paraphrase(p.group("rest"));
					if (text.split("\\s+").length >= 3) {
						out.add(new Extraction.Commitment(text, true, null, span(s, p, "rest")));
					}
					continue;
				}
				String by = subjectCountry != null ? subjectCountry
						: verb.equals("should") && idx - lastProposalSentence <= 2 ? lastProposer : lastSubjectCountry;
				if (verb.equals("asked") && !ASKED_FOR.matcher(s.text()).find()) {
					continue;
				}
				String text = paraphrase(p.group("rest"));
				if (text.split("\\s+").length >= 3) {
					out.add(new Extraction.Commitment(text, false, by, span(s, p, "rest")));
					lastProposer = by;
					lastProposalSentence = idx;
				}
				continue;
			}
			Matcher imp = IMPERATIVE.matcher(s.text());
			if (imp.find() && idx - lastProposalSentence <= 2 && lastProposer != null) {
				out.add(new Extraction.Commitment(paraphrase(imp.group()), false, lastProposer,
						new Span(s.start(), s.start() + imp.end())));
				lastProposalSentence = idx;
			}
		}
		Set<String> seen = new java.util.HashSet<>();
		return out.stream().filter(c -> seen.add(FoldedText.fold(c.text()))).toList();
	}

	private static final Pattern COORDINATED = Pattern.compile(
			",?\\s+and\\s+(?:to\\s+)?(?=(?:increase|strengthen|enhance|promote|expand|share|hold|boost|continue|coordinate|"
					+ "cooperate|set|step|deepen|develop|build|exchange|improve|jointly|support|implement|maintain|organi[sz]e|"
					+ "intensify|establish|create|conduct|sign|study|launch|combat|fight|prevent|facilitate|provide|work|"
					+ "seek|consider|jointly|further|enhance|ensure|accelerate|speed|complete|finali[sz]e|resume|open|train)\\b)"
					+ "|,\\s+y\\s+(?=(?:fortalecer|ampliar|incrementar|promover|impulsar|intensificar|desarrollar|compartir|"
					+ "coordinar|establecer|mantener|continuar)\\b)",
			CI);

	/** "strengthen X, and increase Y" → two commitments. */
	private static List<String> split(String text) {
		List<String> parts = new ArrayList<>();
		for (String part : COORDINATED.split(text)) {
			if (!part.isBlank()) {
				parts.add(part.strip().replaceFirst("[\\s,;:]+$", ""));
			}
		}
		return parts;
	}

	private static Span span(Sentence s, Matcher m, String group) {
		return new Span(s.start() + m.start(group), s.start() + m.end(group));
	}

	private static String paraphrase(String rest) {
		String text = rest.strip();
		Matcher cut = CUT.matcher(text);
		if (cut.find()) {
			text = text.substring(0, cut.start());
		}
		String[] words = text.split("\\s+");
		if (words.length > 28) {
			text = String.join(" ", java.util.Arrays.copyOf(words, 28)) + " …";
		}
		return text.replaceFirst("[\\s,;:]+$", "");
	}

	private String subjectCountry(Run run, Sentence s, List<PersonEntity> persons, int limit) {
		String head = s.text().substring(0, Math.min(s.text().length(), Math.max(0, limit)));
		// A person named at the start of the sentence.
		PersonEntity first = null;
		int firstAt = Integer.MAX_VALUE;
		for (PersonEntity p : persons) {
			for (Span sp : p.mentions) {
				if (sp.start() >= s.start() && sp.start() < s.start() + head.length() && sp.start() < firstAt) {
					first = p;
					firstAt = sp.start();
				}
			}
		}
		if (first != null) {
			return first.country != null ? first.country : first.known != null ? first.known.country() : null;
		}
		List<String> words = FoldedText.tokens(head);
		for (int i = 0; i < Math.min(words.size(), 6); i++) {
			for (int n = 2; n >= 1; n--) {
				if (i + n <= words.size()) {
					String c = Lexicon.COUNTRY_BY_FORM.get(String.join(" ", words.subList(i, i + n)));
					if (c != null) {
						return c;
					}
				}
			}
		}
		return null;
	}

	private static final Pattern MINISTER_OF = Pattern
		.compile("(?:Minister|Ministro|Bộ trưởng|Thứ trưởng)\\s+(?:of\\s+|de(?:l)?\\s+)?(?:the\\s+)?"
				+ "(Public Security|Interior|Home Affairs|Internal Affairs|State Security|Police|Seguridad Pública|Công an|Nội vụ)",
				CI);

	private static final Pattern SIGNED_IN = Pattern
		.compile("\\b(?:signed|firmado|ký)\\s+(?:in|en|năm|vào năm)\\s+((?:19|20)\\d\\d)", CI);

	private static final Pattern WITNESS = Pattern.compile("\\bwitness\\w*\\b", CI);

	private static final Pattern TITLE_COMPLEMENT = Pattern.compile(
			"^\\s+((?:on|in the field of|in the fields of|for|regarding|sobre|en materia de|de|về)\\s+[^,.;]{3,80}?)"
					+ "(?=\\s+(?:between|signed|under|which|that|entre|giữa|was|were|is|and the)\\b|[,.;]|$)",
			CI);

	private static final Pattern PLURAL_SUBJECT = Pattern
		.compile("\\b(?:they|both|two sides|two ministers|ambas|hai bên)\\b", CI);

	private static final Pattern ASKED_FOR = Pattern.compile("\\basked\\s+(?:for|that|\\w+\\s+to)\\b", CI);

	private static final java.util.Map<String, Pattern> ABBREVIATIONS = new java.util.concurrent.ConcurrentHashMap<>();

	private static Pattern abbreviation(String abbr) {
		return ABBREVIATIONS.computeIfAbsent(abbr,
				a -> Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(a) + "(?![\\p{L}\\d])",
						a.length() >= 5 ? Pattern.CASE_INSENSITIVE : 0));
	}

	// ------------------------------------------------------------------ helpers

	/** A name without diacritics, case kept ("Lương Tam Quang" → "Luong Tam Quang"). */
	static String ascii(String name) {
		if (name == null) {
			return null;
		}
		return ASCII.get().transliterate(name).replaceAll("\\s+", " ").strip();
	}

	static String countryName(String iso) {
		return Lexicon.countryName(iso);
	}

	@Override
	public String toString() {
		return "RuleBasedExtractor[" + agencies.size() + " agencies, " + people.size() + " people]";
	}

}
