package org.dyad.formats;

import java.time.LocalDate;
import org.dyad.article.Article;
import org.dyad.article.ArticleReader;

/**
 * Completes an article from what its item said and, where it said nothing, the user's defaults.
 * The rules are the core reader's, so a page, a feed item and a JSONL line are dated alike: the
 * item's own date ({@link Article.DatedBy#METADATA}), else the user's date ({@code FLAG}), else
 * today ({@code TODAY}); the item's own source and URL, else the user's.
 */
record ArticleDefaults(ArticleReader.Defaults defaults) {

    Article complete(String id, String text, LocalDate published, String source, String url, String title) {
        LocalDate date;
        Article.DatedBy by;
        if (published != null) {
            date = published;
            by = Article.DatedBy.METADATA;
        } else if (defaults.published() != null) {
            date = defaults.published();
            by = Article.DatedBy.FLAG;
        } else {
            date = defaults.today();
            by = Article.DatedBy.TODAY;
        }
        return new Article(id, text, date, by, or(source, defaults.source()), or(url, defaults.url()), blankToNull(title));
    }

    private static String or(String value, String fallback) {
        String v = blankToNull(value);
        return v != null ? v : fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
