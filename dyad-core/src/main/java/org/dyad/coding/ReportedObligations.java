package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.attribution.ReportedSpeech;
import org.dyad.text.Sentence;

/**
 * "X said that Y should end Z": X appeals to Y, for what Y should do when a pattern names it;
 * not for what Y should know or feel ("people must know that ...": grammar list cognition-verb).
 */
final class ReportedObligations {

    private static final String APPEAL = "020";

    private final ReportedSpeech speech;
    private final SpeechActs speechActs;
    private final Factuality factuality;
    private final Grammar grammar;

    ReportedObligations(ReportedSpeech speech, CodingTables tables) {
        this.speech = speech;
        this.grammar = tables.grammar();
        this.speechActs = tables.speechActs();
        this.factuality = tables.factuality();
    }

    List<Draft> of(Sentence s, List<PredicateMatch> matches, MentionIndex mentions) {
        List<Draft> out = new ArrayList<>();
        for (int v = 0; v < s.size(); v++) {
            String modal = factuality.obligation(s, v);
            if (modal == null || grammar.isCognitionVerb(s.token(v).lemma())) continue;
            int r = speech.reportingVerbOf(s, v);
            if (r < 0) continue;
            Mention speaker = speech.speaker(s, r, mentions);
            if (speaker == null || !speaker.isCoded()) continue;
            for (int subj : s.children(v, "nsubj")) {
                Mention addressee = mentions.forArgument(s, subj);
                if (addressee == null || !addressee.isCoded() || addressee.isSameActor(speaker)) continue;
                String code = APPEAL;
                String pattern = "reported obligation: " + s.token(r).word() + " ... " + modal;
                for (PredicateMatch c : matches) {
                    if (c.pattern().isNull()) continue;
                    if (c.predicate() == v || s.head(c.predicate()) == v && s.relation(c.predicate()).equals("conj")) {
                        code = speechActs.code(SpeechActs.Act.APPEAL, c.pattern().code());
                        pattern += " " + c.pattern().text();
                        break;
                    }
                }
                out.add(new Draft(r, speaker, addressee, code, pattern, false));
            }
        }
        return out;
    }
}
