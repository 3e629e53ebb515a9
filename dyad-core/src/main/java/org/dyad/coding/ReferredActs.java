package org.dyad.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorCodes;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.attribution.Quote;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Sentence;

/**
 * Targets a reader takes from an act reported earlier (data/coding/referred-acts.tsv): after
 * "Germany accused Russia of the poisoning", "Russia dismissed the accusation" is aimed at
 * Germany; after "Turkey and Libya signed a maritime deal", "Greece denounced the deal" at both;
 * after "troops and rebels clashed", "the AU called for a ceasefire" at those who fought.
 * A draft keeps its own target when it has one.
 */
final class ReferredActs {

    private static final int WINDOW = 8; // sentences an act may be referred back to: reactions often follow paragraphs of background
    private static final int PRONOUN_WINDOW = 1; // "it" and "this" point to an act just told

    /** An act coded so far in the article; its target may be null. */
    record Act(int sentence, int predicate, String code, Mention source, Mention target) {
        String root() {
            return code.substring(0, 2);
        }
    }

    private static final String STATEMENT = "010";

    private final Map<String, List<String>> roots = new HashMap<>();
    private final Grammar grammar;

    ReferredActs(TsvFile table, Grammar grammar) {
        this.grammar = grammar;
        for (TsvFile.Row row : table.rows()) {
            List<String> r = row.list("roots");
            for (String code : r) {
                if (!code.matches("(0[1-9]|1[0-9]|20)[0-9]{0,2}")) throw new DataFileException(row.origin(), row.line(), "not a CAMEO root or code: " + code);
            }
            roots.put(row.get("noun"), r);
        }
    }

    static ReferredActs bundled() {
        return new ReferredActs(TsvFile.resource("coding/referred-acts.tsv"), Grammar.bundled());
    }

    /** Each quotation whose speaker is a coded actor, as a statement (010) that "the remarks" may refer to, in text order. */
    static List<Act> statements(List<Quote> quotes, MentionIndex mentions) {
        List<Act> out = new ArrayList<>();
        for (Quote q : quotes) {
            Mention speaker = q.speaker() == null ? null : mentions.covering(q.speaker().start());
            if (speaker != null && speaker.isCoded()) out.add(new Act(q.sentence(), speaker.first(), STATEMENT, speaker, null));
        }
        out.sort(Comparator.comparingInt(Act::sentence));
        return out;
    }

    /** The draft, or one draft per doer of the act its object (or a subject that is not its source) refers back to. */
    List<Draft> resolve(Sentence s, Draft d, List<Act> earlier) {
        if (d.target() != null || !d.source().isCoded()) return List.of(d);
        List<Integer> about = objects(s, d.predicate());
        int acted = about.size();
        // "The move drew condemnation (or praise) from the AU": a subject that is not the source is what the act is about
        for (int subject : s.children(d.predicate(), "nsubj")) {
            if (s.relation(subject).equals("nsubj") && !d.source().covers(s.index(), subject)) about.add(subject);
        }
        for (int k = 0; k < about.size(); k++) {
            int object = antecedent(s, about.get(k), d.predicate());
            List<String> referred = roots.get(s.token(object).lemma().toLowerCase(Locale.ROOT));
            // "carried out the airstrike", "signed the deal": an object of the act's own kind is the act itself.
            boolean itself = k < acted && referred != null && refersTo(referred, d.code());
            boolean pronoun = isPronoun(s, object);
            if (referred == null || itself || !pronoun && !isDefinite(s, object)) continue;
            List<Mention> doers = doers(s, d, referred, earlier, pronoun);
            // "a cessation of fighting" is the fighting of two sides, not any act of force told before
            if (doers.isEmpty() || doers.size() < 2 && isBare(s, object)) continue;
            return toward(d, doers, " (refers to an earlier act)");
        }
        // "the AU called for a ceasefire": an appeal to stop fighting is addressed to those who fight
        if (grammar.isTruceAppeal(d.code())) {
            List<Mention> sides = sides(s, d, earlier);
            if (!sides.isEmpty()) return toward(d, sides, " (to the sides of the last fighting)");
        }
        return List.of(d);
    }

    private static List<Draft> toward(Draft d, List<Mention> targets, String why) {
        return targets.stream().map(t -> new Draft(d.predicate(), d.source(), t, d.code(), d.pattern() + why, d.negated())).toList();
    }

    /**
     * Those who fought in the most recent earlier sentence that tells fighting, but the draft's own
     * side: the doers of its acts of force and, when armed, those they used it on. One side's force
     * on people or places ("shelled a village", "killed eight civilians") is no fighting.
     */
    private List<Mention> sides(Sentence s, Draft d, List<Act> earlier) {
        Set<Integer> read = new HashSet<>();
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Act a = earlier.get(k);
            if (s.index() - a.sentence() > WINDOW) break;
            if (a.sentence() >= s.index() || !grammar.isForceRoot(a.code()) || !read.add(a.sentence())) continue;
            Map<String, Mention> fighters = new LinkedHashMap<>();
            for (Act b : earlier) {
                if (b.sentence() != a.sentence() || !grammar.isForceRoot(b.code())) continue;
                if (b.source().isCoded()) fighters.putIfAbsent(b.source().actor().code(), b.source());
                Mention t = b.target();
                if (t != null && t.isCoded() && grammar.isArmedRole(t.actor().role())) fighters.putIfAbsent(t.actor().code(), t);
            }
            if (fighters.size() < 2) continue;
            return fighters.values().stream().filter(side -> !isOwnSide(side, d.source())).toList();
        }
        return List.of();
    }

    /**
     * "The meeting was attended by Greece, Cyprus and Israel", "signed the agreement": the act's
     * object is a definite noun of the act's own kind, which tells again an act already told.
     */
    boolean retells(Sentence s, Draft d) {
        for (int object : objects(s, d.predicate())) {
            List<String> referred = roots.get(s.token(object).lemma().toLowerCase(Locale.ROOT));
            if (referred != null && refersTo(referred, d.code()) && isDefinite(s, object)) return true;
        }
        return false;
    }

    /**
     * "denied the accusation", "the call was seconded" (the subject of a passive); "called the deal
     * null and void" (the subject of a small clause);
     * "spoke out against the attack"; and what a noun among these, or the act's own noun, is about
     * ("demanded an inquiry into the shooting", "criticism of the deal").
     */
    private List<Integer> objects(Sentence s, int predicate) {
        List<Integer> out = new ArrayList<>(s.children(predicate, "obj"));
        out.addAll(s.children(predicate, "nsubj:pass"));
        // "a charge Kampala denies": a relative clause with no object of its own acts on its noun
        int relative = out.isEmpty() ? PredicateMatcher.relativeObject(s, predicate, grammar) : -1;
        if (relative >= 0) out.add(relative);
        for (int x : s.children(predicate, "xcomp")) out.addAll(s.children(x, "nsubj"));
        List<Integer> nouns = new ArrayList<>(out);
        for (int x : s.children(predicate, "obl")) {
            if (grammar.aboutPrepositions().stream().anyMatch(p -> PredicateMatcher.caseIs(s, x, p))) out.add(x);
            nouns.add(x);
        }
        if (s.token(predicate).isNoun()) nouns.add(predicate);
        for (int noun : nouns) {
            for (int x : s.children(noun, "nmod")) {
                if (grammar.topicPrepositions().stream().anyMatch(p -> PredicateMatcher.caseIs(s, x, p))) out.add(x);
            }
        }
        return out;
    }

    /** Whether a noun of these roots or codes may refer to an act of this code ("shooting" to 175, violent repression). */
    private static boolean refersTo(List<String> referred, String code) {
        return referred.stream().anyMatch(code::startsWith);
    }

    /** "condemned it", "denied this": a pronoun standing alone, not a determiner of a noun. */
    private static boolean isPronoun(Sentence s, int word) {
        String pos = s.token(word).pos();
        return pos.equals("PRP") || pos.equals("DT") && !s.relation(word).equals("det");
    }

    /**
     * "the move"; and "Ghana expelled the envoy, a move that ...", "accused Uganda of backing the
     * rebels, a charge Kampala denies": a noun set beside a clause, after a comma, points to the
     * clause's act, though indefinite (the parser may hang it on the clause's last noun); so does a
     * mass noun of the act at hand with no determiner ("a cessation of fighting").
     */
    private boolean isDefinite(Sentence s, int noun) {
        boolean besideClause = s.relation(noun).equals("appos") || s.relation(noun).equals("obl:npmod");
        int first = firstWord(s, noun);
        boolean afterComma = first > 0 && s.token(first - 1).word().equals(",");
        if (besideClause && s.head(noun) >= 0 && (s.token(s.head(noun)).isVerb() || afterComma)) return true;
        if (isBare(s, noun)) return true;
        return s.children(noun, "det").stream().anyMatch(k -> grammar.isDefiniteDeterminer(s.token(k).lemma()));
    }

    private boolean isBare(Sentence s, int noun) {
        return s.children(noun, "det").isEmpty() && grammar.isBareReference(s.token(noun).lemma());
    }

    /** The first word of a noun's phrase before it: its determiner or modifiers. */
    private static int firstWord(Sentence s, int noun) {
        int first = noun;
        for (var d : s.children(noun)) if (d.dependent() < first && !d.relation().equals("punct")) first = d.dependent();
        return first;
    }

    /** "a move that drew condemnation", "a step which Kenya condemned": a relative pronoun stands for the noun its clause describes. */
    private int antecedent(Sentence s, int word, int predicate) {
        boolean relative = grammar.isRelativeTag(s.token(word).pos()) && s.relation(predicate).startsWith("acl") && s.head(predicate) >= 0;
        return relative ? s.head(predicate) : word;
    }

    /**
     * The same actor, or a country and one of its own parts: "the US" reacts not to its own
     * military's act, but an opposition may condemn its country's police.
     */
    private static boolean isSelf(Mention m, Mention self) {
        Actor a = m.actor();
        Actor b = self.actor();
        return m.isSameActor(self) || a.country() != null && a.country().equals(b.country()) && (a.role() == null || b.role() == null);
    }

    /** The same actor, or the state of the same country: a government appeals to its enemy, not to its own army. */
    private static boolean isOwnSide(Mention side, Mention source) {
        boolean sameCountry = side.actor().country() != null && side.actor().country().equals(source.actor().country());
        return isSelf(side, source) || sameCountry && isState(side) && isState(source);
    }

    private static boolean isState(Mention m) {
        String role = m.actor().role();
        return role == null || ActorCodes.isOffice(role);
    }

    /** The doers, other than the draft's source, of the most recent earlier act of a referred root, and of the same root in its sentence. */
    private static List<Mention> doers(Sentence s, Draft d, List<String> referred, List<Act> earlier, boolean pronoun) {
        int window = pronoun ? PRONOUN_WINDOW : WINDOW;
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Act a = earlier.get(k);
            if (s.index() - a.sentence() > window) break;
            // "it" in the sentence of the act is no act but a party ("cut ties with Qatar, accusing it of ...")
            boolean before = a.sentence() < s.index() || a.predicate() < d.predicate() && !pronoun;
            if (!before || !refersTo(referred, a.code()) || isSelf(a.source(), d.source())) continue;
            Map<String, Mention> doers = new LinkedHashMap<>();
            for (Act b : earlier) {
                if (b.sentence() == a.sentence() && b.root().equals(a.root()) && !isSelf(b.source(), d.source())) {
                    doers.putIfAbsent(b.source().actor().code(), b.source());
                }
            }
            return new ArrayList<>(doers.values());
        }
        return List.of();
    }
}
