package org.dyad.store;

import org.dyad.article.Article;
import org.dyad.record.DyadRecord;

/** An article with the record Dyad coded from it, ready to store. */
public record CodedArticle(String origin, Article article, DyadRecord record) {

    public String key() {
        return ArticleKey.of(article);
    }
}
