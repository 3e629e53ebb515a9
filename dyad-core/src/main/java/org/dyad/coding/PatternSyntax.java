package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The pattern language of docs/patterns.md, read into {@link EventPattern}s:
 *
 * <pre>
 * pattern := head (SPACE element)*
 * head    := LEMMA | n:LEMMA | &amp;CLASS | n:&amp;CLASS      a class head gives one pattern per member
 * element := WORD[@REL] | =FORM[@REL] | &amp;CLASS[@REL] | *@REL   a dependent of the head (or of an element): a
 *                                                       lemma or form, a form only, a class, any word
 *          | !WORD[@REL] | !&amp;CLASS[@REL]               no such dependent
 *          | &gt;PREP | &gt;@REL                          where the target is
 *          | &lt;PREP | &lt;@REL                          where the source is
 *          | %                                          a compound subject acts on each other
 * code    := CAMEO | CAMEO:CAMEO | ---                  the second code is what the target does back
 * </pre>
 */
final class PatternSyntax {

    static final String NO_EVENT = "---";

    private PatternSyntax() {}

    /** Thrown for a pattern or code that cannot be read; the message says what is wrong. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    static List<EventPattern> parse(String code, String pattern, int priority, String where, Function<String, WordClass> classes) {
        String[] codes = codes(code.trim());
        String[] parts = pattern.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (parts[0].isEmpty()) throw new Invalid("empty pattern");
        boolean nominal = parts[0].startsWith("n:");
        String headText = nominal ? parts[0].substring(2) : parts[0];
        if (headText.isEmpty() || "!<>%".indexOf(headText.charAt(0)) >= 0) throw new Invalid("pattern without a head: " + pattern);
        if (headText.contains("@")) throw new Invalid("a head has no relation: " + pattern);
        WordClass head = word(headText, classes);
        List<Element> elements = new ArrayList<>();
        List<Element> exclusions = new ArrayList<>();
        EventPattern.Slot target = null;
        EventPattern.Slot source = null;
        boolean reciprocal = false;
        for (int i = 1; i < parts.length; i++) {
            String e = parts[i];
            if (e.equals("%")) reciprocal = true;
            else if (e.startsWith(">")) target = slot(e.substring(1), pattern);
            else if (e.startsWith("<")) source = slot(e.substring(1), pattern);
            else if (e.startsWith("!")) exclusions.add(element(e.substring(1), classes, pattern));
            else elements.add(element(e, classes, pattern));
        }
        List<EventPattern> out = new ArrayList<>();
        for (String lemma : head.words().stream().sorted().toList()) {
            out.add(new EventPattern(codes[0], codes[1], lemma, nominal, elements, exclusions, target, source, reciprocal, priority, where));
        }
        return out;
    }

    /** "112" to {112, null}; "194:194" to {194, 194}; "---" to {null, null}. */
    private static String[] codes(String code) {
        if (code.equals(NO_EVENT)) return new String[] {null, null};
        String[] parts = code.split(":", -1);
        if (parts.length > 2) throw new Invalid("malformed code '" + code + "'");
        for (String p : parts) if (!p.matches("\\d{3,4}")) throw new Invalid("malformed code '" + code + "'");
        return new String[] {parts[0], parts.length == 2 ? parts[1] : null};
    }

    private static EventPattern.Slot slot(String s, String pattern) {
        if (s.isEmpty() || s.equals("@")) throw new Invalid("'>' or '<' without a preposition or relation in: " + pattern);
        return EventPattern.Slot.parse(s);
    }

    private static Element element(String s, Function<String, WordClass> classes, String pattern) {
        int at = s.indexOf('@');
        String word = at < 0 ? s : s.substring(0, at);
        String relation = at < 0 ? null : s.substring(at + 1);
        if (word.isEmpty() || relation != null && relation.isEmpty()) throw new Invalid("malformed element '" + s + "' in: " + pattern);
        if (word.equals(WordClass.ANY) && relation == null) throw new Invalid("'*' needs a relation ('*@xcomp') in: " + pattern);
        return new Element(word(word, classes), relation);
    }

    private static WordClass word(String w, Function<String, WordClass> classes) {
        if (w.startsWith("=") && w.length() > 1) return WordClass.form(w.substring(1));
        if (!w.startsWith("&")) return WordClass.of(w);
        WordClass c = classes.apply(w);
        if (c == null) throw new Invalid("unknown word class " + w);
        return c;
    }
}
