package org.dyad.intake;

import org.dyad.record.DyadRecord;

/** What became of one article: coded, skipped for its language, or failed with a reason. */
public sealed interface Outcome {

    record Coded(DyadRecord record) implements Outcome {}

    record Skipped(Language language) implements Outcome {
        public String reason() {
            return "not in English: " + language;
        }
    }

    record Failed(String reason) implements Outcome {}
}
