package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dyad.coding.PatternBook;
import org.dyad.coding.WordClass;
import org.dyad.datafile.TsvFile;
import org.dyad.datafile.Warning;

/**
 * A PETRARCH verb dictionary, translated into Dyad's patterns over the dependency parse
 * (docs/dictionaries.md says how each construct is translated, and what is not):
 *
 * <pre>
 * &amp;CURRENCY                 a synset: "+" members on the lines below
 * +DOLLAR
 * --- GRANT [070] ---        a verb group and the code of its verbs alone
 * GRANT                      its verbs; "+CLEAR_UP" a two-word verb; a verb's own code in [...]
 * GIVE {GAVE GIVEN}
 * - * &amp;CURRENCY TO + [071]   a pattern: "*" the verb, "+" the target, "$" the source, "%" a
 *                            compound actor, "^" skip a phrase, [---] codes nothing, [a:b] a pair
 * </pre>
 *
 * A pattern of PETRARCH is a sequence of words around the verb; Dyad's is a set of dependents of
 * the verb. Content words become elements, a preposition before "+" or "$" names where the
 * target or source is, function words drop out, and what depends on order or on the tense,
 * modality or negation of the verb (which Dyad decides itself) is reported untranslated.
 */
final class VerbFile {

    /** The reasons a verb or a pattern line is not translated, beside those of {@link PatternLine}, as reported. */
    static final String REPORTING = "a reporting verb alone (Dyad reads reported speech as attribution)";
    static final String STATEMENT = "a statement (010) by a reporting verb (Dyad reads reported speech as attribution)";
    static final String UNREADABLE = "not a valid Dyad pattern once translated";
    static final String SAME = "the same Dyad pattern as an earlier line";
    static final String CONFLICT = "the same Dyad pattern as an earlier line, with another code";

    private VerbFile() {}

    /** A verb of a group: its lemma, the words that make it a two-word verb, and its own code. */
    private record Verb(String lemma, List<String> extra, String code) {}

    private static final class Group {
        final String code;
        int line;
        final List<Verb> verbs = new ArrayList<>();
        final List<PetrarchLines.Line> patterns = new ArrayList<>();

        Group(String code) {
            this.code = code;
        }
    }

    static PetrarchDictionary.Verbs read(String origin, List<PetrarchLines.Line> lines, PetrarchDictionary.Context context) {
        List<Warning> warnings = new ArrayList<>();
        Map<String, Synset> synsets = synsets(lines);
        List<Group> groups = groups(lines, origin, warnings, context.cameo());
        Translation t = new Translation(origin, synsets, context.reporting(), warnings, context.cameo());
        for (Group g : groups) t.translate(g);
        return new PetrarchDictionary.Verbs(origin, t.entries, t.rows, t.translated, t.untranslated, warnings);
    }

    /** Synsets: "&amp;NAME" and its "+" members; a name ending in "_" forms no plurals. */
    private static Map<String, Synset> synsets(List<PetrarchLines.Line> lines) {
        Map<String, Synset> out = new HashMap<>();
        Synset current = null;
        for (PetrarchLines.Line l : lines) {
            String t = l.text();
            if (t.startsWith("&")) {
                String name = t.split("\\s+")[0];
                current = new Synset(name.replace("_", "").substring(1).toUpperCase(Locale.ROOT), !name.endsWith("_"));
                out.put(current.name, current);
            } else if (t.startsWith("+") && current != null) {
                current.add(t.substring(1));
            } else {
                current = null;
            }
        }
        return out;
    }

    private static List<Group> groups(List<PetrarchLines.Line> lines, String origin, List<Warning> warnings, Predicate<String> cameo) {
        List<Group> out = new ArrayList<>();
        Group g = null;
        boolean inSynset = false;
        for (PetrarchLines.Line l : lines) {
            String t = l.text();
            if (t.startsWith("---")) { // "--- GRANT [070] ---", or the older "--- GRANT ###" with its comment cut off
                g = new Group(code(t, origin, l.number(), warnings, "---", cameo));
                g.line = l.number();
                out.add(g);
                inSynset = false;
            } else if (t.startsWith("&")) {
                inSynset = true;
            } else if (t.startsWith("- ") || t.equals("-")) {
                inSynset = false;
                if (g != null) g.patterns.add(l);
            } else if (t.startsWith("+") && inSynset) {
                continue;
            } else if (g != null) {
                inSynset = false;
                Verb v = verb(t, origin, l.number(), warnings, cameo);
                if (v != null) g.verbs.add(v);
            }
        }
        return out;
    }

    /**
     * "SAY {SAYS SAID}", "+CLEAR_UP", "EXPRESS [0110]", "RE_+ADMIT": in a verb of several words a
     * "+" marks the verb (a leading one, the first word); words after it are particles or the
     * preposition of the target, words before it ("RE") are joined to it as the tokenizer does
     * ("re-admit").
     */
    private static Verb verb(String text, String origin, int line, List<Warning> warnings, Predicate<String> cameo) {
        String t = text.startsWith("+") ? text.substring(1) : text;
        int cut = ActorFile.indexOfAny(t, "[{");
        String words = (cut < 0 ? t : t.substring(0, cut)).trim().toLowerCase(Locale.ROOT);
        if (!words.matches("[a-z][a-z'-]*([_ ]+\\+?[a-z][a-z'-]*)*")) {
            warnings.add(new Warning(origin, line, "neither a verb nor a pattern ('- ...'): '" + text + "'; the line is skipped"));
            return null;
        }
        String[] parts = words.split("[_\\s]+");
        int verb = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("+")) {
                verb = i;
                parts[i] = parts[i].substring(1);
            }
        }
        String lemma = String.join("-", java.util.Arrays.asList(parts).subList(0, verb + 1));
        List<String> extra = new ArrayList<>();
        for (int i = verb + 1; i < parts.length; i++) {
            String w = parts[i];
            extra.add(PetrarchWords.BUNDLED.is(w, "preposition") && !PetrarchWords.BUNDLED.is(w, "particle") ? ">" + w : w);
        }
        String code = t.indexOf('[') >= 0 ? code(t, origin, line, warnings, null, cameo) : null;
        return new Verb(lemma, extra, code);
    }

    /** The code in brackets: "---", "071" or "050:050"; a malformed or unknown one is a warning and reads as absent. */
    private static String code(String text, String origin, int line, List<Warning> warnings, String otherwise, Predicate<String> cameo) {
        int open = text.indexOf('[');
        int close = text.indexOf(']', open + 1);
        if (open < 0) return otherwise;
        if (close < 0) {
            warnings.add(new Warning(origin, line, "unclosed '['"));
            return null;
        }
        String code = text.substring(open + 1, close).trim();
        if (code.equals("---")) return code;
        if (!code.matches("\\d{3,4}(:\\d{3,4})?")) {
            warnings.add(new Warning(origin, line, "malformed code '[" + code + "]'; the line is skipped"));
            return null;
        }
        for (String c : code.split(":")) {
            if (!cameo.test(c)) {
                warnings.add(new Warning(origin, line, "code " + c + " is not in CAMEO 1.1b3; the line is skipped"));
                return null;
            }
        }
        return code;
    }

    /** Turns groups into pattern rows, counting what is translated and why the rest is not. */
    private static final class Translation {
        final String origin;
        final Map<String, Synset> synsets;
        final Predicate<String> reporting;
        final List<Warning> warnings;
        final Function<String, WordClass> classes;
        final List<PatternBook.Row> rows = new ArrayList<>();
        final Map<String, String> codeByText = new HashMap<>();
        final Map<String, Integer> untranslated = new TreeMap<>();
        int translated;
        int entries;

        final Predicate<String> cameo;

        Translation(String origin, Map<String, Synset> synsets, Predicate<String> reporting, List<Warning> warnings, Predicate<String> cameo) {
            this.cameo = cameo;
            this.origin = origin;
            this.synsets = synsets;
            this.reporting = reporting;
            this.warnings = warnings;
            Map<String, WordClass> byName = new HashMap<>();
            for (Synset syn : synsets.values()) {
                if (!syn.isFunctional()) byName.put("&" + syn.name.toLowerCase(Locale.ROOT), new WordClass("&" + syn.name.toLowerCase(Locale.ROOT), syn.words, true));
            }
            this.classes = byName::get;
        }

        void translate(Group g) {
            for (Verb v : g.verbs) {
                String code = v.code() != null ? v.code() : g.code;
                if (code == null || code.equals("---")) continue; // a verb alone that codes nothing needs no pattern
                entries++;
                if (v.extra().isEmpty() && reporting.test(v.lemma())) {
                    skip(REPORTING);
                    continue;
                }
                if (add(v, PatternLine.Parsed.BARE, code, origin + ":" + g.line)) translated++;
            }
            for (PetrarchLines.Line l : g.patterns) {
                entries++;
                String text = l.text().substring(1).trim();
                String code = code(text, origin, l.number(), warnings, null, cameo);
                if (code == null) continue;
                int open = text.indexOf('[');
                PatternLine.Result o = PatternLine.read(open < 0 ? text : text.substring(0, open), synsets);
                if (o.reason() != null) {
                    skip(o.reason());
                    continue;
                }
                boolean any = false;
                for (Verb v : g.verbs) {
                    if (code.equals("010") && v.extra().isEmpty() && reporting.test(v.lemma())) {
                        skip(STATEMENT);
                        continue;
                    }
                    any |= add(v, o.parsed(), code, origin + ":" + l.number());
                }
                if (any) translated++;
            }
        }

        private void skip(String reason) {
            untranslated.merge(reason, 1, Integer::sum);
        }

        /** One Dyad pattern for a verb; false (and counted) when an earlier line gave the same pattern. */
        private boolean add(Verb v, PatternLine.Parsed p, String code, String where) {
            List<String> elements = new ArrayList<>();
            String target = p.target();
            for (String e : v.extra()) {
                if (e.startsWith(">")) {
                    if (target == null) target = e.substring(1);
                } else {
                    elements.add(e);
                }
            }
            elements.addAll(p.elements());
            String text = new PatternLine.Parsed(elements, target, p.source(), p.reciprocal()).format(v.lemma());
            String earlier = codeByText.putIfAbsent(text, code);
            if (earlier != null) {
                skip(earlier.equals(code) ? SAME : CONFLICT);
                return false;
            }
            try {
                rows.addAll(PatternBook.rows(code, text, where, classes));
            } catch (IllegalArgumentException e) {
                skip(UNREADABLE);
                return false;
            }
            return true;
        }
    }
}
