package org.puente.sources;

/** Proposes the records an article reports. */
public interface ArticleExtractor {

	Extraction extract(Article article);

}
