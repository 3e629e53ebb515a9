package org.dyad.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as Dyad receives it. {@code text} is kept exactly as given: every
 * character offset in Dyad's output indexes this string.
 *
 * @param published the document date against which relative time expressions are resolved
 * @param datedBy   where {@code published} came from, so the output can say so
 */
public record Article(String id, String text, LocalDate published, DatedBy datedBy,
                      String source, String url, String title) {

    /** Where an article's publication date came from. */
    public enum DatedBy {
        /** Given by the user on the command line. */
        FLAG,
        /** Read from the input itself (a JSONL field, page metadata). */
        METADATA,
        /** Nothing said: today's date was used. */
        TODAY
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(datedBy, "datedBy");
    }
}
