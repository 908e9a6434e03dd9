package org.puente.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template shows text a translator cannot reach: every element's own words come from
 * {@code th:text}/{@code th:utext} (or are replaced by a fragment), and every
 * placeholder, title, aria-label and alt has its {@code th:} counterpart.
 */
class TemplateTextTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt");

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	@Test
	void theCheckSeesTheTemplates() throws IOException {
		assertThat(templates()).extracting(p -> TEMPLATES.relativize(p).toString().replace('\\', '/'))
			.contains("layout.html", "login.html", "home.html", "error.html");
	}

	@Test
	void theCheckFindsHardCodedText() {
		Document doc = parse("""
				<section><h1>Hello</h1><p th:text="#{x}">placeholder</p>
				<input placeholder="Type here"><img alt="">
				<div th:replace="~{fragments :: x}">prototype only</div></section>""");
		assertThat(problems("sample.html", doc)).hasSize(2)
			.anySatisfy(p -> assertThat(p).contains("<h1>").contains("Hello"))
			.anySatisfy(p -> assertThat(p).contains("placeholder"));
	}

	@TestFactory
	Stream<DynamicTest> everyTemplateIsTranslatable() throws IOException {
		return templates().stream().map(file -> DynamicTest.dynamicTest(TEMPLATES.relativize(file).toString(), () -> {
			Document doc = parse(Files.readString(file, StandardCharsets.UTF_8));
			assertThat(problems(TEMPLATES.relativize(file).toString(), doc))
				.as("hard-coded text in %s (use th:text with a message key)", file)
				.isEmpty();
		}));
	}

	static Document parse(String html) {
		Parser parser = Parser.htmlParser().setTrackPosition(true);
		return Jsoup.parse(html, "", parser);
	}

	static List<String> problems(String file, Document doc) {
		List<String> problems = new ArrayList<>();
		for (Element element : doc.getAllElements()) {
			if (element == doc || element.tagName().equals("#root")) {
				continue;
			}
			String own = element.ownText().trim();
			if (hasWords(own) && !textComesFromThymeleaf(element)) {
				problems.add(where(file, element) + " text \"" + abbreviated(own) + "\"");
			}
			for (String attribute : TEXT_ATTRIBUTES) {
				if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()
						&& !element.hasAttr("th:" + attribute) && !setByThAttr(element, attribute)
						&& !insideReplacedElement(element)) {
					problems.add(where(file, element) + " attribute " + attribute + "=\"" + element.attr(attribute)
							+ "\" without th:" + attribute);
				}
			}
		}
		return problems;
	}

	/** Symbols such as "·", "–" or "/" are not language; words are. */
	static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	static boolean textComesFromThymeleaf(Element element) {
		if (element.hasAttr("th:text") || element.hasAttr("th:utext")) {
			return true;
		}
		return insideReplacedElement(element);
	}

	/**
	 * Whether this element or an ancestor is replaced at rendering: th:text, th:utext,
	 * th:replace or th:insert, th:remove="all". A th:replace that passes the template's
	 * own markup on ({@code ~{::section}}, the layout pattern) does not count: that
	 * markup is rendered.
	 */
	static boolean insideReplacedElement(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e != element && (e.hasAttr("th:text") || e.hasAttr("th:utext"))) {
				return true;
			}
			for (String attribute : List.of("th:replace", "th:insert", "th:include")) {
				if (e.hasAttr(attribute) && !e.attr(attribute).contains("~{::")) {
					return true;
				}
			}
			if ("all".equals(e.attr("th:remove")) || "body".equals(e.attr("th:remove")) && e != element) {
				return true;
			}
		}
		return false;
	}

	static boolean setByThAttr(Element element, String attribute) {
		for (String name : List.of("th:attr", "th:attrappend", "th:attrprepend")) {
			if (element.attr(name).matches("(?s).*\\b" + java.util.regex.Pattern.quote(attribute) + "\\s*=.*")) {
				return true;
			}
		}
		return false;
	}

	static String where(String file, Element element) {
		int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : -1;
		return file + ":" + line + " <" + element.tagName() + ">";
	}

	static String abbreviated(String text) {
		return text.length() > 60 ? text.substring(0, 57) + "..." : text;
	}

}
