package org.dyad.coding;

import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.attribution.Attribution;
import org.dyad.attribution.Quote;
import org.dyad.attribution.ReportedSpeech;
import org.dyad.text.Sentence;

/** Who says an event happened: the speaker of the quotation it sits in, or of the clause that reports it. */
final class EventAttribution {

    private final ReportedSpeech speech;

    EventAttribution(ReportedSpeech speech) {
        this.speech = speech;
    }

    Attribution of(Sentence s, Draft d, MentionIndex mentions, List<Quote> quotes) {
        int offset = s.token(d.predicate()).start();
        for (Quote q : quotes) {
            // An indirect quotation's words are its reporting clause's, read below: "X said it would ..." is X's own act.
            if (q.isDirect() && q.contains(offset)) return new Attribution(q.speaker(), q.via());
        }
        int r = speech.reportingVerbOf(s, d.predicate());
        Mention speaker = r >= 0 && r != d.predicate() ? speech.speaker(s, r, mentions) : null;
        if (speaker == d.source()) speaker = null; // "X said it would ..." is X's own act, already the source
        List<String> via = speech.via(s, mentions, speaker == null ? d.source() : speaker);
        if (speaker == null && via.isEmpty()) return null;
        return new Attribution(ReportedSpeech.speakerOf(speaker), via);
    }

    /** A simple, documented score (docs/record.md): clear cues raise it, inference lowers it. */
    static double confidence(Sentence s, Draft d, Attribution attribution) {
        double c = 0.75;
        if (d.target() != null) c += 0.15;
        if (s.token(d.predicate()).isNoun()) c -= 0.15;
        if (d.source().type() == Mention.Type.PRONOUN || d.source().type() == Mention.Type.DESCRIPTION) c -= 0.1;
        if (attribution != null && attribution.speaker() != null) c -= 0.05;
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }
}
