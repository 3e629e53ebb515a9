package org.dyad.coding;

import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.attribution.Quote;
import org.dyad.attribution.ReportedSpeech;
import org.dyad.text.Sentence;

/**
 * A judgement of an actor in a speaker's own quoted words: after "Merkel said:", the quoted
 * sentence "The Russian government is a disgrace." is Merkel's criticism of Russia's government,
 * as "Merkel said the Russian government was a disgrace" is. A whole quoted sentence, with no
 * reporting verb of its own, is read as the complement of the speaker's "say", so the patterns
 * headed by "say" with one word (data/coding/patterns.tsv: "say &amp;reproach", "say responsible")
 * code it, aimed at the clause's subject.
 */
final class QuotedJudgements {

    private final PatternBook patterns;
    private final ReportedSpeech speech;
    private final Factuality factuality;

    QuotedJudgements(PatternBook patterns, ReportedSpeech speech, Factuality factuality) {
        this.patterns = patterns;
        this.speech = speech;
        this.factuality = factuality;
    }

    List<Draft> of(Sentence s, List<Quote> quotes, List<PredicateMatch> matches, MentionIndex mentions) {
        int root = root(s);
        if (root < 0 || speech.isReportingVerb(s, root)) return List.of();
        // a predicate that codes an act of its own ("We condemn the attack") is that act
        if (matches.stream().anyMatch(m -> m.predicate() == root && !m.pattern().isNull())) return List.of();
        Mention speaker = speakerOf(s, root, quotes, mentions);
        if (speaker == null) return List.of();
        for (EventPattern p : patterns.judgementsSaid()) {
            if (!PredicateMatcher.named(s, p.elements().get(0), root)) continue;
            Mention judged = judged(s, root, mentions);
            if (judged == null || judged.isSameActor(speaker)) return List.of();
            if (factuality.of(s, root).effect() != Factuality.Effect.DONE) return List.of();
            return List.of(new Draft(root, speaker, judged, p.code(), "quoted: " + p.text(), false));
        }
        return List.of();
    }

    /** The coded speaker of the direct quotation the whole sentence's predicate is in, or null. */
    private static Mention speakerOf(Sentence s, int root, List<Quote> quotes, MentionIndex mentions) {
        int offset = s.token(root).start();
        for (Quote q : quotes) {
            if (!q.isDirect() || !q.contains(offset) || q.speaker() == null || q.speaker().code() == null) continue;
            // the sentence is quoted whole: it starts inside the quotation, not in a reporting clause before it
            if (!q.contains(s.token(0).start()) && s.token(0).start() < q.start() - 1) return null;
            Mention m = mentions.covering(q.speaker().start());
            return m != null && m.isCoded() ? m : null;
        }
        return null;
    }

    /** The actor the clause is about: its subject, or the owner of a subject that is a thing ("Russia's decision is a mistake"). */
    private static Mention judged(Sentence s, int root, MentionIndex mentions) {
        for (int subj : s.children(root, "nsubj")) {
            Mention m = mentions.forArgument(s, subj);
            if (m != null && m.isCoded() && !m.isBareRole()) return m;
        }
        return null;
    }

    private static int root(Sentence s) {
        for (int i = 0; i < s.size(); i++) if (s.head(i) < 0) return i;
        return -1;
    }
}
