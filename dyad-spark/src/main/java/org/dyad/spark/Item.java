package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.store.ArticleKey;
import org.dyad.store.InputError;

/**
 * One item read from the inputs, as it travels between machines: an article with its store key,
 * or the reason it could not be read.
 *
 * @param order  its place in the inputs: the file's number in the high 32 bits, the item's in the low
 * @param reason why it was rejected; null for an article
 */
record Item(long order, String origin, String reason, String key, String id, String text, String published, String datedBy,
            String source, String url, String title) implements Serializable {

    static long order(int file, long item) {
        return ((long) file << 32) | item;
    }

    static Item of(long order, ArticleInput input) {
        if (input instanceof ArticleInput.Accepted a) {
            Article x = a.article();
            return new Item(order, a.origin(), null, ArticleKey.of(x), x.id(), x.text(), x.published().toString(), x.datedBy().name(),
                    x.source(), x.url(), x.title());
        }
        return rejected(order, input.origin(), ((ArticleInput.Rejected) input).reason());
    }

    static Item rejected(long order, String origin, String reason) {
        return new Item(order, origin, reason, null, null, null, null, null, null, null, null);
    }

    boolean accepted() {
        return reason == null;
    }

    Article article() {
        return new Article(id, text, LocalDate.parse(published), Article.DatedBy.valueOf(datedBy), source, url, title);
    }

    InputError error() {
        return InputError.of(origin, reason);
    }

    /** The same item under another origin: a file copied from a remote filesystem is reported by its URI. */
    Item from(String origin) {
        return new Item(order, origin, reason, key, id, text, published, datedBy, source, url, title);
    }
}
