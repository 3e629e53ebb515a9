package org.dyad.attribution;

import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;

/**
 * Finds the clause that reports a quotation, and its speaker: a reporting verb the quotation
 * hangs from ('"...," Shoukry said'; 'called the plan "a disaster"'), "according to X", or a
 * lead-in sentence just before a quotation that opens its own sentence ("Caddell continued:",
 * "He said the polls were wrong."), read from the dependency tree, or from the word order
 * when the sentence was not parsed.
 */
final class ReportingClauses {

    /**
     * A reporting clause.
     *
     * @param verb      the reporting verb's token, or -1 ("according to")
     * @param reporting true when the verb reports speech; false for the verb of whoever does
     *                  what the quotation belongs to ("ordered a 'complete siege'")
     */
    record Clause(Sentence sentence, int verb, Mention speaker, boolean reporting) {}

    private final ReportedSpeech speech;

    ReportingClauses(ReportedSpeech speech) {
        this.speech = speech;
    }

    Clause of(AnalyzedArticle article, QuotationMarks.Span span, List<QuotationMarks.Span> all, MentionIndex mentions) {
        Sentence first = null;
        Clause doer = null;
        for (Sentence s : article.sentences()) {
            if (s.end() < span.start() || s.start() > span.end()) continue;
            if (first == null) first = s;
            Mention signed = Surface.signature(s, span.end(), mentions);
            if (signed == null && s.end() <= span.end() + 2 && s.index() + 1 < article.sentences().size()) {
                Sentence next = article.sentences().get(s.index() + 1);
                signed = Surface.signature(next, span.end(), mentions); // on a line of its own
                if (signed == null) signed = bareReport(next, mentions);
            }
            if (signed != null) return new Clause(s, -1, signed, true);
            int verb = QuoteTrees.reportingVerb(speech, s, span, all);
            if (verb < 0) continue;
            boolean reporting = speech.isReportingVerb(s, verb) || QuoteTrees.isSpeechNoun(s, verb);
            Clause c = new Clause(s, verb, speaker(s, verb, mentions), reporting);
            if (reporting) return c;
            if (doer == null) doer = c;
        }
        if (first == null) return null;
        for (Sentence s : article.sentences()) {
            if (s.end() < span.start() || s.start() > span.end()) continue;
            Mention m = speech.accordingTo(s, mentions);
            if (m != null) return new Clause(s, -1, m, true);
        }
        Mention named = Surface.colonIntroduction(first, span.start(), mentions);
        if (named != null) return new Clause(first, -1, named, true);
        if (doer != null) return doer;
        return opensSentence(article, first, span) && first.index() > 0 ? leadIn(article.sentences().get(first.index() - 1), article, mentions) : null;
    }

    /**
     * '"... demands a trial." Pelosi said.': a sentence of nothing but a speaker, a reporting verb
     * and adverbs, after a quotation that closes its own sentence, reports that quotation.
     */
    private Mention bareReport(Sentence s, MentionIndex mentions) {
        Mention speaker = null;
        boolean verb = false;
        for (int i = 0; i < s.size(); i++) {
            Mention m = mentions.at(s.index(), i);
            if (m != null && (speaker == null || speaker == m)) {
                speaker = m;
                i = m.last();
            } else if (!verb && speech.isReportingVerb(s, i)) {
                verb = true;
            } else if (!s.token(i).pos().startsWith("RB") && Character.isLetterOrDigit(s.token(i).word().charAt(0))) {
                return null;
            }
        }
        return verb ? speaker : null;
    }

    /** Subject of the reporting verb, or of the clause it belongs to when it has none ("by calling on ..."). */
    private Mention speaker(Sentence s, int verb, MentionIndex mentions) {
        if (!s.parsed()) return Surface.speaker(s, verb, mentions);
        if (QuoteTrees.isSpeechNoun(s, verb)) return QuoteTrees.owner(s, verb, mentions);
        for (int v = verb, steps = 0; v >= 0 && steps < 4; v = s.head(v), steps++) {
            Mention m = speech.speaker(s, v, mentions);
            if (m != null) return m;
            String rel = s.relation(v);
            // "footage of Hillary Clinton asking, '...'": a participle's subject is the noun it modifies.
            if (rel.equals("acl") && s.token(s.head(v)).isNoun()) return QuoteTrees.subjectNoun(s, s.head(v), mentions);
            if (!(rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("obl") || rel.equals("conj") || rel.equals("dep"))) break;
        }
        return null;
    }

    /**
     * The sentence before a quotation that opens its own sentence introduces it when it ends
     * with a colon ("Caddell continued:") or its main verb reports speech ("He said the polls
     * were wrong.").
     */
    private Clause leadIn(Sentence before, AnalyzedArticle article, MentionIndex mentions) {
        String text = article.text(before.start(), before.end()).strip();
        boolean colon = text.endsWith(":");
        for (int i = 0; i < before.size(); i++) {
            boolean main = !before.parsed() || before.relation(i).equals("root") || colon && before.token(i).isVerb();
            if (!main || !(speech.isReportingVerb(before, i) || colon && before.token(i).isVerb())) continue;
            Mention m = speaker(before, i, mentions);
            if (m != null) return new Clause(before, i, m, true);
        }
        return null;
    }

    /** Nothing but punctuation stands between the sentence's start and the quotation. */
    private static boolean opensSentence(AnalyzedArticle article, Sentence s, QuotationMarks.Span span) {
        return s.start() >= span.start() - 1 || article.text(s.start(), span.start()).chars().noneMatch(Character::isLetterOrDigit);
    }
}
