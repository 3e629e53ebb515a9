package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pattern line of a PETRARCH verb dictionary ("- * &amp;CURRENCY TO + [071]"), read around its
 * verb into the parts of a Dyad pattern, or the reason it cannot be (docs/dictionaries.md).
 */
final class PatternLine {

    /** The reasons a pattern line is not translated, as reported. */
    static final String NEGATION = "negation in the pattern (Dyad decides negation itself)";
    static final String MODALITY = "tense or modality in the pattern (Dyad decides factuality itself)";
    static final String BEFORE_VERB = "words before the verb other than its subject, auxiliaries or actors";
    static final String BARE_SOURCE = "a source after the verb without a preposition";
    static final String UNDEFINED_SYNSET = "a synset that is not defined";
    static final String NO_VERB = "no '*' for the verb";
    static final String TWO_VERBS = "more than one '*'";
    static final String PLACE_SOURCE = "a source after a preposition of place (\"ARRESTED IN $\" names where, not who)";
    static final String PREPOSITION_CLASS = "a synset of prepositions before an actor (Dyad names one preposition)";

    /** A pattern line read: its elements and where its target and source are, in Dyad's pattern language. */
    record Parsed(List<String> elements, String target, String source, boolean reciprocal) {
        static final Parsed BARE = new Parsed(List.of(), null, null, false);

        String format(String head) {
            StringBuilder b = new StringBuilder(head);
            for (String e : elements) b.append(' ').append(e);
            if (reciprocal) b.append(" %");
            if (source != null) b.append(" <").append(source.replace(' ', '_'));
            if (target != null) b.append(" >").append(target.replace(' ', '_'));
            return b.toString();
        }
    }

    /** The line read, or the reason it is not translated. */
    record Result(Parsed parsed, String reason) {}

    private final Map<String, Synset> synsets;
    private final List<String> elements = new ArrayList<>();
    private String target;
    private String source;
    private boolean reciprocal;
    private boolean passive;
    private boolean targetFirst;

    private PatternLine(Map<String, Synset> synsets) {
        this.synsets = synsets;
    }

    /** Reads the words of a line, without its "-" and code, against the file's synsets. */
    static Result read(String pattern, Map<String, Synset> synsets) {
        List<String> tokens = new ArrayList<>();
        for (String raw : pattern.trim().split("\\s+")) {
            for (String part : raw.replace("**", "*").split("_")) if (!part.isEmpty()) tokens.add(part.toLowerCase(Locale.ROOT));
        }
        int star = tokens.indexOf("*");
        if (star < 0) return new Result(null, NO_VERB);
        if (tokens.lastIndexOf("*") != star) return new Result(null, TWO_VERBS);
        PatternLine line = new PatternLine(synsets);
        String reason = line.before(tokens.subList(0, star));
        if (reason == null) reason = line.after(tokens.subList(star + 1, tokens.size()));
        if (reason == null && line.targetFirst && !line.passive) {
            // "+ * AID FROM $": the subject receives, so it is the target.
            if (line.target != null) reason = BEFORE_VERB;
            else line.target = "@nsubj";
        }
        return reason != null ? new Result(null, reason)
                : new Result(new Parsed(List.copyOf(line.elements), line.target, line.source, line.reciprocal), null);
    }

    /** Before the verb: the source or target as subject, auxiliaries, and at most one word of the subject. */
    private String before(List<String> words) {
        String subjectWord = null;
        for (String w : words) {
            switch (w) {
                case "$", "^" -> { }
                case "+" -> targetFirst = true;
                case "%" -> reciprocal = true;
                default -> {
                    String kind = kindOf(w);
                    if (kind == null) return UNDEFINED_SYNSET;
                    switch (kind) {
                        case "negation" -> { return NEGATION; }
                        case "modal" -> { return MODALITY; }
                        case "passive" -> passive = true;
                        case "function" -> { }
                        case "content" -> {
                            if (subjectWord != null) return BEFORE_VERB;
                            subjectWord = w;
                        }
                        default -> { return BEFORE_VERB; }
                    }
                }
            }
        }
        if (subjectWord != null) elements.add(element(subjectWord) + "@nsubj");
        return null;
    }

    /** After the verb: content words are elements; a preposition before "+" or "$" names where the target or source is. */
    private String after(List<String> words) {
        String preposition = null;
        for (String w : words) {
            switch (w) {
                case "+" -> {
                    if (preposition != null) target = preposition;
                    preposition = null;
                }
                case "$" -> {
                    if (preposition == null) return BARE_SOURCE;
                    if (PetrarchWords.BUNDLED.is(preposition, "place")) return PLACE_SOURCE;
                    // "+ WAS * BY $": a passive's agent is the source, as Dyad reads it anyway.
                    if (!(passive && targetFirst && preposition.equals("by"))) source = preposition;
                    preposition = null;
                }
                case "%" -> reciprocal = true;
                case "^" -> { }
                default -> {
                    String kind = kindOf(w);
                    if (kind == null) return UNDEFINED_SYNSET;
                    switch (kind) {
                        case "negation" -> { return NEGATION; }
                        case "modal" -> { return MODALITY; }
                        case "preposition" -> {
                            if (w.startsWith("&")) return PREPOSITION_CLASS;
                            preposition = w;
                        }
                        case "function", "passive" -> { }
                        default -> {
                            elements.add(element(w));
                            preposition = null;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** A PETRARCH word is matched as written ("=troops"); a synset by its own forms. */
    private static String element(String w) {
        return w.startsWith("&") ? w : "=" + w;
    }

    /** "content", a kind of petrarch-words.tsv, "synset" for a defined synset of content words, or null for an undefined synset. */
    private String kindOf(String w) {
        if (w.startsWith("&")) {
            Synset s = synsets.get(w.substring(1).toUpperCase(Locale.ROOT));
            if (s == null) return null;
            return s.isFunctional() ? s.functionalKind() : "synset";
        }
        String k = PetrarchWords.BUNDLED.kind(w);
        return k == null ? "content" : k;
    }
}
