package org.puente.sources.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General knowledge of how press articles about ministerial engagements are written:
 * countries and their adjectives, capitals and major cities, ranks, positions, the names
 * of security ministries, the words for each kind of engagement and each cooperation
 * area, in English, Spanish and Vietnamese. Matching is on folded text (no case, no
 * diacritics), so "Hà Nội", "Ha Noi" and "HANOI" meet.
 */
final class Lexicon {

	private Lexicon() {
	}

	/** A country: ISO code and every form that names it (names and adjectives). */
	record Country(String iso, List<String> forms) {
	}

	/** A city: English name, ISO country, every form. */
	record City(String name, String country, List<String> forms) {
	}

	static final List<Country> COUNTRIES = List.of(
			country("VN", "Vietnam", "Viet Nam", "Việt Nam", "Socialist Republic of Vietnam", "Vietnamese",
					"vietnamita", "vietnamitas", "Vietnamita"),
			country("CU", "Cuba", "Republic of Cuba", "Cuban", "Cubans", "cubano", "cubana", "cubanos", "cubanas",
					"República de Cuba"),
			country("LA", "Laos", "Lao PDR", "Lao People's Democratic Republic", "Lao", "Laotian", "laosiano",
					"laosiana", "Lào"),
			country("KH", "Cambodia", "Kingdom of Cambodia", "Cambodian", "Khmer", "Camboya", "camboyano", "camboyana",
					"Campuchia", "Cam-pu-chia"),
			country("RU", "Russia", "Russian Federation", "Russian", "Rusia", "ruso", "rusa", "Federación de Rusia",
					"Liên bang Nga", "Nga"),
			country("CN", "China", "People's Republic of China", "Chinese", "chino", "china", "Trung Quốc"),
			country("BY", "Belarus", "Republic of Belarus", "Belarusian", "Belarussian", "Belorussian", "Bielorrusia",
					"Belarús", "bielorruso", "bielorrusa"),
			country("GB", "United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "British", "Reino Unido",
					"británico", "británica", "Vương quốc Anh"),
			country("JP", "Japan", "Japanese", "Japón", "japonés", "japonesa", "Nhật Bản"),
			country("KR", "South Korea", "Republic of Korea", "Korean", "Corea del Sur", "surcoreano", "Hàn Quốc"),
			country("KP", "North Korea", "Democratic People's Republic of Korea", "DPRK", "Triều Tiên"),
			country("TH", "Thailand", "Thai", "Tailandia", "tailandés", "Thái Lan"),
			country("US", "United States", "USA", "U.S.", "American", "Estados Unidos", "estadounidense", "Hoa Kỳ",
					"Mỹ"),
			country("FR", "France", "French", "Francia", "francés", "Pháp"),
			country("DE", "Germany", "German", "Alemania", "alemán", "Đức"),
			country("AU", "Australia", "Australian", "australiano", "Úc", "Australia"),
			country("IN", "India", "Indian", "Ấn Độ"), country("ID", "Indonesia", "Indonesian", "indonesio"),
			country("MY", "Malaysia", "Malaysian", "Malasia"), country("SG", "Singapore", "Singaporean", "Singapur"),
			country("PH", "Philippines", "Philippine", "Filipino", "Filipinas", "Philippines"),
			country("MM", "Myanmar", "Burmese", "Myanmar"), country("MN", "Mongolia", "Mongolian", "Mông Cổ"),
			country("KZ", "Kazakhstan", "Kazakh", "Kazajistán", "Kazakhstan"),
			country("UZ", "Uzbekistan", "Uzbek", "Uzbekistán"),
			country("VE", "Venezuela", "Venezuelan", "venezolano", "venezolana"),
			country("NI", "Nicaragua", "Nicaraguan", "nicaragüense"),
			country("HU", "Hungary", "Hungarian", "Hungría", "Hungary"),
			country("CZ", "Czech Republic", "Czechia", "Czech", "Séc"),
			country("PL", "Poland", "Polish", "Polonia", "Ba Lan"), country("IT", "Italy", "Italian", "Italia"),
			country("ES", "Spain", "Spanish", "España", "español", "Tây Ban Nha"),
			country("MX", "Mexico", "Mexican", "México", "mexicano"));

	static final List<City> CITIES = List.of(city("Hanoi", "VN", "Hanoi", "Ha Noi", "Hà Nội", "Hanói"),
			city("Ho Chi Minh City", "VN", "Ho Chi Minh City", "HCM City", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh",
					"TP.HCM", "Ciudad Ho Chi Minh"),
			city("Da Nang", "VN", "Da Nang", "Đà Nẵng", "Danang"), city("Hai Phong", "VN", "Hai Phong", "Hải Phòng"),
			city("Havana", "CU", "Havana", "La Habana", "Habana", "Havanna"),
			city("Santiago de Cuba", "CU", "Santiago de Cuba"),
			city("Vientiane", "LA", "Vientiane", "Viêng Chăn", "Vientián"),
			city("Luang Prabang", "LA", "Luang Prabang", "Luông Pha Băng"),
			city("Phnom Penh", "KH", "Phnom Penh", "Phnom Pênh", "Nom Pen", "Phnôm Pênh"),
			city("Siem Reap", "KH", "Siem Reap"),
			city("Moscow", "RU", "Moscow", "Moscú", "Mát-xcơ-va", "Matxcơva", "Moskva"),
			city("Saint Petersburg", "RU", "Saint Petersburg", "St Petersburg", "San Petersburgo"),
			city("Beijing", "CN", "Beijing", "Pekín", "Bắc Kinh", "Peking"),
			city("Shanghai", "CN", "Shanghai", "Thượng Hải"), city("Nanning", "CN", "Nanning", "Nam Ninh"),
			city("Kunming", "CN", "Kunming", "Côn Minh"), city("Minsk", "BY", "Minsk"),
			city("London", "GB", "London", "Londres", "Luân Đôn"), city("Tokyo", "JP", "Tokyo", "Tokio", "Tô-ky-ô"),
			city("Seoul", "KR", "Seoul", "Seúl"), city("Bangkok", "TH", "Bangkok", "Băng Cốc"),
			city("Jakarta", "ID", "Jakarta", "Yakarta"), city("Kuala Lumpur", "MY", "Kuala Lumpur"),
			city("Singapore", "SG", "Singapore City"), city("Manila", "PH", "Manila"),
			city("Naypyidaw", "MM", "Naypyidaw", "Nay Pyi Taw", "Naypyitaw"),
			city("Ulaanbaatar", "MN", "Ulaanbaatar", "Ulan Bator"), city("Astana", "KZ", "Astana"),
			city("Tashkent", "UZ", "Tashkent"), city("Caracas", "VE", "Caracas"), city("Managua", "NI", "Managua"),
			city("Washington", "US", "Washington", "Washington D.C."), city("Paris", "FR", "Paris", "París"),
			city("Berlin", "DE", "Berlin", "Berlín"), city("Canberra", "AU", "Canberra"),
			city("New Delhi", "IN", "New Delhi", "Nueva Delhi"), city("Budapest", "HU", "Budapest"),
			city("Prague", "CZ", "Prague", "Praga"), city("Warsaw", "PL", "Warsaw", "Varsovia"),
			city("Rome", "IT", "Rome", "Roma"), city("Madrid", "ES", "Madrid"),
			city("Mexico City", "MX", "Mexico City", "Ciudad de México"));

	/** Ranks, longest first, with the canonical form an abbreviation stands for. */
	static final Map<String, String> RANKS = ranks();

	/** Words that make a phrase a position (folded). */
	static final Set<String> POSITION_HEADS = folded("Minister", "Ministers", "Deputy", "Vice", "Secretary",
			"President", "Vice-President", "Director", "Director-General", "Ambassador", "Chairman", "Chairwoman",
			"Chair", "Chief", "Head", "Commander", "Commissioner", "Governor", "Premier", "Chancellor", "Leader",
			"Member", "Politburo", "Spokesperson", "Spokesman", "Attaché", "Attache", "Consul", "Counsellor",
			"ministro", "ministra", "viceministro", "viceministra", "embajador", "embajadora", "director", "directora",
			"jefe", "jefa", "presidente", "presidenta", "secretario", "secretaria", "miembro", "vicepresidente",
			"vicepresidenta", "viceprimer", "primer", "comisionado", "Bộ trưởng", "Thứ trưởng", "Đại sứ", "Cục trưởng",
			"Giám đốc", "Chủ tịch", "Tổng Bí thư", "Bí thư", "Ủy viên", "Phó", "Thủ tướng", "Trưởng");

	/**
	 * Words that open or belong to titles and institutions rather than to a person's name
	 * (folded); a run of capitalised words loses these at its start.
	 */
	static final Set<String> TITLE_WORDS = folded("Minister", "Ministers", "Ministry", "Deputy", "Vice", "Prime",
			"President", "Presidents", "Secretary", "General", "First", "Director", "Director-General", "Ambassador",
			"Chairman", "Chairwoman", "Chair", "Chief", "Head", "Commander", "Commissioner", "Governor", "Premier",
			"Leader", "Member", "Politburo", "Party", "Central", "Committee", "Communist", "State", "National",
			"Public", "Security", "Interior", "Home", "Affairs", "Internal", "Police", "People's", "Peoples",
			"Republic", "Government", "Embassy", "Department", "Directorate", "Office", "Bureau", "Comrade", "Mr",
			"Mrs", "Ms", "Dr", "Lt", "Gen", "Maj", "Col", "Brig", "Sr", "Snr", "Capt", "Pol", "Senior", "Lieutenant",
			"Major", "Colonel", "Brigadier", "Captain", "Marshal", "Admiral", "Army", "Force", "Forces", "Council",
			"Assembly", "Standing", "Permanent", "Acting", "Former", "Foreign", "Defence", "Defense", "Justice",
			"Emergency", "Situations", "Federal", "Service", "Agency", "The", "A", "An", "On", "In", "At", "During",
			"Earlier", "Later", "Following", "After", "Before", "While", "Both", "They", "He", "She", "His", "Her",
			"This", "That", "Meeting", "Visiting", "Speaking", "Welcoming", "Reaffirming", "Recognising", "Recognizing",
			"Highlighting", "Noting", "According", "Also", "However", "Minister's", "Cyber", "Cybersecurity", "Hi-Tech",
			"High-Tech", "Crime", "Prevention", "Control", "Counterintelligence", "Hospital", "Centre", "Center",
			"Immigration", "Investigation", "Criminal", "Sr", "Señor", "Señora", "General's", "Excellency", "His",
			"Her", "Madam", "ministro", "ministra", "viceministro", "general", "el", "la", "los", "las", "del", "de",
			"y", "Bộ", "trưởng", "Thứ", "Đại", "tướng", "Thượng", "Trung", "Thiếu", "Ủy", "viên", "Chính", "trị",
			"Tổng", "Bí", "thư", "Đồng", "chí", "Công", "an", "Nội", "vụ", "Phó", "Thủ", "Chủ", "tịch", "Ông", "Bà",
			"Sáng", "Chiều", "Ngày", "Tại", "Trong", "Theo", "Hai", "Bên", "Cục", "Tá", "Trưởng", "Đoàn", "Quốc", "Hội",
			"Gobierno", "Partido", "Comité", "Ministerio", "Interior", "Coronel", "Teniente", "Mayor", "Vicealmirante",
			"Almirante", "Capitán", "Presidente", "Embajador", "Director", "Jefe", "Buró", "Político", "Miembro",
			"Secretario", "División", "Brigada", "Cuerpo", "Ejército", "En", "Durante", "Tras", "Según", "Ambos",
			"Ambas", "Comandante", "Cabinet", "Royal", "Kingdom", "Excellency", "Mr.", "Ms.", "Samdech", "Kralahom",
			"Krolahom", "Oknha", "Dato", "Datuk", "Tan", "Sri", "H", "E", "Sir", "Dame", "Rt", "Hon", "Honourable",
			"Vietnam", "Viet", "Nam", "Việt", "Cuba", "Laos", "Lao");

	/**
	 * Connectors that may sit inside a name ("Santiago de Cuba" excluded by city check).
	 */
	static final Set<String> NAME_CONNECTORS = Set.of("de", "del", "la", "las", "los", "van", "von", "der", "bin",
			"binti", "da", "dos", "y");

	/** Ministries and agencies by country-independent class; value is the class. */
	static final Map<String, String> AGENCY_HEADS = agencyHeads();

	/** Area synonyms: taxonomy code → phrases (any language, folded on use). */
	static final Map<String, List<String>> AREA_SYNONYMS = areaSynonyms();

	/** Areas outside the taxonomy that articles often name: English name → phrases. */
	static final Map<String, List<String>> EXTRA_AREAS = Map.of("money laundering",
			List.of("money laundering", "lavado de dinero", "lavado de activos", "rửa tiền"), "smuggling",
			List.of("smuggling", "smuggle", "smuggled", "contraband", "contrabando", "buôn lậu"), "border management",
			List.of("border management", "border security", "border control", "border protection", "border crossings",
					"illegal border crossing", "illegal border crossings", "gestión de fronteras", "quản lý biên giới",
					"an ninh biên giới"),
			"fugitive repatriation",
			List.of("extradition", "repatriation of fugitives", "fugitives", "extradición", "dẫn độ", "truy nã"));

	static Country country(String iso, String... forms) {
		return new Country(iso, List.of(forms));
	}

	static City city(String name, String iso, String... forms) {
		return new City(name, iso, List.of(forms));
	}

	/** Folded form → country code, for every country form. */
	static final Map<String, String> COUNTRY_BY_FORM = countryForms();

	/** Folded form → city, for every city form. */
	static final Map<String, City> CITY_BY_FORM = cityForms();

	static String countryName(String iso) {
		if (iso == null) {
			return null;
		}
		return new Locale.Builder().setRegion(iso).build().getDisplayCountry(Locale.ENGLISH);
	}

	private static Map<String, String> countryForms() {
		Map<String, String> map = new HashMap<>();
		for (Country c : COUNTRIES) {
			for (String form : c.forms()) {
				map.putIfAbsent(FoldedText.fold(form), c.iso());
			}
		}
		return map;
	}

	private static Map<String, City> cityForms() {
		Map<String, City> map = new HashMap<>();
		for (City c : CITIES) {
			for (String form : c.forms()) {
				map.putIfAbsent(FoldedText.fold(form), c);
			}
		}
		return map;
	}

	/** Every country form, longest first (for building alternations). */
	static List<String> countryFormsLongestFirst() {
		List<String> forms = new ArrayList<>();
		COUNTRIES.forEach(c -> forms.addAll(c.forms()));
		forms.sort(Comparator.comparingInt(String::length).reversed());
		return forms;
	}

	static List<String> cityFormsLongestFirst() {
		List<String> forms = new ArrayList<>();
		CITIES.forEach(c -> forms.addAll(c.forms()));
		forms.sort(Comparator.comparingInt(String::length).reversed());
		return forms;
	}

	private static Set<String> folded(String... words) {
		Set<String> set = new HashSet<>();
		for (String w : words) {
			set.add(FoldedText.fold(w));
		}
		return set;
	}

	private static Map<String, String> ranks() {
		Map<String, String> r = new LinkedHashMap<>();
		String[][] pairs = { { "General of the Army", null }, { "Senior Lieutenant General", null },
				{ "Senior Lt Gen", "Senior Lieutenant General" }, { "Sr Lt Gen", "Senior Lieutenant General" },
				{ "Police Lieutenant General", null }, { "Police Major General", null }, { "Police General", null },
				{ "Police Colonel", null }, { "Pol Lt Gen", "Police Lieutenant General" },
				{ "Pol Maj Gen", "Police Major General" }, { "Pol Gen", "Police General" },
				{ "Lieutenant General", null }, { "Lt Gen", "Lieutenant General" }, { "Lt-Gen", "Lieutenant General" },
				{ "Major General", null }, { "Maj Gen", "Major General" }, { "Maj-Gen", "Major General" },
				{ "Brigadier General", null }, { "Brig Gen", "Brigadier General" }, { "Colonel General", null },
				{ "Senior Colonel", null }, { "Lieutenant Colonel", null }, { "Lt Col", "Lieutenant Colonel" },
				{ "Senior Captain", null }, { "General", null }, { "Gen", "General" }, { "Colonel", null },
				{ "Col", "Colonel" }, { "Captain", null }, { "Marshal", null }, { "Admiral", null },
				{ "General de Ejército", null }, { "General de Cuerpo de Ejército", null },
				{ "General de División", null }, { "General de Brigada", null }, { "Teniente General", null },
				{ "Teniente Coronel", null }, { "Coronel", null }, { "Vicealmirante", null }, { "Almirante", null },
				{ "Capitán", null }, { "Đại tướng", null }, { "Thượng tướng", null }, { "Trung tướng", null },
				{ "Thiếu tướng", null }, { "Đại tá", null }, { "Thượng tá", null }, { "Trung tá", null },
				{ "Thiếu tá", null } };
		List<String[]> sorted = new ArrayList<>(List.of(pairs));
		sorted.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
		for (String[] p : sorted) {
			r.put(p[0], p[1] == null ? p[0] : p[1]);
		}
		return r;
	}

	private static Map<String, String> agencyHeads() {
		Map<String, String> m = new LinkedHashMap<>();
		// English
		m.put("Ministry of Public Security", "public-security");
		m.put("Ministry of the Interior", "interior");
		m.put("Ministry of Interior", "interior");
		m.put("Ministry of Home Affairs", "interior");
		m.put("Ministry of Internal Affairs", "interior");
		m.put("Ministry of State Security", "state-security");
		m.put("Ministry of National Security", "state-security");
		m.put("State Security Committee", "state-security");
		m.put("Committee for State Security", "state-security");
		m.put("Federal Security Service", "state-security");
		m.put("Ministry of Police", "police");
		m.put("National Police Agency", "police");
		m.put("General Commissariat of National Police", "police");
		m.put("National Police", "police");
		m.put("Home Office", "interior");
		m.put("Ministry of Emergency Situations", "emergency");
		m.put("Ministry of Justice", "justice");
		m.put("Investigative Committee", "investigation");
		// Spanish
		m.put("Ministerio del Interior", "interior");
		m.put("Ministerio de Seguridad Pública", "public-security");
		m.put("Ministerio de Asuntos Internos", "interior");
		m.put("Ministerio de Asuntos Interiores", "interior");
		m.put("Ministerio de Seguridad del Estado", "state-security");
		m.put("Comité de Seguridad del Estado", "state-security");
		m.put("Policía Nacional", "police");
		// Vietnamese
		m.put("Bộ Công an", "public-security");
		m.put("Bộ An ninh", "public-security");
		m.put("Bộ Nội vụ", "interior");
		m.put("Ủy ban An ninh Quốc gia", "state-security");
		m.put("Cơ quan Cảnh sát Quốc gia", "police");
		m.put("Bộ Tình trạng khẩn cấp", "emergency");
		return m;
	}

	private static Map<String, List<String>> areaSynonyms() {
		Map<String, List<String>> m = new LinkedHashMap<>();
		m.put("crime",
				List.of("fighting crime", "fight crime", "fighting crimes", "crime prevention", "combat crime",
						"combating crime", "combating crimes", "crime combat", "preventing and combating crime",
						"lucha contra el delito", "prevención del delito", "prevención de delitos",
						"lucha contra la delincuencia", "combate a la delincuencia", "combate al delito",
						"enfrentamiento al delito", "phòng, chống tội phạm", "đấu tranh phòng chống tội phạm",
						"phòng chống tội phạm"));
		m.put("crime-organised",
				List.of("organised crime", "organized crime", "crimen organizado", "delincuencia organizada",
						"criminalidad organizada", "tội phạm có tổ chức", "criminal organisations",
						"criminal organizations"));
		m.put("crime-transnational",
				List.of("transnational crime", "transnational crimes", "trans-national crime", "trans-border crime",
						"cross-border crime", "cross-border crimes", "trans-border crimes",
						"delincuencia transnacional", "crimen transnacional", "delitos transnacionales",
						"tội phạm xuyên quốc gia", "tội phạm xuyên biên giới"));
		m.put("crime-hitech", List.of("high-tech crime", "hi-tech crime", "high tech crime", "cyber crime",
				"cybercrime", "cyber-crime", "online fraud", "telecom fraud", "telecommunications fraud",
				"online scams", "online scam", "cyber fraud", "ciberdelito", "ciberdelitos", "ciberdelincuencia",
				"delitos de alta tecnología", "delitos informáticos", "delitos cibernéticos", "tội phạm công nghệ cao",
				"tội phạm mạng", "lừa đảo trực tuyến", "tội phạm sử dụng công nghệ cao"));
		m.put("crime-terrorism",
				List.of("terrorism", "terrorist", "counter-terrorism", "terrorismo", "terrorista", "khủng bố"));
		m.put("crime-trafficking",
				List.of("human trafficking", "trafficking in persons", "trafficking in humans", "people trafficking",
						"trata de personas", "tráfico de personas", "trata de seres humanos", "mua bán người",
						"forced labour", "forced labor", "sexual exploitation", "trabajo forzoso", "explotación sexual",
						"lao động cưỡng bức"));
		m.put("crime-drugs", List.of("drug", "drugs", "narcotics", "narcotic", "drug trafficking", "narcotráfico",
				"drogas", "estupefacientes", "ma túy", "ma tuý"));
		m.put("crime-trade-tourism",
				List.of("crimes in trade and tourism", "commercial and tourism-related crimes",
						"tourism-related crimes", "crimes in the fields of trade, tourism", "trade and tourism crime",
						"comercio y turismo", "thương mại, du lịch"));
		m.put("crime-emerging",
				List.of("emerging crime", "emerging crimes", "emerging types of crime", "emerging types of crimes",
						"emerging criminal", "new types of crime", "new types of crimes", "new forms of crime",
						"nuevas modalidades delictivas", "nuevas formas de delito", "loại tội phạm mới",
						"tội phạm mới"));
		m.put("non-traditional-threats", List.of("non-traditional security", "nontraditional security",
				"amenazas no tradicionales", "an ninh phi truyền thống"));
		m.put("cybersecurity",
				List.of("cybersecurity", "cyber security", "cyber-security", "cyberspace security", "ciberseguridad",
						"seguridad cibernética", "seguridad informática", "an ninh mạng", "information security",
						"seguridad de la información", "an toàn thông tin"));
		m.put("counter-intelligence",
				List.of("counterintelligence", "counter-intelligence", "internal political security",
						"contrainteligencia", "seguridad política interna", "phản gián", "an ninh chính trị nội bộ"));
		m.put("immigration",
				List.of("immigration", "migration management", "exit and entry", "entry and exit", "illegal migration",
						"migración", "migratorio", "migratoria", "inmigración", "xuất nhập cảnh",
						"xuất cảnh, nhập cảnh", "di cư"));
		m.put("prisons", List.of("prison", "prisons", "penitentiary", "correctional", "detention facilities",
				"penitenciario", "penitenciaria", "penitenciarias", "cárceles", "trại giam", "thi hành án hình sự"));
		m.put("fire-rescue",
				List.of("fire prevention", "firefighting", "fire fighting", "fire-fighting", "rescue",
						"search and rescue", "prevención de incendios", "extinción de incendios", "rescate",
						"phòng cháy", "chữa cháy", "cứu nạn", "cứu hộ"));
		m.put("force-building",
				List.of("training", "trainings", "train", "trained", "force building", "force-building",
						"capacity building", "capacity-building", "inspection", "supervision", "human resources",
						"personnel training", "formación", "capacitación", "entrenamiento", "đào tạo", "bồi dưỡng",
						"xây dựng lực lượng", "huấn luyện"));
		m.put("legal-documents",
				List.of("legal documents", "legal framework", "legal frameworks", "legislation", "law-making",
						"documentos jurídicos", "marco jurídico", "marco legal", "văn bản pháp luật",
						"hành lang pháp lý", "xây dựng pháp luật"));
		m.put("logistics",
				List.of("logistics", "logistical", "equipment", "technical support", "technical assistance",
						"logística", "logístico", "equipamiento", "equipos técnicos", "hậu cần", "trang thiết bị",
						"phương tiện kỹ thuật"));
		m.put("healthcare",
				List.of("health care", "healthcare", "medical", "cancer treatment", "organ transplant",
						"organ transplantation", "medicine", "salud", "médica", "médico", "médicos", "y tế",
						"bệnh viện", "chữa bệnh", "khám chữa bệnh"));
		m.put("biotech-medicine",
				List.of("biotechnology", "biotech", "biomedical", "medicine production", "production of medicines",
						"pharmaceutical", "pharmaceuticals", "vaccines", "biological technologies", "biotecnología",
						"biotecnológico", "medicamentos", "fármacos", "công nghệ sinh học", "sản xuất thuốc",
						"dược phẩm", "vắc xin"));
		m.put("agriculture-food",
				List.of("agriculture", "agricultural", "food supply", "food production", "food security", "agricultura",
						"agrícola", "agropecuario", "agropecuaria", "alimentos", "alimentaria", "nông nghiệp",
						"lương thực", "thực phẩm"));
		m.put("research-tech-transfer",
				List.of("technology transfer", "transfer of technology", "transfer of technologies",
						"transferring technologies", "transferring technology", "transferring medical",
						"scientific research", "research", "transferencia de tecnología", "transferencia tecnológica",
						"investigación científica", "investigación", "chuyển giao công nghệ", "nghiên cứu khoa học",
						"nghiên cứu"));
		return m;
	}

}
