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
 * Finds direct quotations and their speakers. The speaker is read from the reporting clause
 * the quotation hangs from in the dependency tree ("..., Shoukry said"; "X called on Y to
 * 'show restraint'"); a quotation with no reporting clause of its own continues the previous
 * speaker's words when it follows closely.
 */
public final class QuoteFinder {

    private static final int CONTINUATION_WINDOW = 2; // sentences

    private final ReportedSpeech speech;

    public QuoteFinder(ReportedSpeech speech) {
        this.speech = speech;
    }

    /**
     * The quotations of an article, and the first-person words inside them ("we", "our") as
     * mentions of their speaker: "our positions" in a commander's quotation are his side's.
     */
    public record Quotations(List<Quote> quotes, List<Mention> firstPerson) {}

    private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "ours", "i", "me", "my");

    public Quotations find(AnalyzedArticle article, MentionIndex mentions) {
        String text = article.article().text();
        List<QuotationMarks.Span> spans = QuotationMarks.find(text);
        List<Quote> out = new ArrayList<>();
        List<Mention> firstPerson = new ArrayList<>();
        for (QuotationMarks.Span span : spans) {
            Sentence first = sentenceAt(article, span.start());
            if (first == null) continue;
            Mention speaker = null;
            int verb = -1;
            Sentence where = first;
            for (Sentence s : article.sentences()) {
                if (s.end() < span.start() || s.start() > span.end()) continue;
                verb = reportingVerb(s, span, spans);
                if (verb >= 0) {
                    speaker = speaker(s, verb, mentions);
                    where = s;
                    break;
                }
            }
            if (speaker == null) speaker = speech.accordingTo(first, mentions);
            if (speaker != null && speaker.isCoded() && !speaker.isRoleOnly() && !speaker.isBareRole()) firstPerson.addAll(firstPerson(article, span, speaker));
            Speaker who = ReportedSpeech.speakerOf(speaker);
            List<String> via = speech.via(where, mentions, speaker);
            if (who == null && verb < 0 && !out.isEmpty()) {
                Quote previous = out.get(out.size() - 1);
                if (previous.speaker() != null && first.index() - previous.sentence() <= CONTINUATION_WINDOW) {
                    who = previous.speaker();
                    via = previous.via();
                }
            }
            String verbText = verb >= 0 ? where.token(verb).word() : null;
            out.add(new Quote(Quote.Kind.DIRECT, text.substring(span.start(), span.end()), who, via, verbText, first.index(), span.start(), span.end()));
        }
        return new Quotations(out, firstPerson);
    }

    private static List<Mention> firstPerson(AnalyzedArticle article, QuotationMarks.Span span, Mention speaker) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.end() < span.start() || s.start() > span.end()) continue;
            for (var t : s.tokens()) {
                if (t.start() >= span.start() && t.end() <= span.end() && FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT))) {
                    out.add(new Mention(s.index(), t.index(), t.index(), t.start(), t.end(), t.word(), speaker.actor(),
                            Mention.Type.PRONOUN, "first person in a quotation of '" + speaker.text() + "'"));
                }
            }
        }
        return out;
    }

    /** Subject of the reporting verb, or of the clause it belongs to when it has none ("by calling on ..."). */
    private Mention speaker(Sentence s, int verb, MentionIndex mentions) {
        for (int v = verb, steps = 0; v >= 0 && steps < 4; v = s.head(v), steps++) {
            Mention m = speech.speaker(s, v, mentions);
            if (m != null) return m;
            String rel = s.relation(v);
            if (!(rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("obl") || rel.equals("conj"))) break;
        }
        return null;
    }

    /** The reporting verb outside the quotation that the quotation hangs from, or -1. */
    private int reportingVerb(Sentence s, QuotationMarks.Span span, List<QuotationMarks.Span> all) {
        for (int i = 0; i < s.size(); i++) {
            if (!inside(s, i, span)) continue;
            int h = s.head(i);
            if (h >= 0 && inside(s, h, span)) continue;
            // i attaches the quotation to the sentence: walk up from it, and look beside each step.
            for (int node = h < 0 ? i : h, steps = 0; node >= 0 && steps < 6; node = s.head(node), steps++) {
                if (!inside(s, node, span) && !quoted(s, node, all) && speech.isReportingVerb(s, node)) return node;
                for (var d : s.children(node)) {
                    int c = d.dependent();
                    if (!quoted(s, c, all) && speech.isReportingVerb(s, c)
                            && (d.relation().equals("parataxis") || d.relation().equals("dep") || d.relation().startsWith("advcl")
                            || d.relation().equals("ccomp") && !inside(s, c, span))) {
                        return c;
                    }
                }
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (!quoted(s, i, all) && speech.isReportingVerb(s, i) && !s.children(i, "nsubj").isEmpty()) return i;
        }
        // "condemned the storming as 'utterly unacceptable'", "ordered a 'complete siege'": the
        // words are those of whoever does what the quotation belongs to.
        for (int i = 0; i < s.size(); i++) {
            if (!inside(s, i, span) || (s.head(i) >= 0 && inside(s, s.head(i), span))) continue;
            for (int node = s.head(i), steps = 0; node >= 0 && steps < 6; node = s.head(node), steps++) {
                if (!inside(s, node, span) && s.token(node).isVerb()) return node;
            }
        }
        return -1;
    }

    private static boolean inside(Sentence s, int token, QuotationMarks.Span span) {
        int offset = s.token(token).start();
        return offset >= span.start() && offset < span.end();
    }

    private static boolean quoted(Sentence s, int token, List<QuotationMarks.Span> spans) {
        for (QuotationMarks.Span span : spans) if (inside(s, token, span)) return true;
        return false;
    }

    private static Sentence sentenceAt(AnalyzedArticle article, int offset) {
        Sentence best = null;
        for (Sentence s : article.sentences()) {
            if (s.start() <= offset) best = s;
        }
        return best;
    }
}
