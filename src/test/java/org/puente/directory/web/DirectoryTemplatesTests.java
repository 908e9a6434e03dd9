package org.puente.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory pages say nothing the message bundles do not, in all three languages. */
class DirectoryTemplatesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates/directory");

	static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt");

	@Test
	void everyVisibleTextComesFromMessages() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				for (Element element : Jsoup.parse(file.toFile(), "UTF-8").getAllElements()) {
					if (!element.ownText().isBlank() && !element.hasAttr("th:text") && !element.hasAttr("th:utext")) {
						problems.add(file.getFileName() + ": <" + element.tagName() + "> " + element.ownText());
					}
					for (String attribute : TEXT_ATTRIBUTES) {
						if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute)) {
							problems.add(file.getFileName() + ": " + attribute + " on <" + element.tagName() + ">");
						}
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyLanguageHasTheSameKeys() throws IOException {
		Properties english = load("directory.properties");
		for (String bundle : List.of("directory_vi.properties", "directory_es.properties")) {
			Properties other = load(bundle);
			assertThat(other.stringPropertyNames()).as(bundle)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			other.stringPropertyNames()
				.forEach(key -> assertThat(other.getProperty(key)).as(bundle + " " + key).isNotBlank());
		}
		assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("directory."));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n", name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
