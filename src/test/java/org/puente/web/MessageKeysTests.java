package org.puente.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the templates ask for, and every refusal reason the code gives, has
 * an English text (the other languages follow from {@link MessageBundlesTests}).
 */
class MessageKeysTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path SOURCES = Path.of("src/main/java");

	/** A static key: {@code #{home.title}} or {@code #{home.welcome(...)}}. */
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)\\s*[}(]");

	/**
	 * A literal reason code: {@code fail("f", "reason")}, {@code new FieldError("f",
	 * "reason")}, {@code new InvalidInput("f", "reason")}.
	 */
	static final Pattern REASON = Pattern
		.compile("\\b(?:fail|FieldError|InvalidInput)\\(([^;\"]|\"[^\"]*\")*?,\\s*\"([A-Za-z0-9_.\\-]+)\"\\s*\\)");

	static Properties english() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(MessageBundlesTests.I18N)) {
			for (Path file : files
				.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
				.toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					all.load(reader);
				}
			}
		}
		return all;
	}

	/** Key → first file:line using it. */
	static Map<String, String> find(Path root, String suffix, Pattern pattern, int group) throws IOException {
		Map<String, String> found = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				Matcher m = pattern.matcher(text);
				while (m.find()) {
					int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
					found.putIfAbsent(m.group(group), root.relativize(file) + ":" + line);
				}
			}
		}
		return found;
	}

	@Test
	void everyKeyATemplateUsesHasAnEnglishMessage() throws IOException {
		Map<String, String> used = find(TEMPLATES, ".html", TEMPLATE_KEY, 1);
		assertThat(used).as("keys found in templates").containsKeys("app.name", "login.title");
		Properties english = english();
		Map<String, String> missing = new TreeMap<>();
		used.forEach((key, where) -> {
			if (!english.containsKey(key)) {
				missing.put(key, where);
			}
		});
		assertThat(missing).as("message keys used in templates but not in the English bundles (key=file:line)")
			.isEmpty();
	}

	@Test
	void everyRefusalReasonHasAnEnglishMessage() throws IOException {
		Map<String, String> reasons = find(SOURCES, ".java", REASON, 2);
		assertThat(reasons).as("reason codes found in the code")
			.hasSizeGreaterThan(20)
			.containsKeys("required", "invalid.country", "taken.username", "invalid.value");
		Properties english = english();
		Map<String, String> missing = new TreeMap<>();
		reasons.forEach((reason, where) -> {
			if (!english.containsKey("reason." + reason)) {
				missing.put("reason." + reason, where);
			}
		});
		// Checks builds "too.long.<max>"; FieldMessages words it with reason.too.long.
		if (!english.containsKey("reason.too.long")) {
			missing.put("reason.too.long", "shared/Checks.java");
		}
		assertThat(missing).as("refusal reasons without a message (key=file:line)").isEmpty();
	}

	@Test
	void theReasonPatternFindsEveryForm() {
		String code = """
				checks.fail("names.en", "required");
				errors.add(new FieldError("username", "taken.username"));
				throw new InvalidInput("If-Match", "invalid.value");
				checks.fail("members[" + i + "].agency", "unknown.agency");
				new InvalidInput.FieldError(ex.getName(), "invalid.sort")
				""";
		Set<String> found = new TreeSet<>();
		Matcher m = REASON.matcher(code);
		while (m.find()) {
			found.add(m.group(2));
		}
		assertThat(found).containsExactlyInAnyOrder("required", "taken.username", "invalid.value", "unknown.agency",
				"invalid.sort");
	}

}
