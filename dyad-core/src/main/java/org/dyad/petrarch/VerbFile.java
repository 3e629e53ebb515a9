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

    private static final Words WORDS = new Words(TsvFile.resource("coding/petrarch-words.tsv"));

    /** The reasons a pattern line is not translated, as reported. */
    static final String NEGATION = "negation in the pattern (Dyad decides negation itself)";
    static final String MODALITY = "tense or modality in the pattern (Dyad decides factuality itself)";
    static final String BEFORE_VERB = "words before the verb other than its subject, auxiliaries or actors";
    static final String BARE_SOURCE = "a source after the verb without a preposition";
    static final String UNDEFINED_SYNSET = "a synset that is not defined";
    static final String REPORTING = "a reporting verb alone (Dyad reads reported speech as attribution)";
    static final String NO_VERB = "no '*' for the verb";
    static final String PREPOSITION_CLASS = "a synset of prepositions before an actor (Dyad names one preposition)";
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
            if (t.startsWith("---") && t.endsWith("---") && t.length() > 6) {
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

    /** "SAY {SAYS SAID}", "+CLEAR_UP", "EXPRESS [0110]". */
    private static Verb verb(String text, String origin, int line, List<Warning> warnings, Predicate<String> cameo) {
        String t = text.startsWith("+") ? text.substring(1) : text;
        int cut = ActorFile.indexOfAny(t, "[{");
        String words = (cut < 0 ? t : t.substring(0, cut)).trim().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            warnings.add(new Warning(origin, line, "a verb line without a verb"));
            return null;
        }
        String[] parts = words.split("[_\\s]+");
        List<String> extra = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String w = parts[i];
            extra.add(WORDS.is(w, "preposition") && !WORDS.is(w, "particle") ? ">" + w : w);
        }
        String code = t.indexOf('[') >= 0 ? code(t, origin, line, warnings, null, cameo) : null;
        return new Verb(parts[0], extra, code);
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
                if (!syn.isFunctional()) byName.put("&" + syn.name.toLowerCase(Locale.ROOT), new WordClass("&" + syn.name.toLowerCase(Locale.ROOT), syn.words));
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
                if (add(v, Parsed.BARE, code, origin + ":" + g.line)) translated++;
            }
            for (PetrarchLines.Line l : g.patterns) {
                entries++;
                String text = l.text().substring(1).trim();
                String code = code(text, origin, l.number(), warnings, null, cameo);
                if (code == null) continue;
                int open = text.indexOf('[');
                Outcome o = parse(open < 0 ? text : text.substring(0, open));
                if (o.reason() != null) {
                    skip(o.reason());
                    continue;
                }
                boolean any = false;
                for (Verb v : g.verbs) any |= add(v, o.pattern(), code, origin + ":" + l.number());
                if (any) translated++;
            }
        }

        private void skip(String reason) {
            untranslated.merge(reason, 1, Integer::sum);
        }

        /** One Dyad pattern for a verb; false (and counted) when an earlier line gave the same pattern. */
        private boolean add(Verb v, Parsed p, String code, String where) {
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
            String text = new Parsed(elements, target, p.source(), p.reciprocal()).format(v.lemma());
            String earlier = codeByText.putIfAbsent(text, code);
            if (earlier != null) {
                skip(earlier.equals(code) ? SAME : CONFLICT);
                return false;
            }
            rows.addAll(PatternBook.rows(code, text, where, classes));
            return true;
        }

        /** A pattern line's words, read around the verb. */
        private Outcome parse(String pattern) {
            List<String> tokens = new ArrayList<>();
            for (String raw : pattern.trim().split("\\s+")) {
                if (raw.isEmpty()) continue;
                for (String part : raw.replace("**", "*").split("_")) if (!part.isEmpty()) tokens.add(part.toLowerCase(Locale.ROOT));
            }
            int star = tokens.indexOf("*");
            if (star < 0) return Outcome.not(NO_VERB);
            List<String> before = tokens.subList(0, star);
            List<String> after = tokens.subList(star + 1, tokens.size());
            List<String> elements = new ArrayList<>();
            String target = null;
            String source = null;
            boolean reciprocal = false;
            boolean passive = false;
            boolean targetFirst = false;
            String subjectWord = null;
            for (String w : before) {
                switch (w) {
                    case "$" -> { }
                    case "+" -> targetFirst = true;
                    case "%" -> reciprocal = true;
                    case "^" -> { }
                    default -> {
                        String kind = kindOf(w);
                        if (kind == null) return Outcome.not(UNDEFINED_SYNSET);
                        switch (kind) {
                            case "negation" -> { return Outcome.not(NEGATION); }
                            case "modal" -> { return Outcome.not(MODALITY); }
                            case "passive" -> passive = true;
                            case "function" -> { }
                            case "content" -> {
                                if (subjectWord != null) return Outcome.not(BEFORE_VERB);
                                subjectWord = w;
                            }
                            default -> { return Outcome.not(BEFORE_VERB); }
                        }
                    }
                }
            }
            if (subjectWord != null) elements.add(subjectWord + "@nsubj");
            String pendingPreposition = null;
            for (String w : after) {
                switch (w) {
                    case "+" -> {
                        if (pendingPreposition != null) target = pendingPreposition;
                        pendingPreposition = null;
                    }
                    case "$" -> {
                        if (pendingPreposition == null) return Outcome.not(BARE_SOURCE);
                        // "+ WAS * BY $": a passive's agent is the source, as Dyad reads it anyway.
                        if (!(passive && targetFirst && pendingPreposition.equals("by"))) source = pendingPreposition;
                        pendingPreposition = null;
                    }
                    case "%" -> reciprocal = true;
                    case "^" -> { }
                    default -> {
                        String kind = kindOf(w);
                        if (kind == null) return Outcome.not(UNDEFINED_SYNSET);
                        switch (kind) {
                            case "negation" -> { return Outcome.not(NEGATION); }
                            case "modal" -> { return Outcome.not(MODALITY); }
                            case "preposition" -> {
                                if (w.startsWith("&")) return Outcome.not(PREPOSITION_CLASS);
                                pendingPreposition = w;
                            }
                            case "function", "passive" -> { }
                            default -> {
                                elements.add(w);
                                pendingPreposition = null;
                            }
                        }
                    }
                }
            }
            if (targetFirst && !passive) {
                // "+ * AID FROM $": the subject receives, so it is the target.
                if (target != null) return Outcome.not(BEFORE_VERB);
                target = "@nsubj";
            }
            return Outcome.of(new Parsed(elements, target, source, reciprocal));
        }

        /** "content", a kind of petrarch-words.tsv, "synset" for a defined synset of content words, or null for an undefined synset. */
        private String kindOf(String w) {
            if (w.startsWith("&")) {
                Synset s = synsets.get(w.substring(1).toUpperCase(Locale.ROOT));
                if (s == null) return null;
                return s.isFunctional() ? s.functionalKind() : "synset";
            }
            String k = WORDS.kind(w);
            return k == null ? "content" : k;
        }
    }

    /** A pattern line translated, or the reason it is not. */
    private record Outcome(Parsed pattern, String reason) {
        static Outcome of(Parsed p) {
            return new Outcome(p, null);
        }

        static Outcome not(String reason) {
            return new Outcome(null, reason);
        }
    }

    /** A pattern line read: its elements and where its target and source are, in Dyad's pattern language. */
    private record Parsed(List<String> elements, String target, String source, boolean reciprocal) {
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

    /** A synset: its members' content words; one whose members are all function words is itself functional. */
    private static final class Synset {
        final String name;
        final boolean plurals;
        final Set<String> words = new LinkedHashSet<>();
        final List<String> functionKinds = new ArrayList<>();

        Synset(String name, boolean plurals) {
            this.name = name;
            this.plurals = plurals;
        }

        void add(String member) {
            Phrase p = Phrase.parse(member);
            String head = null;
            for (String w : p.words().toLowerCase(Locale.ROOT).split(" ")) {
                String k = WORDS.kind(w);
                if (k == null) head = w; // the last content word is the member's head
                else if (head == null) functionKinds.add(k);
            }
            if (head == null) return;
            words.add(head);
            if (plurals && !member.trim().endsWith("_")) words.add(Phrase.parse(head).plural().words().toLowerCase(Locale.ROOT));
        }

        boolean isFunctional() {
            return words.isEmpty();
        }

        /** A functional synset acts like its members: "passive" for &amp;AUXVERB1, "modal" for &amp;AUXVERB2. */
        String functionalKind() {
            for (String k : List.of("negation", "modal", "passive", "preposition")) if (functionKinds.contains(k)) return k;
            return "function";
        }
    }

    /** petrarch-words.tsv: the kind of each word a pattern may hold beside content words. */
    private static final class Words {
        private final Map<String, Set<String>> kinds = new HashMap<>();

        Words(TsvFile file) {
            for (TsvFile.Row r : file.rows()) kinds.computeIfAbsent(r.get("word").toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(r.get("kind"));
        }

        /** The word's first kind other than "particle", or null for a content word. */
        String kind(String w) {
            Set<String> k = kinds.get(w);
            if (k == null) return null;
            for (String x : k) if (!x.equals("particle")) return x;
            return null;
        }

        boolean is(String w, String kind) {
            return kinds.getOrDefault(w, Set.of()).contains(kind);
        }
    }
}
