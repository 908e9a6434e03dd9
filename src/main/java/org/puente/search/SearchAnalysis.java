package org.puente.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers shared by every index: names and texts are matched without regard to case or
 * diacritics ("luong" finds "Lương", "alvarez" finds "Álvarez"); the prefix variant lets
 * a search find a word while it is still being typed.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("name").custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		// Running text in three languages: no stemming (it would favour one language),
		// just
		// case and diacritics folded so "an ninh mang" finds "an ninh mạng".
		context.analyzer("text").custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.analyzer("name_prefix")
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("edgeNGram")
			.param("minGramSize", "1")
			.param("maxGramSize", "30");
	}

}
