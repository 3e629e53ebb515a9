package org.dyad.intake;

import java.time.Duration;

/**
 * The most work one article may take. Bounds keep one pathological page (a 5 MB line
 * without a full stop) from stalling a run; real news articles stay far inside them.
 *
 * @param words the most words (runs of non-space characters) an article may have; counted
 *              before any language analysis, so an oversized text costs no more than a scan
 * @param time  the most time coding one article may take
 */
public record Budget(int words, Duration time) {

    /** About 40 times a long news article, and ten times the longest article in the Wikinews corpus. */
    public static final Budget DEFAULT = new Budget(50_000, Duration.ofSeconds(120));

    public Budget {
        if (words <= 0) throw new IllegalArgumentException("the word budget must be positive");
        if (time.isNegative() || time.isZero()) throw new IllegalArgumentException("the time budget must be positive");
    }
}
