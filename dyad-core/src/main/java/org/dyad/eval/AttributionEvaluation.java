package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.attribution.Quote;
import org.dyad.attribution.Speaker;
import org.dyad.eval.BratAttributions.AnnotatedText;
import org.dyad.eval.BratAttributions.GoldAttribution;
import org.dyad.eval.BratAttributions.Span;
import org.dyad.record.DyadRecord;

/**
 * Scores Dyad's quotations against attribution annotations (docs/eval.md). An attribution
 * whose content has a double quotation mark is a direct quotation, any other an indirect one;
 * its source is a pronoun ("he", "who"), a name or description, or missing. A quotation is
 * found when Dyad gives one of the same kind overlapping its content; its speaker is right
 * when Dyad's words for the speaker overlap the source, or the speaker's name ends with the
 * source's last name word ("Donald Trump" for "Trump", a pronoun resolved to its antecedent
 * counts only by position). Dyad's direct quotations that overlap no attribution are counted
 * apart: scare quotes and titles should not be among them.
 */
public final class AttributionEvaluation {

    /** What the annotated source is. */
    public enum SourceKind { NAME_OR_DESCRIPTION, PRONOUN, NONE }

    /** The quotations of one kind and source: how many there are, found, and with the right speaker. */
    public record Tally(int expected, int found, int speakerRight) {

        Tally plus(boolean found, boolean right) {
            return new Tally(expected + 1, this.found + (found ? 1 : 0), speakerRight + (right ? 1 : 0));
        }
    }

    /** A class of quotations: direct or indirect, by what their source is. */
    public record Category(boolean direct, SourceKind source) implements Comparable<Category> {

        @Override
        public int compareTo(Category o) {
            return direct != o.direct ? (direct ? -1 : 1) : source.compareTo(o.source);
        }
    }

    /** A quotation Dyad missed or gave the wrong speaker, or one it gave that the annotation does not have. */
    public record Difference(String textId, String kind, String detail) {}

    /** Dyad's quotations of one kind, and how many of them lie in no annotated attribution. */
    public record Unannotated(int quotes, int outside) {
        Unannotated plus(boolean isOutside) {
            return new Unannotated(quotes + 1, outside + (isOutside ? 1 : 0));
        }
    }

    /** The whole result. */
    public record Report(int texts, Map<Category, Tally> tallies, Unannotated direct, Unannotated indirect, List<Difference> differences) {

        public Tally tally(boolean direct, SourceKind source) {
            return tallies.getOrDefault(new Category(direct, source), NONE);
        }
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her", "them",
            "who", "whom", "which", "that", "this", "these", "those", "one");

    private static final Tally NONE = new Tally(0, 0, 0);

    private final Map<Category, Tally> tallies = new TreeMap<>();
    private final List<Difference> differences = new ArrayList<>();
    private int texts;
    private Unannotated direct = new Unannotated(0, 0);
    private Unannotated indirect = new Unannotated(0, 0);

    public void add(AnnotatedText gold, DyadRecord record) {
        texts++;
        for (GoldAttribution a : gold.attributions()) {
            if (a.content().isEmpty()) continue;
            boolean direct = words(gold.text(), a.content()).chars().anyMatch(c -> c == '"' || c == '\u201C' || c == '\u201D');
            SourceKind kind = kind(gold.text(), a.source());
            Quote q = bestOverlap(record.quotes(), a.content(), direct);
            boolean right = q != null && q.speaker() != null && kind != SourceKind.NONE && isSource(q.speaker(), gold.text(), a.source(), kind);
            Category c = new Category(direct, kind);
            tallies.put(c, tallies.getOrDefault(c, NONE).plus(q != null, right));
            if (kind == SourceKind.NONE || right) continue;
            String content = shorten(words(gold.text(), a.content()));
            String source = words(gold.text(), a.source());
            differences.add(q == null
                    ? new Difference(gold.id(), (direct ? "direct" : "indirect") + " missed", "[" + source + "] " + content)
                    : new Difference(gold.id(), (direct ? "direct" : "indirect") + " speaker",
                            "expected [" + source + "], got " + (q.speaker() == null ? "none" : "[" + q.speaker().text() + " = " + q.speaker().name() + "]") + ": " + content));
        }
        for (Quote q : record.quotes()) {
            Span span = new Span(q.start(), q.end());
            boolean outside = gold.attributions().stream().noneMatch(a -> a.content().stream().anyMatch(span::overlaps));
            if (q.isDirect()) direct = direct.plus(outside);
            else indirect = indirect.plus(outside);
            if (outside) differences.add(new Difference(gold.id(), (q.isDirect() ? "direct" : "indirect") + " not annotated", "\"" + shorten(q.text()) + "\""));
        }
    }

    public Report report() {
        return new Report(texts, Map.copyOf(tallies), direct, indirect, List.copyOf(differences));
    }

    static SourceKind kind(String text, List<Span> source) {
        if (source.isEmpty()) return SourceKind.NONE;
        String words = words(text, source).trim().toLowerCase(Locale.ROOT);
        return PRONOUNS.contains(words) ? SourceKind.PRONOUN : SourceKind.NAME_OR_DESCRIPTION;
    }

    /** The quotation of the right kind that shares most characters with the content, or null. */
    private static Quote bestOverlap(List<Quote> quotes, List<Span> content, boolean direct) {
        Quote best = null;
        int most = 0;
        for (Quote q : quotes) {
            if (q.isDirect() != direct) continue;
            int shared = 0;
            for (Span s : content) shared += Math.max(0, Math.min(s.end(), q.end()) - Math.max(s.start(), q.start()));
            if (shared > most) {
                most = shared;
                best = q;
            }
        }
        return best;
    }

    static boolean isSource(Speaker speaker, String text, List<Span> source, SourceKind kind) {
        Span said = new Span(speaker.start(), speaker.end());
        if (source.stream().anyMatch(said::overlaps)) return true;
        if (kind == SourceKind.PRONOUN) return false;
        String head = lastWord(words(text, source).split("[,(]")[0]);
        return !head.isEmpty() && head.equalsIgnoreCase(lastWord(speaker.name()));
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.replaceAll("(['\u2019]s?)\\s*$", "").trim().split("\\s+");
        return words[words.length - 1];
    }

    private static String words(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) b.append(b.isEmpty() ? "" : " ").append(text, s.start(), s.end());
        return b.toString().replaceAll("\\s+", " ");
    }

    private static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }
}
