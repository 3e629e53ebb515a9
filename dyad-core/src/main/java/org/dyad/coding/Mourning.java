package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.text.Sentence;

/**
 * Whom an article's sympathy is toward: "Kofi Mensah died on Monday ... Parliament held a minute
 * of silence" is Parliament's sympathy (018) toward Mensah, as docs/eval.md's coding rules code
 * condolences toward the dead. The dead are read from the words around a person's mention, which
 * needs no parse: "X died", "X, 91, passed away", "the death of X", "X's funeral".
 */
final class Mourning {

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
    private static final int APPOSITION = 12; // words an apposition may run between a name and its verb ("X, the former president of Y, died")

    private final Grammar grammar;

    Mourning(Grammar grammar) {
        this.grammar = grammar;
    }

    /** The people the sentences report dead, in text order. */
    List<Mention> dead(List<Sentence> sentences, MentionIndex mentions) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Mention m : mentions.inSentence(s.index())) {
                if (isPerson(m) && (followsDeathNoun(s, m) || hasDeathNoun(s, m) || diedAfter(s, m))) out.add(m);
            }
        }
        return out;
    }

    /**
     * The draft, or, when it is an act of sympathy toward no one named, the same act toward whom
     * the article last reported dead at or before its sentence (else the first it reports dead);
     * none when that is its own source ("the new sultan attended the funeral" of the old).
     */
    List<Draft> toward(Sentence s, Draft d, List<Mention> dead) {
        if (d.target() != null || dead.isEmpty() || !grammar.isMourningCode(d.code())) return List.of(d);
        Mention mourned = dead.get(0);
        for (Mention m : dead) if (m.sentence() <= s.index()) mourned = m;
        if (d.source().isCoded() && mourned.isSameActor(d.source())) return List.of();
        return List.of(new Draft(d.predicate(), d.source(), mourned, d.code(), d.pattern() + " (toward the dead)", d.negated()));
    }

    /**
     * The names of the people the article surely reports dead: named, and in a parsed sentence or
     * after a death noun ("the death of X"), not only by the order of the words.
     */
    Set<String> surelyDead(List<Sentence> sentences, List<Mention> dead) {
        Set<String> out = new HashSet<>();
        for (Mention m : dead) {
            Sentence s = sentences.get(m.sentence());
            boolean sure = s.parsed() || followsDeathNoun(s, m) || hasDeathNoun(s, m);
            if (sure && m.type() == Mention.Type.PERSON && m.actor().name() != null) out.add(m.actor().name());
        }
        return out;
    }

    /**
     * "As foreign minister, Mensah negotiated a treaty with Togo", told after his death: an act of someone the
     * article reports dead is their life's story, not news.
     */
    static boolean isActOfTheDead(Draft d, Set<String> dead) {
        return d.source().isCoded() && dead.contains(d.source().actor().name());
    }

    private static boolean isPerson(Mention m) {
        return m.isCoded() && (m.type() == Mention.Type.PERSON
                || m.type() == Mention.Type.PRONOUN && PERSONAL_PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT)));
    }

    /** "the death of X", "the funeral of X". */
    private boolean followsDeathNoun(Sentence s, Mention m) {
        int of = m.first() - 1;
        return of > 0 && s.token(of).word().equalsIgnoreCase("of") && grammar.isDeathNoun(s.token(of - 1).lemma());
    }

    /** "X's death", "X's state funeral". */
    private boolean hasDeathNoun(Sentence s, Mention m) {
        int possessive = m.last() + 1;
        if (possessive >= s.size() || !s.token(possessive).pos().equals("POS")) return false;
        for (int k = possessive + 1; k < s.size() && k <= possessive + 3; k++) {
            if (grammar.isDeathNoun(s.token(k).lemma())) return true;
            if (!s.token(k).isAdjective() && !s.token(k).isNoun()) return false;
        }
        return false;
    }

    /** "X died", "X, 91, has died", "X, who passed away on Monday", "X who died": the first verb after the name, past an apposition. */
    private boolean diedAfter(Sentence s, Mention m) {
        int i = m.last() + 1;
        if (i < s.size() && s.token(i).word().equals(",")) {
            int close = i + 1;
            while (close < s.size() && close - i <= APPOSITION && !s.token(close).word().equals(",")) close++;
            if (close >= s.size() || close - i > APPOSITION) return false;
            i = close + 1;
        }
        if (i < s.size() && s.token(i).pos().startsWith("W")) i++; // "who"
        while (i < s.size() && (s.token(i).pos().equals("RB") || s.token(i).pos().equals("MD") || isAuxiliary(s, i))) i++;
        if (i >= s.size() || !s.token(i).isVerb()) return false;
        String next = i + 1 < s.size() ? s.token(i + 1).lemma() : "";
        return grammar.isDeathVerb(s.token(i).lemma(), next) && (!s.parsed() || isSubjectOf(s, i, m));
    }

    /** In a parsed sentence, the verb is said of the person: "Mensah, who, like Ofori, had served in the army, died" is Mensah's death. */
    private static boolean isSubjectOf(Sentence s, int verb, Mention m) {
        for (int subj : s.children(verb, "nsubj")) if (m.covers(s.index(), subj)) return true;
        int noun = s.head(verb); // "X, who died on Monday": the relative clause's noun
        return s.relation(verb).startsWith("acl") && noun >= 0 && m.covers(s.index(), noun);
    }

    /** "has died", "had passed away": an auxiliary before the verb that follows it. */
    private static boolean isAuxiliary(Sentence s, int i) {
        String lemma = s.token(i).lemma();
        return (lemma.equals("have") || lemma.equals("be")) && i + 1 < s.size() && s.token(i + 1).isVerb();
    }
}
