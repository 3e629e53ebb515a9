package org.dyad.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.text.Sentence;

/** Where a quotation attaches to the dependency tree of its sentence. */
final class QuoteTrees {

    /** Nouns for what someone said: "Trump's claim that ...", "a statement by the ministry". */
    private static final Set<String> SPEECH_NOUNS = Set.of("claim", "statement", "remark", "comment", "assertion", "promise",
            "pledge", "word", "warning", "tweet", "message", "speech", "letter", "description", "call", "argument", "accusation",
            "insistence", "prediction", "vow", "declaration", "announcement", "suggestion", "complaint");

    private QuoteTrees() {}

    /** "statement", "tweet": a noun for something said. */
    static boolean isSpeechLemma(String lemma) {
        return SPEECH_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** A noun for something said, with its sayer: a possessor or a "by" phrase. */
    static boolean isSpeechNoun(Sentence s, int i) {
        return s.token(i).isNoun() && isSpeechLemma(s.token(i).lemma()) && sayer(s, i) >= 0;
    }

    /** Who said what a speech noun names: "Trump's claim", "a claim by Trump". */
    static Mention owner(Sentence s, int noun, MentionIndex mentions) {
        return subjectNoun(s, sayer(s, noun), mentions);
    }

    private static int sayer(Sentence s, int noun) {
        for (int p : s.children(noun, "nmod:poss")) return p;
        for (int n : s.children(noun, "nmod")) {
            for (int c : s.children(n, "case")) if (s.token(c).lemma().equalsIgnoreCase("by")) return n;
        }
        return -1;
    }

    /** The actor a noun phrase names, or its words when no dictionary knows it. */
    static Mention subjectNoun(Sentence s, int head, MentionIndex mentions) {
        Mention m = mentions.forArgument(s, head);
        if (m == null || !m.isCoded() || m.isRoleOnly()) {
            // "said his father, Abdullah Kurdi": a description or a role word alone is the person its apposition names
            for (int a : s.children(head, "appos")) {
                Mention named = mentions.at(s.index(), a);
                if (named != null && named.isCoded() && named.type() == Mention.Type.PERSON) return named;
            }
        }
        Mention words = Phrases.nounPhrase(s, head);
        if (m == null) return words;
        // "a campaign spokeswoman": a role word alone is coded, but the speaker is the whole phrase.
        if (m.isRoleOnly() && words != null && words.start() <= m.start() && words.end() >= m.end()) {
            return new Mention(m.sentence(), words.first(), words.last(), words.start(), words.end(), words.text(), m.actor(), m.type(), m.resolvedBy());
        }
        return m;
    }

    /**
     * The verb outside the quotation that it hangs from, or -1: a reporting verb that governs
     * it or stands beside it ('"...," he said'), else a reporting verb with a subject, else
     * the verb of whoever does what the quotation belongs to ("condemned the storming as
     * 'utterly unacceptable'", "ordered a 'complete siege'").
     */
    static int reportingVerb(ReportedSpeech speech, Sentence s, QuotationMarks.Span span, List<QuotationMarks.Span> all) {
        for (int i = 0; i < s.size(); i++) {
            if (!inside(s, i, span)) continue;
            int h = s.head(i);
            if (h >= 0 && inside(s, h, span)) continue;
            // i attaches the quotation to the sentence: walk up from it, and look beside each step.
            for (int node = h < 0 ? i : h, steps = 0; node >= 0 && steps < 6; node = s.head(node), steps++) {
                if (!inside(s, node, span) && !quoted(s, node, all) && speech.isReportingVerb(s, node)) return outermost(speech, s, node, all);
                if (!inside(s, node, span) && isSpeechNoun(s, node)) return node;
                for (var d : s.children(node)) {
                    int c = d.dependent();
                    if (!quoted(s, c, all) && speech.isReportingVerb(s, c) && !isCondition(s, c)
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
        for (int i = 0; i < s.size(); i++) {
            if (!inside(s, i, span) || (s.head(i) >= 0 && inside(s, s.head(i), span))) continue;
            for (int node = s.head(i), steps = 0; node >= 0 && steps < 6; node = s.head(node), steps++) {
                if (!inside(s, node, span) && s.token(node).isVerb()) return node;
            }
        }
        return -1;
    }

    /** Subordinators of clauses that set a condition or a time, not a report ("if it threatened"); "as X said" reports. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "because", "although", "though", "while", "when",
            "before", "after", "until", "once");

    /** A verb whose clause is a condition or a time ("... 'fire and fury' if it threatened the United States"). */
    private static boolean isCondition(Sentence s, int verb) {
        for (int m : s.children(verb, "mark")) if (CONDITIONS.contains(s.token(m).lemma().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /**
     * The reporting verb that reports a reporting verb's clause in turn ("Flynn said Trump was
     * 'absolutely right' when he said ..."): the outer speaker is the one the article quotes.
     */
    private static int outermost(ReportedSpeech speech, Sentence s, int verb, List<QuotationMarks.Span> all) {
        int best = verb;
        for (int node = verb, steps = 0; s.head(node) >= 0 && steps < 4; node = s.head(node), steps++) {
            String rel = s.relation(node);
            if (!(rel.equals("ccomp") || rel.startsWith("advcl") || rel.equals("conj") || rel.equals("xcomp") || rel.equals("dep"))) break;
            int h = s.head(node);
            if (speech.isReportingVerb(s, h) && !quoted(s, h, all) && !s.children(h, "nsubj").isEmpty()) best = h;
        }
        return best;
    }

    static boolean inside(Sentence s, int token, QuotationMarks.Span span) {
        int offset = s.token(token).start();
        return offset >= span.start() && offset < span.end();
    }

    private static boolean quoted(Sentence s, int token, List<QuotationMarks.Span> spans) {
        for (QuotationMarks.Span span : spans) if (inside(s, token, span)) return true;
        return false;
    }
}
