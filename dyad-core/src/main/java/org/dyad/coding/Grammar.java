package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/** The function words, tags and relations of data/coding/grammar.tsv, by list. */
final class Grammar {

    static final Set<String> LISTS = Set.of("not-element", "temporal", "command-verb", "recipient-preposition",
            "noun-target-preposition", "relative-tag", "reciprocal-root", "content-root", "fixed-preposition", "protest-site-preposition",
            "occurrence-verb", "casualty-verb", "causing-verb", "crowd-word", "idiom", "force-root", "struck-place-preposition",
            "protest-root", "accusation-root", "passive-auxiliary", "definite-determiner", "about-preposition", "topic-preposition", "patient-noun", "counterpart-root", "person-patient-code", "thing-pronoun");

    private final Map<String, Set<String>> lists = new HashMap<>();

    Grammar(TsvFile file) {
        for (TsvFile.Row row : file.rows()) {
            String list = row.get("list");
            if (!LISTS.contains(list)) throw new DataFileException(row.origin(), row.line(), "unknown list " + list);
            lists.computeIfAbsent(list, k -> new LinkedHashSet<>()).add(row.get("word"));
        }
        for (String l : LISTS) if (!lists.containsKey(l)) throw new DataFileException(file.origin(), 0, "list " + l + " is empty");
    }

    /** Read once per JVM: the coder's tables and the pattern book's parse-free check share it. */
    private static final Grammar BUNDLED = new Grammar(TsvFile.resource("coding/grammar.tsv"));

    static Grammar bundled() {
        return BUNDLED;
    }

    private boolean has(String list, String word) {
        return lists.get(list).contains(word);
    }

    /** "according to X": a participle that with the next word is a preposition, and reports no act. */
    boolean beginsFixedPreposition(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && has("fixed-preposition",
                (tokens.get(i).word() + " " + tokens.get(i + 1).word()).toLowerCase(Locale.ROOT));
    }

    boolean isNotElement(String relation) {
        return has("not-element", relation);
    }

    /** "on Monday", "in March", "on Friday night": a prepositional phrase of time is no participant. */
    boolean isTemporal(Sentence s, int token) {
        if (has("temporal", s.token(token).lemma().toLowerCase(Locale.ROOT))) return true;
        for (int c : s.children(token, "compound")) if (has("temporal", s.token(c).lemma().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /**
     * An event noun the sentence tells as having happened, not one it points back at: the subject
     * of an occurrence verb ("protests erupted"), the object of a causing verb ("sparked
     * protests"), the "in" phrase of a casualty verb ("were killed in an airstrike"), or what
     * "there was" ("there were protests").
     */
    boolean isToldAsHappening(Sentence s, int noun) {
        int head = s.head(noun);
        if (head < 0) return false;
        String verb = s.token(head).lemma().toLowerCase(Locale.ROOT);
        String relation = s.relation(noun);
        if (relation.startsWith("nsubj")) {
            return has("occurrence-verb", verb) || verb.equals("be") && !s.children(head, "expl").isEmpty();
        }
        if (relation.equals("obj")) return has("causing-verb", verb);
        return relation.startsWith("obl") && has("casualty-verb", verb) && PredicateMatcher.caseIs(s, noun, "in");
    }

    /** "Thousands marched": a subject that counts a crowd and names no one. */
    boolean isCrowd(Token subject) {
        return subject.pos().equals("CD") || has("crowd-word", subject.lemma().toLowerCase(Locale.ROOT));
    }

    /** "took place": a verb and an object that together are no act. */
    boolean isIdiom(Token verb, Token object) {
        return has("idiom", (verb.lemma() + " " + object.lemma()).toLowerCase(Locale.ROOT));
    }

    boolean isCommandVerb(String lemma) {
        return has("command-verb", lemma.toLowerCase(Locale.ROOT));
    }

    boolean isRelativeTag(String pos) {
        return has("relative-tag", pos);
    }

    List<String> recipientPrepositions() {
        return new ArrayList<>(lists.get("recipient-preposition"));
    }

    List<String> protestSitePrepositions() {
        return new ArrayList<>(lists.get("protest-site-preposition"));
    }

    List<String> struckPlacePrepositions() {
        return new ArrayList<>(lists.get("struck-place-preposition"));
    }

    /** Roots of force used on people and things (assault, fight, mass violence), whose place can be their target. */
    boolean isForceRoot(String code) {
        return has("force-root", code.substring(0, 2));
    }

    /** Roots of acts done with a counterpart (consult: meet, visit, host), which a thing cannot be. */
    boolean isCounterpartRoot(String code) {
        return has("counterpart-root", code.substring(0, 2));
    }

    /** "hosting it", "what they discussed": a pronoun that stands for a thing, not for people. */
    boolean isThingPronoun(String word) {
        return has("thing-pronoun", word.toLowerCase(Locale.ROOT));
    }

    /** Codes of acts done to people (arrest, expel), which a thing cannot suffer. */
    boolean isPersonPatientCode(String code) {
        return has("person-patient-code", code);
    }

    boolean isProtestRoot(String code) {
        return has("protest-root", code.substring(0, 2));
    }

    boolean isAccusationRoot(String code) {
        return has("accusation-root", code.substring(0, 2));
    }

    /** "was arrested": in an unparsed sentence, a past participle after one of these is passive. */
    boolean isPassiveAuxiliary(String lemma) {
        return has("passive-auxiliary", lemma.toLowerCase(Locale.ROOT));
    }

    boolean isDefiniteDeterminer(String lemma) {
        return has("definite-determiner", lemma.toLowerCase(Locale.ROOT));
    }

    List<String> aboutPrepositions() {
        return new ArrayList<>(lists.get("about-preposition"));
    }

    /** "killing", "arrest": a noun whose possessive alone is who suffers the act ("Navalny's arrest"). */
    boolean isPatientNoun(String lemma) {
        return has("patient-noun", lemma.toLowerCase(Locale.ROOT));
    }

    List<String> topicPrepositions() {
        return new ArrayList<>(lists.get("topic-preposition"));
    }

    List<String> nounTargetPrepositions() {
        return new ArrayList<>(lists.get("noun-target-preposition"));
    }

    boolean isReciprocal(String code) {
        return has("reciprocal-root", code.substring(0, 2));
    }

    boolean isContentRoot(String code) {
        return has("content-root", code.substring(0, 2));
    }
}
