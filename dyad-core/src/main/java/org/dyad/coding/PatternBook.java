package org.dyad.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.datafile.Warning;
import org.dyad.ontology.CameoOntology;
import org.dyad.text.Token;

/**
 * The event patterns in force, indexed by head lemma.
 *
 * <p>Patterns come in layers, added in order: a later layer's pattern replaces an earlier
 * one with the same text (a user's file overrides a bundled pattern), and a row coded "-"
 * removes it. Within one layer, a pattern written twice is a duplicate and the same text
 * with two codes a conflict: both are reported (the first row is kept), never silently merged.
 */
public final class PatternBook {

    /** The priority of patterns shipped beneath Dyad's own. */
    static final int BENEATH = -1;

    /** The code that, in a user's file, removes the patterns with the same text. */
    public static final String REMOVE = "-";

    private static final String SAY = "say";

    private final Map<String, List<EventPattern>> byHead;
    private final List<EventPattern> all;
    private final List<Warning> warnings;
    private final List<EventPattern> judgementsSaid;

    private PatternBook(Map<String, List<EventPattern>> byHead, List<EventPattern> all, List<Warning> warnings) {
        this.byHead = byHead;
        this.all = List.copyOf(all);
        this.warnings = List.copyOf(warnings);
        this.judgementsSaid = forHead(SAY, false).stream().filter(p -> !p.isNull() && p.elements().size() == 1 && p.specificity() == 1).toList();
    }

    /** Dyad's own patterns (data/coding/patterns.tsv), alone. */
    public static PatternBook bundled(CameoOntology ontology) {
        return builder(ontology).addBundled().build();
    }

    /**
     * Rows made from a pattern written in the pattern language, with word classes of its own
     * (an imported verb dictionary's synsets); one row per member of a class head.
     *
     * @throws IllegalArgumentException when the pattern cannot be read
     */
    public static List<Row> rows(String code, String pattern, String where, java.util.function.Function<String, WordClass> classes) {
        try {
            return PatternSyntax.parse(code, pattern, 0, where, classes).stream().map(p -> new Row(p, false)).toList();
        } catch (PatternSyntax.Invalid e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static Builder builder(CameoOntology ontology) {
        return new Builder(ontology);
    }

    public List<EventPattern> forHead(String lemma, boolean nominal) {
        return byHead.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), nominal), List.of());
    }

    public boolean isHead(String lemma, boolean nominal) {
        return byHead.containsKey(key(lemma.toLowerCase(Locale.ROOT), nominal));
    }

    /**
     * The patterns headed by the word at {@code i} that could match in a sentence with these
     * words (lemmas and lower-case forms): each of its elements has a word there and each of its
     * prepositions is there. A check on words alone, before any parse: it never leaves out a
     * pattern that matches.
     */
    public List<EventPattern> candidates(List<Token> tokens, int i, Set<String> words) {
        Token t = tokens.get(i);
        if (!t.isVerb() && !t.isNoun() && !t.isAdjective()) return List.of(); // an adjective may be a predicate ("critical of")
        // The coder never takes a fixed preposition ("according to") for a predicate.
        if (Grammar.bundled().beginsFixedPreposition(tokens, i)) return List.of();
        return forHead(t.lemma(), t.isNoun()).stream()
                .filter(p -> p.elements().stream().allMatch(e -> e.words().name().equals(WordClass.ANY) || e.words().words().stream().anyMatch(words::contains))
                        && present(p.target(), words) && present(p.source(), words))
                .toList();
    }

    /**
     * The patterns that code what a speaker says by one word of the clause said ("say &amp;reproach",
     * "say responsible"), which also code a sentence the speaker is quoted saying whole.
     */
    public List<EventPattern> judgementsSaid() {
        return judgementsSaid;
    }

    /** Whether a sentence with these words (lemmas and lower-case forms) could hold a judgement said. */
    public boolean couldBeSaid(Set<String> words) {
        return judgementsSaid.stream().anyMatch(p -> p.elements().get(0).words().words().stream().anyMatch(words::contains));
    }

    private static boolean present(EventPattern.Slot slot, Set<String> words) {
        if (slot == null || slot.preposition() == null) return true;
        for (String w : slot.preposition().split(" ")) if (!words.contains(w)) return false;
        return true;
    }

    public List<EventPattern> all() {
        return all;
    }

    /** Duplicates, conflicts and unreadable rows found while loading. */
    public List<Warning> warnings() {
        return warnings;
    }

    private static String key(String lemma, boolean nominal) {
        return nominal ? "n:" + lemma : lemma;
    }

    /** Assembles a pattern book layer by layer. */
    public static final class Builder {

        private final CameoOntology ontology;
        private final WordClasses classes;
        private final Map<String, EventPattern> byText = new LinkedHashMap<>();
        private final Map<String, Integer> layerOf = new HashMap<>();
        private int layers;
        private final List<Warning> warnings = new ArrayList<>();

        private Builder(CameoOntology ontology) {
            this.ontology = ontology;
            this.classes = WordClasses.bundled();
        }

        /** Dyad's own pattern file; its word classes are always known. */
        public Builder addBundled() {
            List<Warning> problems = new ArrayList<>();
            addLayer(readTsv(TsvFile.resource("coding/patterns.tsv"), problems));
            if (!problems.isEmpty()) throw new DataFileException(problems.get(0).origin(), problems.get(0).line(), problems.get(0).reason());
            return this;
        }

        /** A user's pattern file in Dyad's format: one layer, over everything added before. */
        public Builder addTsv(TsvFile file) {
            if (!file.hasColumns("code", "pattern")) throw new DataFileException(file.origin(), 0, "a pattern file needs the columns code and pattern");
            addLayer(readTsv(file, warnings));
            return this;
        }

        /**
         * Patterns made elsewhere, one layer beneath everything else: they code only what no
         * other pattern matches (the PETRARCH verb dictionary Dyad ships under its own). Of these,
         * only patterns that name more than their verb are kept: a verb group's code for a verb
         * alone ("return", "rule", "ship") was measured to add more false events than true ones
         * (docs/dictionaries.md).
         */
        public Builder addBeneath(List<Row> rows) {
            return addLayer(rows.stream().filter(r -> r.pattern().specificity() > 0)
                    .map(r -> new Row(r.pattern().withPriority(BENEATH), r.remove())).toList());
        }

        /** Patterns made elsewhere (an imported PETRARCH verb dictionary): one layer. */
        public Builder addLayer(List<Row> rows) {
            Map<String, EventPattern> layer = new HashMap<>();
            layers++;
            for (Row row : rows) {
                if (row.remove()) {
                    if (byText.remove(row.pattern().text()) == null) warnings.add(Warning.at(row.pattern().where(), "removes no pattern: " + row.pattern().text()));
                    continue;
                }
                EventPattern p = row.pattern();
                if (p.code() != null && ontology.find(p.code()).isEmpty() || p.reverseCode() != null && ontology.find(p.reverseCode()).isEmpty()) {
                    warnings.add(Warning.at(p.where(), "unknown CAMEO code " + p.codeText()));
                    continue;
                }
                String text = p.text();
                EventPattern same = layer.get(text);
                if (same != null) {
                    String what = same.codeText().equals(p.codeText()) ? "duplicate of " : "conflicts with ";
                    warnings.add(Warning.at(p.where(), what + same.where() + " (" + same.codeText() + " " + text + ")"));
                    continue;
                }
                layer.put(text, p);
                byText.remove(text); // an earlier layer's pattern with this text is overridden
                byText.put(text, p);
                layerOf.put(text, layers);
            }
            return this;
        }

        /** How many warnings so far: with {@link #warningsSince}, the warnings of one file. */
        public int warningCount() {
            return warnings.size();
        }

        public List<Warning> warningsSince(int count) {
            return List.copyOf(warnings.subList(count, warnings.size()));
        }

        public PatternBook build() {
            Map<String, List<EventPattern>> byHead = new HashMap<>();
            for (EventPattern p : byText.values()) byHead.computeIfAbsent(key(p.head(), p.nominal()), k -> new ArrayList<>()).add(p);
            // Later layers first, so that a user's pattern wins a tie with a bundled one; file order within a layer.
            byHead.replaceAll((k, v) -> {
                v.sort(Comparator.comparingInt((EventPattern p) -> -layerOf.get(p.text())));
                return Collections.unmodifiableList(v);
            });
            return new PatternBook(byHead, new ArrayList<>(byText.values()), warnings);
        }

        /** The rows of a Dyad pattern file; rows that cannot be read become warnings. */
        private List<Row> readTsv(TsvFile file, List<Warning> problems) {
            List<Row> rows = new ArrayList<>();
            boolean hasPriority = file.hasColumns("priority");
            for (TsvFile.Row r : file.rows()) {
                try {
                    int priority = hasPriority && !r.get("priority").isEmpty() ? Integer.parseInt(r.get("priority")) : 0;
                    boolean remove = r.get("code").equals(REMOVE);
                    for (EventPattern p : PatternSyntax.parse(remove ? PatternSyntax.NO_EVENT : r.get("code"), r.get("pattern"), priority, r.where(), classes::get)) {
                        rows.add(new Row(p, remove));
                    }
                } catch (PatternSyntax.Invalid | NumberFormatException e) {
                    problems.add(new Warning(r.origin(), r.line(), e.getMessage()));
                }
            }
            return rows;
        }
    }

    /** A pattern to add, or (remove) the text of patterns to take away. */
    public record Row(EventPattern pattern, boolean remove) {}
}
