package org.dyad.store;

import org.dyad.article.Article;

/**
 * An article read but not coded, because it is not in English.
 *
 * @param language its language code (ISO 639-1, as the identifier gives it)
 */
public record SkippedArticle(String origin, Article article, String language, String reason) {}
