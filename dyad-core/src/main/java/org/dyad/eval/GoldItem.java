package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold-standard item: a sentence or short article with what a careful coder extracts
 * from it. The format is documented in docs/eval.md.
 *
 * @param events expected events; empty for text that must produce none
 * @param quotes expected quotations, each with its speaker
 */
public record GoldItem(String id, String text, LocalDate published, List<GoldEvent> events, List<GoldQuote> quotes, String note) {

    /**
     * An expected event; target is null for events without one, date null when not checked,
     * evidence (words of the sentence that reports it) null when not given.
     */
    public record GoldEvent(String source, String target, String code, String date, String evidence) {

        public GoldEvent(String source, String target, String code, String date) {
            this(source, target, code, date, null);
        }


        public String root() {
            return code.substring(0, 2);
        }
    }

    /** An expected quotation: some of its words, and the speaker's code (or name when uncoded). */
    public record GoldQuote(String text, String speaker) {}
}
