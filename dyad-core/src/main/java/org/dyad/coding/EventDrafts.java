package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.text.Sentence;

/**
 * From a matched predicate to its events: the code refined by what a speech act is about or
 * by the act being only intended, and one event per source-target pair.
 */
final class EventDrafts {

    private final Arguments arguments;
    private final SpeechActs speechActs;
    private final Factuality factuality;
    private final Grammar grammar;

    EventDrafts(CodingTables tables) {
        this.grammar = tables.grammar();
        this.arguments = new Arguments(tables.grammar(), tables.lightVerbs());
        this.speechActs = tables.speechActs();
        this.factuality = tables.factuality();
    }

    List<Draft> of(Sentence s, PredicateMatch m, List<PredicateMatch> matches, MentionIndex mentions) {
        if (m.pattern().isNull() || speechActs.isContent(s, m, matches)) return List.of();
        Factuality.Verdict verdict = factuality.of(s, m.predicate());
        if (verdict.effect() == Factuality.Effect.NONE) return List.of();
        String code = m.pattern().code();
        String pattern = m.pattern().text();
        List<Mention> targets = arguments.targets(s, m, mentions);
        SpeechActs.Act act = SpeechActs.Act.of(code);
        PredicateMatch content = act == null ? null : SpeechActs.content(s, m, matches);
        if (act != null && targets.isEmpty()) targets = SpeechActs.addressees(s, m, content, act, mentions, arguments);
        String refined = content == null ? null : speechActs.code(act, content.pattern().code());
        // A generic code ends in 0 ("130"): the refined code must lie under the pattern's own code.
        if (refined != null && refined.startsWith(code.replaceAll("0$", "")) && !refined.equals(code)) {
            code = refined; // "threatened to cut ties with X": a threat (13) to reduce relations (161) is 1313
            pattern += " + " + content.pattern().text();
        } else if (act == null && verdict.effect() == Factuality.Effect.INTENT) {
            String announced = speechActs.intended(code);
            if (announced != null) {
                code = announced;
                pattern += " (" + verdict.cue() + ")";
            }
        }
        return pairs(m, arguments.sources(s, m, mentions), targets, code, pattern, verdict.effect() == Factuality.Effect.NEGATED);
    }

    /** One draft per source and target; a plural subject of a reciprocal act acts on each other. */
    private List<Draft> pairs(PredicateMatch m, List<Mention> sources, List<Mention> targets, String code, String pattern, boolean negated) {
        List<Draft> out = new ArrayList<>();
        boolean reciprocal = m.pattern().reciprocal() || grammar.isReciprocal(code);
        String reverse = m.pattern().reverseCode();
        for (Mention src : sources) {
            if (!src.isCoded() || src.isBareRole()) continue; // "the army" of no known country codes nothing
            if (targets.isEmpty() && sources.size() > 1 && reciprocal) {
                // "Israel and the UAE signed an agreement": each party acts toward the other.
                for (Mention other : sources) {
                    if (other != src && other.isCoded() && !sameActor(other, src)) out.add(new Draft(m.predicate(), src, other, code, pattern, negated));
                }
                continue;
            }
            if (targets.isEmpty()) out.add(new Draft(m.predicate(), src, null, code, pattern, negated));
            for (Mention t : targets) {
                if (t.isCoded() && sameActor(t, src)) continue; // no self-directed events
                out.add(new Draft(m.predicate(), src, t.isCoded() ? t : null, code, pattern, negated));
                if (reverse != null && t.isCoded() && !t.isBareRole()) out.add(new Draft(m.predicate(), t, src, reverse, pattern, negated));
            }
        }
        return out;
    }

    private static boolean sameActor(Mention a, Mention b) {
        return a.actor().code().equals(b.actor().code());
    }
}
