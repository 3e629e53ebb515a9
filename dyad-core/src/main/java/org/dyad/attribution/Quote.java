package org.dyad.attribution;

import java.util.List;

/**
 * A direct quotation.
 *
 * @param text     the words inside the quotation marks
 * @param speaker  who said them, or null when no reporting clause names anyone
 * @param via      the media it was reported through
 * @param verb     the reporting verb as written ("said", "remarked"), or null
 * @param sentence index of the sentence where the quotation starts
 * @param start    character offset of the first quoted character (after the opening mark)
 * @param end      character offset one past the last quoted character (before the closing mark)
 */
public record Quote(String text, Speaker speaker, List<String> via, String verb, int sentence, int start, int end) {

    public Quote {
        via = List.copyOf(via);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
