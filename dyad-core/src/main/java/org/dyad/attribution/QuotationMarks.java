package org.dyad.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks in raw text. Curly marks say which way they face; a straight mark
 * opens after a space or bracket and closes otherwise, so a quotation may open with one kind
 * and close with the other, as wire copy often does. A quotation left open at a paragraph
 * break ends there (the convention for quotations running over paragraphs). Single curly
 * quotation marks (British style) count outside double ones; a right single mark closes
 * them only where it is not an apostrophe ("Israel’s").
 */
final class QuotationMarks {

    /** Character span of the quoted words, without the marks. */
    record Span(int start, int end) {}

    private QuotationMarks() {}

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        int single = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean straight = c == '"';
            if (open < 0 && single >= 0) {
                if (c == '\u2019' && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                    add(out, text, single + 1, i);
                    single = -1;
                } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    single = -1; // an opening mark never closed: not a quotation
                }
            } else if (open < 0) {
                // A right mark that stands where a quotation opens is a typist's slip for a left one.
                if (c == '\u201C' || c == '\u00AB' || ((straight || c == '\u201D') && opensHere(text, i))) open = i;
                else if (c == '\u2018' && opensHere(text, i)) single = i;
            } else if (c == '\u201D' || c == '\u00BB' || straight) {
                add(out, text, open + 1, i);
                open = -1;
            } else if (c == '\u201C') {
                add(out, text, open + 1, i); // an unclosed quotation: a new one starts here
                open = i;
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                add(out, text, open + 1, i);
                open = -1;
            }
        }
        if (open >= 0) add(out, text, open + 1, text.length());
        return out;
    }

    private static boolean opensHere(String text, int i) {
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return (Character.isWhitespace(before) || "([{-\u2014:".indexOf(before) >= 0) && !Character.isWhitespace(after);
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start && text.substring(start, end).chars().anyMatch(Character::isLetter)) out.add(new Span(start, end));
    }
}
