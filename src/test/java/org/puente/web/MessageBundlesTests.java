package org.puente.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle speaks all three languages: the same keys in English, Spanish and
 * Vietnamese, no empty value, and Vietnamese that is really Vietnamese (with its
 * diacritics).
 */
class MessageBundlesTests {

	static final Path I18N = Path.of("src/main/resources/i18n");

	/** Letters only Vietnamese uses among Puente's three languages. */
	static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ]");

	/** The base names found on disk: {@code messages}, {@code directory}, ... */
	static List<String> basenames() throws IOException {
		try (Stream<Path> files = Files.list(I18N)) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".properties") && !n.contains("_"))
				.map(n -> n.substring(0, n.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void theExpectedBundlesExistAndAreAllConfigured() throws IOException {
		assertThat(basenames()).contains("messages", "directory", "admin");
		String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
		Matcher m = Pattern.compile("basename:\\s*(\\S+)").matcher(yaml);
		assertThat(m.find()).as("spring.messages.basename in application.yml").isTrue();
		Set<String> configured = new TreeSet<>(List.of(m.group(1).split(",")));
		for (String basename : basenames()) {
			assertThat(configured).as("bundle i18n/%s is listed in spring.messages.basename", basename)
				.contains("i18n/" + basename);
		}
	}

	@TestFactory
	Stream<DynamicTest> eachBundleHasTheSameKeysInAllLanguages() throws IOException {
		return basenames().stream().map(basename -> DynamicTest.dynamicTest(basename, () -> {
			Properties en = load(I18N.resolve(basename + ".properties"));
			for (String language : List.of("es", "vi")) {
				Path file = I18N.resolve(basename + "_" + language + ".properties");
				assertThat(file).as("%s exists", file).exists();
				Properties other = load(file);
				Set<String> missing = new TreeSet<>(en.stringPropertyNames());
				missing.removeAll(other.stringPropertyNames());
				Set<String> extra = new TreeSet<>(other.stringPropertyNames());
				extra.removeAll(en.stringPropertyNames());
				assertThat(missing).as("keys of %s.properties missing from %s", basename, file.getFileName()).isEmpty();
				assertThat(extra).as("keys of %s not in %s.properties", file.getFileName(), basename).isEmpty();
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> noMessageIsEmpty() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> all = Files.list(I18N)) {
			all.filter(p -> p.toString().endsWith(".properties")).sorted().forEach(files::add);
		}
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			Properties properties = load(file);
			Set<String> empty = new TreeSet<>();
			properties.stringPropertyNames()
				.stream()
				.filter(k -> properties.getProperty(k).isBlank())
				.forEach(empty::add);
			assertThat(empty).as("empty messages in %s", file.getFileName()).isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> vietnameseBundlesAreWrittenInVietnamese() throws IOException {
		return basenames().stream().map(basename -> DynamicTest.dynamicTest(basename + "_vi", () -> {
			Path file = I18N.resolve(basename + "_vi.properties");
			Properties vi = load(file);
			if (vi.isEmpty()) {
				return; // nothing to translate yet; the key comparison guards the content
			}
			String all = String.join("\n", vi.stringPropertyNames().stream().map(vi::getProperty).toList());
			assertThat(VIETNAMESE.matcher(all).find())
				.as("%s has Vietnamese diacritics (not an English or ASCII-only copy)", file.getFileName())
				.isTrue();
		}));
	}

}
