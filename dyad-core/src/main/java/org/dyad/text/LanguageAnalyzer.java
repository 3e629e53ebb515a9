package org.dyad.text;

import org.dyad.article.Article;

/**
 * The contract between Dyad and an NLP backend.
 *
 * <p>Requires: an {@link Article} with its text and publication date. Provides: sentences
 * split and tokenized with character offsets into the text as given, lemmas, Penn POS tags,
 * named-entity classes, a Universal Dependencies parse per sentence, and the article's time
 * expressions normalized against {@link Article#published()}.
 *
 * <p>Implementations load their models once and are safe to share between threads.
 */
public interface LanguageAnalyzer {

    /** Analyzes an article, parsing only the sentences the selector asks for (others have no dependency edges). */
    AnalyzedArticle analyze(Article article, ParseSelector selector);

    default AnalyzedArticle analyze(Article article) {
        return analyze(article, ParseSelector.ALL);
    }
}
