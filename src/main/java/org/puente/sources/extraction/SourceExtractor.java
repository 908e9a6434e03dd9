package org.puente.sources.extraction;

import org.puente.directory.DirectoryLookup;
import org.puente.shared.Classification;
import org.puente.sources.Article;
import org.puente.sources.ArticleExtractor;
import org.puente.sources.Extraction;

import org.springframework.stereotype.Service;

/**
 * The application's {@link ArticleExtractor}: the rule-based engine fed with the current
 * directory. People are matched among those marked no higher than the reader's clearance
 * ({@link #extract(Article, Classification)}), unclassified ones by default. The engine
 * is rebuilt only when the directory changed.
 */
@Service
public class SourceExtractor implements ArticleExtractor {

	private final DirectoryLookup directory;

	private volatile Built built;

	private record Built(DirectoryGazetteer gazetteer, RuleBasedExtractor engine) {
	}

	SourceExtractor(DirectoryLookup directory) {
		this.directory = directory;
	}

	@Override
	public Extraction extract(Article article) {
		return extract(article, Classification.UNCLASSIFIED);
	}

	/** Extraction matching people up to the given clearance. */
	public Extraction extract(Article article, Classification clearance) {
		return engine(clearance).extract(article);
	}

	/** The engine over the directory as it is now (for batch runs and the benchmark). */
	public RuleBasedExtractor engine(Classification clearance) {
		DirectoryGazetteer now = DirectoryGazetteer.of(directory, clearance);
		Built current = built;
		if (current == null || !current.gazetteer().equals(now)) {
			current = new Built(now, new RuleBasedExtractor(now));
			built = current;
		}
		return current.engine();
	}

}
