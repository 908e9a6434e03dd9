package org.puente.sources.library;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.puente.registry.RecordCitations;
import org.puente.security.AuditLog;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.Checks;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;
import org.puente.sources.Article;
import org.puente.sources.ArticleExtractor;
import org.puente.sources.Extraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imported articles: import (pasted text or a file) with the checks that keep bad
 * files and duplicates out, the list, one article with what was extracted from it, and
 * rejection. Articles are public press: every signed-in user reads them; editors import;
 * the importing ministry's editors review them.
 */
@Service
public class SourceLibrary implements RecordCitations {

	private static final Logger LOG = LoggerFactory.getLogger(SourceLibrary.class);

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final Articles articles;

	private final ObjectProvider<ArticleExtractor> extractor;

	private final AuditLog audit;

	SourceLibrary(Articles articles, ObjectProvider<ArticleExtractor> extractor, AuditLog audit) {
		this.articles = articles;
		this.extractor = extractor;
		this.audit = audit;
	}

	/**
	 * An article to import: pasted {@code text}, or a file ({@code fileName} and
	 * {@code bytes}); the other fields are optional.
	 */
	public record ImportRequest(String title, String outlet, String url, String published, String text, String fileName,
			byte[] bytes) {
	}

	/** What became of an import. */
	public sealed interface Outcome permits Imported, Duplicate {

	}

	/** Stored as a new article. */
	public record Imported(StoredArticle article) implements Outcome {
	}

	/**
	 * Not stored: the same article (exactly, or nearly by {@code similarity}) is already
	 * there.
	 */
	public record Duplicate(UUID existing, String title, boolean exact, double similarity) implements Outcome {
	}

	/** An article and what was extracted from it ({@code null} when nothing could be). */
	public record ArticleView(StoredArticle article, Extraction extraction, List<RecordCitation> citations,
			boolean mayReview) {
	}

	/** A record accepted from the article. */
	public record RecordCitation(String recordType, UUID recordId, Integer start, Integer end, String quote) {
	}

	@Transactional
	public Outcome importArticle(CurrentUser user, ImportRequest request) {
		user.require(Role.EDITOR);
		Checks checks = new Checks();
		checks.optional("title", request.title(), 500)
			.optional("outlet", request.outlet(), 200)
			.optional("url", request.url(), 1000);
		String url = blankToNull(request.url());
		if (url != null && !web(url)) {
			checks.fail("url", "sources.import.url");
		}
		LocalDate published = checks.date("published", request.published());
		if (published != null && published.isAfter(LocalDate.now().plusDays(1))) {
			checks.fail("published", "sources.import.future");
		}
		checks.orThrow();
		String title = blankToNull(request.title());
		String charset = null;
		String text;
		String field;
		if (request.bytes() != null) {
			field = "file";
			ArticleFiles.Read read = ArticleFiles.read(request.fileName(), request.bytes());
			text = read.text();
			charset = read.charset();
			title = title != null ? title : read.title();
			published = published != null ? published : read.published();
		}
		else {
			field = "text";
			text = request.text() == null ? "" : ArticleFiles.tidy(request.text());
			if (text.length() > ArticleFiles.MAX_CHARS) {
				throw new InvalidInput(field, "sources.import.too.long");
			}
		}
		if (text.isBlank()) {
			throw new InvalidInput(field, "sources.import.empty");
		}
		ArticleTexts.Dated dated = ArticleTexts.datePrefix(text);
		text = dated.text();
		published = published != null ? published : dated.date();
		if (!ArticleTexts.looksLikeArticle(text)) {
			throw new InvalidInput(field, "sources.import.not.article");
		}
		Optional<Duplicate> duplicate = duplicateOf(text);
		if (duplicate.isPresent()) {
			return duplicate.get();
		}
		String language = ArticleTexts.language(text);
		if (title == null) {
			title = firstLine(text);
		}
		UUID id = UUID.randomUUID();
		String fileName = blankToNull(request.fileName());
		String label = fileName != null ? stem(fileName) : "article-" + id.toString().substring(0, 8);
		StoredArticle article = new StoredArticle(id, label, title, blankToNull(request.outlet()), url, published,
				language, fileName == null ? null : cut(fileName, 300), charset, text, NearDuplicates.contentHash(text),
				StoredArticle.State.PENDING.name(), null, null, null, null, user.ministry().code(), user.username(),
				Instant.now().truncatedTo(ChronoUnit.MILLIS), 0);
		String extraction = extract(article).map(JSON::writeValueAsString).orElse(null);
		articles.insert(article, NearDuplicates.signature(text), extraction);
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("label", label);
		changes.put("title", title);
		changes.put("outlet", article.outlet());
		changes.put("url", url);
		changes.put("published", published == null ? null : published.toString());
		changes.put("language", language);
		changes.put("characters", text.length());
		changes.put("contentHash", article.contentHash());
		audit.append("CREATE", "SourceArticle", id.toString(), JSON.writeValueAsString(changes));
		return new Imported(article);
	}

	/** The same article already stored: by content hash, else by near-identical text. */
	Optional<Duplicate> duplicateOf(String text) {
		Optional<Articles.Known> exact = articles.byHash(NearDuplicates.contentHash(text));
		if (exact.isPresent()) {
			return Optional.of(new Duplicate(exact.get().id(), exact.get().title(), true, 1.0));
		}
		String signature = NearDuplicates.signature(text);
		var shingles = NearDuplicates.shingles(text);
		for (Articles.Signature other : articles.signatures()) {
			if (!NearDuplicates.candidate(signature, other.minhash())) {
				continue;
			}
			StoredArticle stored = articles.find(other.id()).orElseThrow();
			double similarity = NearDuplicates.jaccard(shingles, NearDuplicates.shingles(stored.text()));
			if (similarity >= NearDuplicates.THRESHOLD) {
				return Optional.of(new Duplicate(stored.id(), stored.title(), false, similarity));
			}
		}
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	public Page<StoredArticle> list(CurrentUser user, String state, String language, String query, Pageable pageable) {
		user.require(Role.VIEWER);
		String s = blankToNull(state);
		if (s != null) {
			try {
				s = StoredArticle.State.valueOf(s.toUpperCase(Locale.ROOT)).name();
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInput("state", "invalid.choice");
			}
		}
		String l = blankToNull(language);
		return articles.list(new Articles.Filter(s, l == null ? null : l.toLowerCase(Locale.ROOT), blankToNull(query)),
				pageable);
	}

	@Transactional
	public ArticleView get(CurrentUser user, UUID id) {
		user.require(Role.VIEWER);
		StoredArticle article = articles.find(id).orElseThrow(() -> new NotFound("article", id));
		Extraction extraction = articles.extraction(id)
			.map(json -> JSON.readValue(json, Extraction.class))
			.orElse(null);
		if (extraction == null && StoredArticle.State.PENDING.name().equals(article.state())) {
			// imported before an extractor was installed, or it failed then: try again
			extraction = extract(article).orElse(null);
			if (extraction != null) {
				articles.saveExtraction(id, JSON.writeValueAsString(extraction));
			}
		}
		List<RecordCitation> citations = articles.citationsFrom(id)
			.stream()
			.map(c -> new RecordCitation(c.recordType(), c.recordId(), c.start(), c.end(), c.quote()))
			.toList();
		return new ArticleView(article, extraction, citations, mayReview(user, article));
	}

	/**
	 * Editors of the ministry that imported the article review it, while it is pending.
	 */
	public static boolean mayReview(CurrentUser user, StoredArticle article) {
		return user.has(Role.EDITOR) && user.ministry().code().equals(article.ownerAgency())
				&& StoredArticle.State.PENDING.name().equals(article.state());
	}

	StoredArticle reviewable(CurrentUser user, UUID id) {
		user.require(Role.EDITOR);
		StoredArticle article = articles.find(id).orElseThrow(() -> new NotFound("article", id));
		user.requireOwner(new org.puente.shared.AgencyId(article.ownerAgency()));
		if (!StoredArticle.State.PENDING.name().equals(article.state())) {
			throw new InvalidInput("state", "sources.review.not.pending");
		}
		return article;
	}

	@Transactional
	public StoredArticle reject(CurrentUser user, UUID id, String reason) {
		StoredArticle article = reviewable(user, id);
		new Checks().required("reason", reason, 2000).orThrow();
		if (!articles.review(id, article.version(), StoredArticle.State.REJECTED, reason.trim(), user.username(),
				null)) {
			throw new InvalidInput("state", "sources.review.not.pending");
		}
		audit.append("REJECT", "SourceArticle", id.toString(), JSON.writeValueAsString(
				Map.of("state", Map.of("before", "PENDING", "after", "REJECTED"), "reason", reason.trim())));
		return articles.find(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Citation> of(String recordType, UUID recordId) {
		return articles.citationsOf(recordType, recordId)
			.stream()
			.map(c -> new Citation(c.article(), c.label(), c.title(), c.outlet(), c.published(), c.quote()))
			.toList();
	}

	Optional<Extraction> extract(StoredArticle a) {
		ArticleExtractor engine = extractor.getIfAvailable();
		if (engine == null) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(
					engine.extract(new Article(a.title(), a.text(), a.outlet(), a.url(), a.published(), a.language())));
		}
		catch (RuntimeException ex) {
			// The article is kept; the review screen says nothing could be extracted.
			LOG.warn("Extraction failed for article {}", a.id(), ex);
			return Optional.empty();
		}
	}

	Articles articles() {
		return articles;
	}

	private static boolean web(String url) {
		try {
			URI uri = URI.create(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String firstLine(String text) {
		String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
		return line.length() <= 160 ? line
				: line.substring(0, line.lastIndexOf(' ', 157) > 60 ? line.lastIndexOf(' ', 157) : 157) + "…";
	}

	private static String stem(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return cut(dot > 0 ? name.substring(0, dot) : name, 100);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
