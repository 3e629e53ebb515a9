package org.dyad.store;

import org.dyad.article.Article;
import org.dyad.record.DyadRecord;
import org.dyad.record.Provenance;

/** An article with the record Dyad coded from it, and what coded it, ready to store. */
public record CodedArticle(String origin, Article article, DyadRecord record, Provenance provenance) {

    public String key() {
        return ArticleKey.of(article);
    }
}
