package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.ontology.CameoOntology;
import org.dyad.text.Sentence;

/**
 * Appeals, intents, demands, rejections and threats, and what they are about. Such a speech
 * act is coded by its content, from data/coding/speech-acts.tsv: "urged X to resume talks" is
 * an appeal to meet (026); the content ("to resume talks") is not an act of its own.
 */
final class SpeechActs {

    /** The speech acts, each with its generic CAMEO code. */
    enum Act {
        APPEAL("020", "appeal"), INTENT("030", "intent"), DEMAND("100", "demand"), REJECT("120", "reject"), THREAT("130", "threat");

        final String generic;
        final String column;

        Act(String generic, String column) {
            this.generic = generic;
            this.column = column;
        }

        /** The speech act a code belongs to, by its root ("1053" is a demand), or null. */
        static Act of(String code) {
            for (Act a : values()) if (a.generic.startsWith(code.substring(0, 2))) return a;
            return null;
        }
    }

    private final Map<String, Map<Act, String>> byContent = new HashMap<>();
    private final Grammar grammar;

    SpeechActs(TsvFile table, CameoOntology ontology, Grammar grammar) {
        this.grammar = grammar;
        for (TsvFile.Row row : table.rows()) {
            Map<Act, String> codes = new HashMap<>();
            for (Act a : Act.values()) {
                String code = row.get(a.column);
                if (code.isEmpty()) continue;
                if (ontology.find(code).isEmpty()) throw new DataFileException(row.origin(), row.line(), "unknown CAMEO code " + code);
                codes.put(a, code);
            }
            byContent.put(row.get("content"), codes);
        }
    }

    /** The code of a speech act about a content act, or the act's generic code when the table has none. */
    String code(Act act, String contentCode) {
        String own = own(act, contentCode);
        return own != null ? own : act.generic;
    }

    /** The table's code for this act about this content (longest prefix), or null when it gives none. */
    private String own(Act act, String contentCode) {
        for (int len = contentCode.length(); len >= 2; len--) {
            Map<Act, String> row = byContent.get(contentCode.substring(0, len));
            if (row != null && row.containsKey(act)) return row.get(act);
        }
        return null;
    }

    /** The rejection an act refused is ("would not meet" is 125), where the table gives one; null otherwise. */
    String refused(String actCode) {
        return own(Act.REJECT, actCode);
    }

    /** An act announced, not done: cooperation is an intent, conflict a threat; null if neither applies. */
    String intended(String actCode) {
        int root = Integer.parseInt(actCode.substring(0, 2));
        if (root >= 4 && root <= 8) return code(Act.INTENT, actCode);
        if (root >= 14) {
            String threat = code(Act.THREAT, actCode);
            return threat.equals(Act.THREAT.generic) ? null : threat;
        }
        return own(Act.THREAT, actCode); // "said he intended to sue": legal action announced is a threat, where the table says so
    }

    /** The threat an act announced is, when it is force or coercion ("will punish X" is 137); null otherwise. */
    String threatened(String actCode) {
        String announced = intended(actCode);
        return announced != null && Act.of(announced) == Act.THREAT ? announced : null;
    }

    /** The clause is what an appeal, promise, demand, refusal or threat is about, or a pattern's own element. */
    boolean isContent(Sentence s, PredicateMatch m, List<PredicateMatch> all) {
        for (PredicateMatch other : all) {
            // A pattern shipped beneath Dyad's own does not take a word that one of Dyad's own patterns codes.
            if (other == m || other.pattern().priority() < m.pattern().priority()) continue;
            if (other.consumed().contains(m.predicate())) return true;
            if (other.pattern().isNull()) continue;
            int h = s.head(m.predicate());
            if (h == other.predicate() && isAllegation(s, other, m)) return true;
            if (!grammar.isContentRoot(other.pattern().code())) continue;
            String rel = s.relation(m.predicate());
            if (h == other.predicate() && (rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("acl") || s.isInfinitive(m.predicate()))) return true;
        }
        return false;
    }

    /**
     * "accused Hamas of shelling the border", "alleged that Hamas shelled the border": what an
     * accusation says was done is alleged, not reported as done.
     */
    private static boolean isAllegation(Sentence s, PredicateMatch accusation, PredicateMatch act) {
        if (!accusation.pattern().code().startsWith("112") || !s.token(act.predicate()).isVerb()) return false;
        if (s.relation(act.predicate()).equals("ccomp") && s.token(accusation.predicate()).isVerb()) return true;
        return PredicateMatcher.isIntroducedBy(s, act.predicate(), lemma -> lemma.equalsIgnoreCase("of"));
    }

    /**
     * The act a speech act is about: a matched clause under it ("to resume talks") or under its
     * pattern's noun ("a desire to work with X"), its matched object
     * noun ("aid"), or the event noun its pattern takes the target from ("called for the resignation of X").
     * What a warning says will befall someone is no act of theirs ("warned that Togo would face consequences").
     */
    PredicateMatch content(Sentence s, PredicateMatch m, Act act, List<PredicateMatch> matches) {
        PredicateMatch c = clauseOrNoun(s, m, matches);
        return act == Act.THREAT && c != null && grammar.isFateVerb(s.token(c.predicate()).lemma()) ? null : c;
    }

    private static PredicateMatch clauseOrNoun(Sentence s, PredicateMatch m, List<PredicateMatch> matches) {
        for (PredicateMatch c : matches) {
            if (c == m || c.pattern().isNull()) continue;
            // "expressed a desire to work with X": the clause may hang on the pattern's own noun
            if (s.head(c.predicate()) != m.predicate()) {
                if (m.consumed().contains(s.head(c.predicate())) && s.isInfinitive(c.predicate())) return c;
                continue;
            }
            String rel = s.relation(c.predicate());
            if (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj") || s.isInfinitive(c.predicate())) return c;
            if (c.predicate() == m.target() && s.token(c.predicate()).isNoun()) return c;
        }
        return null;
    }

    /**
     * Whom a speech act without an object is directed at: for an appeal or demand, the subject of
     * the clause saying what must be done ("demanded that Assad step down"); for an intent,
     * threat or refusal, the target of the act announced or refused ("threatened to cut ties
     * with Israel").
     */
    static List<Mention> addressees(Sentence s, PredicateMatch m, PredicateMatch content, Act act, MentionIndex mentions, Arguments arguments) {
        if (act == Act.APPEAL || act == Act.DEMAND) {
            List<Mention> out = new ArrayList<>();
            for (int clause : s.children(m.predicate(), "ccomp")) {
                for (int subj : s.children(clause, "nsubj")) {
                    Mention a = mentions.forArgument(s, subj);
                    if (a != null) out.add(a);
                }
            }
            // "demanded an explanation from Russia": asked of someone.
            List<Integer> anchors = new ArrayList<>(List.of(m.predicate()));
            anchors.addAll(m.consumed());
            int from = PredicateMatcher.prepositionalObject(s, anchors, "from", arguments.grammar());
            if (out.isEmpty() && from >= 0) out.addAll(Arguments.mentionsOf(s, List.of(from), mentions));
            return out;
        }
        if (act == Act.THREAT && content == null) {
            // "warned that Togo would face consequences", "would pay a heavy price": who is to suffer is threatened
            List<Mention> out = new ArrayList<>();
            for (int clause : s.children(m.predicate(), "ccomp")) {
                if (arguments.grammar().isFateVerb(s.token(clause).lemma())) out.addAll(Arguments.mentionsOf(s, s.children(clause, "nsubj"), mentions));
            }
            return out;
        }
        return content == null ? List.of() : arguments.targets(s, content, mentions);
    }
}
