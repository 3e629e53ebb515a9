package org.dyad.attribution;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * A quotation: words in quotation marks (direct), or words a reporting clause gives as
 * someone's without them (indirect: "X said that ...", "..., according to X").
 *
 * @param kind     direct or indirect
 * @param text     the quoted words, without the quotation marks
 * @param speaker  who said them, or null when no one is named
 * @param via      the media it was reported through
 * @param verb     the reporting verb as written ("said", "remarked"), or null
 * @param sentence index of the sentence where the quotation starts
 * @param start    character offset of the first quoted character (after the opening mark)
 * @param end      character offset one past the last quoted character (before the closing mark)
 */
public record Quote(Kind kind, String text, Speaker speaker, List<String> via, String verb, int sentence, int start, int end) {

    /** Direct: in quotation marks. Indirect: reported speech without them. */
    public enum Kind {
        DIRECT, INDIRECT;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Quote {
        via = List.copyOf(via);
    }

    @JsonIgnore
    public boolean isDirect() {
        return kind == Kind.DIRECT;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
