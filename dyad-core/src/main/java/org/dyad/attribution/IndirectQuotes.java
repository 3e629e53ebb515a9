package org.dyad.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;

/**
 * Indirect quotations: what a reporting verb's clause says someone said, without quotation
 * marks ("The minister said [that] the talks had failed", "The talks had failed, the minister
 * said"), and what a sentence gives "according to" someone. Read from the dependency tree,
 * or from the word order in a sentence that was not parsed. Words already in quotation marks
 * are the direct quotation's.
 */
final class IndirectQuotes {

    /** Relations by which a closing reporting clause hangs from the clause it reports ("X, he said"). */
    private static final Set<String> HANGS = Set.of("ccomp", "parataxis");
    private static final Set<String> EDGE = Set.of("that", ",", ":", "--", "\u2014", ".", "``", "''", "\"", "\u201C", "\u201D");

    private final ReportedSpeech speech;

    IndirectQuotes(ReportedSpeech speech) {
        this.speech = speech;
    }

    List<Quote> find(AnalyzedArticle article, MentionIndex mentions, List<Quote> direct) {
        List<Quote> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (int v = 0; v < s.size(); v++) {
                if (!speech.isReportingVerb(s, v)) continue;
                List<Integer> said = s.parsed() ? content(s, v) : byWordOrder(s, v);
                if (said.isEmpty()) continue;
                Mention speaker = s.parsed() ? speech.speaker(s, v, mentions) : Surface.speaker(s, v, mentions);
                if (speaker == null) continue;
                add(out, article, s, said, speaker, s.token(v).word(), mentions, direct);
            }
            Mention source = speech.accordingTo(s, mentions);
            if (source != null) add(out, article, s, outside(s, source), source, "according to", mentions, direct);
        }
        return out;
    }

    /** The clause a reporting verb governs ("said [that] X"), or the clause it hangs from ("X, he said"). */
    private static List<Integer> content(Sentence s, int verb) {
        for (int c : s.children(verb, "ccomp")) return s.subtree(c);
        String rel = s.relation(verb);
        int head = s.head(verb);
        if (head >= 0 && HANGS.contains(rel) && head < verb) {
            List<Integer> clause = new ArrayList<>(s.subtree(head));
            clause.removeAll(s.subtree(verb));
            return clause;
        }
        return List.of();
    }

    /**
     * Without a parse: the words after "that" close behind the verb ("said on Monday that X",
     * "told reporters that X"), or before the comma of a closing "..., X said" / "..., said X".
     */
    private static List<Integer> byWordOrder(Sentence s, int verb) {
        for (int k = verb + 1; k < s.size() && k <= verb + 6; k++) {
            String w = s.token(k).word();
            if (w.equalsIgnoreCase("that") && s.token(k).pos().equals("IN")) return range(k + 1, s.size());
            if (w.equals(",") || s.token(k).isVerb()) break;
        }
        int comma = verb - 1;
        while (comma >= 0 && !s.token(comma).word().equals(",") && verb - comma <= 5) comma--;
        boolean closing = comma > 2 && s.token(comma).word().equals(",")
                && range(verb + 1, s.size()).stream().allMatch(k -> !s.token(k).isVerb() && !s.token(k).word().equals(","));
        return closing ? range(0, comma) : List.of();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(i);
        return out;
    }

    /** The words on the longer side of "according to X" and what hangs from X. */
    private static List<Integer> outside(Sentence s, Mention source) {
        int before = Math.max(0, source.first() - 2);
        int after = 1 + s.subtree(s.headOf(source.first(), source.last())).stream().mapToInt(Integer::intValue).max().orElse(source.last());
        return before >= s.size() - after ? range(0, before) : range(after, s.size());
    }

    private void add(List<Quote> out, AnalyzedArticle article, Sentence s, List<Integer> tokens, Mention speaker, String verb,
                     MentionIndex mentions, List<Quote> direct) {
        int first = tokens.stream().mapToInt(Integer::intValue).min().orElse(-1);
        int last = tokens.stream().mapToInt(Integer::intValue).max().orElse(-1);
        while (first >= 0 && first <= last && EDGE.contains(s.token(first).word().toLowerCase(Locale.ROOT))) first++;
        while (last >= first && first >= 0 && EDGE.contains(s.token(last).word().toLowerCase(Locale.ROOT))) last--;
        if (first < 0 || last < first + 1) return;
        final int from = first;
        final int to = last;
        // What was said is a clause: "help", "basically" hanging from "said" are not.
        if (tokens.stream().noneMatch(k -> k >= from && k <= to && s.token(k).isVerb())) return;
        int start = s.token(first).start();
        int end = s.token(last).end();
        if (direct.stream().anyMatch(q -> q.start() < end && start < q.end())) return;
        if (out.stream().anyMatch(q -> q.start() == start && q.end() == end)) return;
        out.add(new Quote(Quote.Kind.INDIRECT, article.text(start, end), ReportedSpeech.speakerOf(speaker),
                speech.via(s, mentions, speaker), verb, s.index(), start, end));
    }
}
