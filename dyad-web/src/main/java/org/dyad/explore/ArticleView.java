package org.dyad.explore;

import java.util.List;
import java.util.Optional;
import org.dyad.store.EventStore;

/**
 * A stored article: its text and the Dyad record coded from it (docs/record.md), whose offsets
 * index the text, so a page can show every actor, predicate, quotation and time where it was read.
 *
 * @param record the {@code dyad/1} record as stored, a JSON text
 */
public record ArticleView(String key, String text, String record) {

    /** The article, or empty when none has this key. */
    public static Optional<ArticleView> find(EventStore store, String key) {
        var rows = store.query("SELECT text, CAST(record AS VARCHAR) FROM articles WHERE article_key = ?", List.of(key)).rows();
        if (rows.isEmpty()) return Optional.empty();
        return Optional.of(new ArticleView(key, (String) rows.get(0).get(0), (String) rows.get(0).get(1)));
    }
}
