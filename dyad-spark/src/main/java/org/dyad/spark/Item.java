package org.dyad.spark;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.intake.Intake;
import org.dyad.intake.Outcome;
import org.dyad.store.ArticleKey;
import org.dyad.store.ArticleRows;
import org.dyad.store.InputError;
import org.dyad.store.SkippedArticle;

/**
 * One item read from the inputs, as it travels between machines: an article with its store key,
 * or the reason it could not be read or coded.
 *
 * @param order    its place in the inputs: the file's number in the high 32 bits, the item's in the low
 * @param reason   why it was rejected, or refused by the intake's screen; null for an article to code
 * @param language for an article skipped for its language, that language's code; else null
 */
record Item(long order, String origin, String reason, String language, String key, String id, String text, String published,
            String datedBy, String source, String url, String title) implements Serializable {

    static long order(int file, long item) {
        return ((long) file << 32) | item;
    }

    static Item of(long order, ArticleInput input) {
        if (input instanceof ArticleInput.Accepted a) {
            Article x = a.article();
            return new Item(order, a.origin(), null, null, ArticleKey.of(x), x.id(), x.text(), x.published().toString(),
                    x.datedBy().name(), x.source(), x.url(), x.title());
        }
        return rejected(order, input.origin(), ((ArticleInput.Rejected) input).reason());
    }

    static Item rejected(long order, String origin, String reason) {
        return new Item(order, origin, reason, null, null, null, null, null, null, null, null, null);
    }

    boolean accepted() {
        return reason == null;
    }

    /** What an item is, for counting a run's items in one pass. */
    enum Kind { ARTICLE, SKIPPED, REJECTED }

    Kind kind() {
        return accepted() ? Kind.ARTICLE : skipped() ? Kind.SKIPPED : Kind.REJECTED;
    }

    /** Not coded because it is not in English: a row of the skipped table. */
    boolean skipped() {
        return language != null;
    }

    /**
     * The article after the intake's screen (its size, its language), as {@code dyad ingest}
     * screens it: itself when it is to be coded, else refused with the reason.
     */
    Item screened(Intake intake) {
        Optional<Outcome> refused = intake.screen(article());
        if (refused.isEmpty()) return this;
        if (refused.get() instanceof Outcome.Skipped s) return refused(s.reason(), s.language().code());
        return refused(((Outcome.Failed) refused.get()).reason(), null);
    }

    private Item refused(String why, String languageCode) {
        return new Item(order, origin, why, languageCode, key, id, text, published, datedBy, source, url, title);
    }

    Article article() {
        return new Article(id, text, LocalDate.parse(published), Article.DatedBy.valueOf(datedBy), source, url, title);
    }

    InputError error() {
        return InputError.of(origin, reason);
    }

    List<Object> skippedRow(Timestamp firstSeen) {
        return ArticleRows.skipped(new SkippedArticle(origin, article(), language, reason), firstSeen);
    }

    /** The same item under another origin: a file copied from a remote filesystem is reported by its URI. */
    Item from(String origin) {
        return new Item(order, origin, reason, language, key, id, text, published, datedBy, source, url, title);
    }
}
