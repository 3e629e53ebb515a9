package org.dyad.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/** The function words, tags and relations of data/coding/grammar.tsv, by list. */
final class Grammar {

    static final Set<String> LISTS = Set.of("not-element", "temporal", "command-verb", "authoring-verb", "recipient-preposition",
            "noun-target-preposition", "relative-tag", "reciprocal-code", "content-root", "fixed-preposition", "protest-site-preposition",
            "occurrence-verb", "casualty-verb", "causing-verb", "crowd-word", "idiom", "force-root", "toll-root", "purpose-root", "place-preposition", "place-target-root",
            "protest-root", "accusation-root", "passive-auxiliary", "definite-determiner", "about-preposition", "topic-preposition", "patient-noun", "counterpart-root", "guest-verb", "person-patient-code", "thing-pronoun", "undirected-code", "visit-code", "means-noun", "reciprocal-pronoun", "joint-verb", "assent-verb",
            "verbal-attack-verb", "speaking-role", "subject-target-preposition", "non-state-role", "killing-verb",
            "instrument-verb", "armed-code", "unarmed-role", "traveller-role", "private-role", "private-appeal-root", "cognition-verb", "repressing-role", "protester-word", "suspect-code", "unknown-doer-act", "posture-root", "campaigning-role",
            "death-verb", "death-noun", "mourning-code", "backing-noun", "confession-code", "errand-verb", "errand-preposition", "deed-mark", "bare-reference", "truce-appeal", "responsibility-noun", "misgiving-code",
            "fate-verb", "missile-noun", "counting-noun", "settlement-noun", "capture-code");

    private final Map<String, Set<String>> lists = new HashMap<>();
    private final Map<String, List<String>> ordered; // the same lists, in file order, for callers to iterate

    Grammar(TsvFile file) {
        ordered = file.namedLists(LISTS);
        ordered.forEach((name, words) -> lists.put(name, Set.copyOf(words)));
    }

    /** Read once per JVM: the coder's tables and the pattern book's parse-free check share it. */
    private static final Grammar BUNDLED = new Grammar(TsvFile.resource("coding/grammar.tsv"));

    static Grammar bundled() {
        return BUNDLED;
    }

    private boolean has(String list, String word) {
        return lists.get(list).contains(word);
    }

    /** A word of the list, in any case. */
    private boolean hasWord(String list, String word) {
        return has(list, word.toLowerCase(Locale.ROOT));
    }

    /** A list of CAMEO codes or their first digits ("081" for every easing of restrictions) holds the code. */
    private boolean hasPrefix(String list, String code) {
        return lists.get(list).stream().anyMatch(code::startsWith);
    }

    /** The CAMEO root of the code is in the list. */
    private boolean hasRoot(String list, String code) {
        return has(list, code.substring(0, 2));
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
        if (hasWord("temporal", s.token(token).lemma())) return true;
        for (int c : s.children(token, "compound")) if (hasWord("temporal", s.token(c).lemma())) return true;
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
            return has("occurrence-verb", verb) || isCasualtyVerb(verb) || verb.equals("be") && !s.children(head, "expl").isEmpty();
        }
        if (relation.equals("obj")) return has("causing-verb", verb);
        return relation.startsWith("obl") && isCasualtyVerb(verb) && PredicateMatcher.caseIs(s, noun, "in");
    }

    /** "Thousands marched": a subject that counts a crowd and names no one. */
    boolean isCrowd(Token subject) {
        return subject.pos().equals("CD") || hasWord("crowd-word", subject.lemma());
    }

    /** "took place": a verb and an object that together are no act. */
    boolean isIdiom(Token verb, Token object) {
        return hasWord("idiom", verb.lemma() + " " + object.lemma());
    }

    boolean isCommandVerb(String lemma) {
        return hasWord("command-verb", lemma);
    }

    boolean isAuthoringVerb(String lemma) {
        return hasWord("authoring-verb", lemma);
    }

    boolean isRelativeTag(String pos) {
        return has("relative-tag", pos);
    }

    List<String> recipientPrepositions() {
        return ordered.get("recipient-preposition");
    }

    List<String> protestSitePrepositions() {
        return ordered.get("protest-site-preposition");
    }

    List<String> placePrepositions() {
        return ordered.get("place-preposition");
    }

    /** Roots of acts on things whose place's country, with no actor as target, is their target (force, criticism). */
    boolean isPlaceTargetRoot(String code) {
        return hasRoot("place-target-root", code);
    }

    /** Roots of force used on people and things (assault, fight, mass violence). */
    boolean isForceRoot(String code) {
        return hasRoot("force-root", code);
    }

    /** "stormed a mall, killing 39": an act whose toll is the act itself. */
    boolean isTollRoot(String code) {
        return hasRoot("toll-root", code);
    }

    boolean isPurposeRoot(String code) {
        return hasRoot("purpose-root", code);
    }

    /** Roots of acts done with a counterpart (consult: meet, visit, host), which a thing cannot be. */
    boolean isCounterpartRoot(String code) {
        return hasRoot("counterpart-root", code);
    }

    /** "hosting it", "what they discussed": a pronoun that stands for a thing, not for people. */
    boolean isThingPronoun(String word) {
        return hasWord("thing-pronoun", word);
    }

    /** Codes of acts done to people (arrest, expel), which a thing cannot suffer. */
    boolean isPersonPatientCode(String code) {
        return has("person-patient-code", code);
    }

    /** "rockets", "drones": what is fired or launched at a target, which its shooter aims. */
    boolean isMissileNoun(Token t) {
        return has("missile-noun", t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "a wave of", "a series of": a noun that counts or groups the acts of its "of" phrase. */
    boolean isCountingNoun(Token t) {
        return has("counting-noun", t.lemma().toLowerCase(Locale.ROOT));
    }

    /** An operation an act may be done in, whose own actor did the act ("killed in a US airstrike"). */
    boolean isMeansNoun(Token t) {
        return has("means-noun", t.lemma().toLowerCase(Locale.ROOT));
    }

    /** A visit made or hosted: an act between countries. */
    boolean isVisit(String code) {
        return has("visit-code", code);
    }

    /** The forces of order of a state, whose force on protesters is repression. */
    boolean isRepressingRole(String role) {
        return role != null && has("repressing-role", role);
    }

    /** "protesters", "activists": the word names people protesting or campaigning. */
    boolean isProtesterWord(String word) {
        return hasWord("protester-word", word);
    }

    /** A legal act against a person (arrest, charge, convict), whose one private target is a suspect. */
    boolean isSuspectCode(String code) {
        return has("suspect-code", code);
    }

    /** "pleaded guilty": a private person who admits a crime is a suspect or convict. */
    boolean isConfessionCode(String code) {
        return has("confession-code", code);
    }

    /** "flew to Nairobi for talks": a verb of going somewhere, whose purpose noun is its subject's errand. */
    boolean isErrandVerb(String lemma) {
        return hasWord("errand-verb", lemma);
    }

    /** The prepositions of such a purpose ("for talks"). */
    List<String> errandPrepositions() {
        return ordered.get("errand-preposition");
    }

    /** "arrested two men for attacking": a word before a deed that whoever the verb acts on did. */
    boolean isDeedMark(String word) {
        return hasWord("deed-mark", word);
    }

    /** "received the minister": a verb of meeting whose object is the counterpart, so a thing as object is no guest. */
    boolean isGuestVerb(String lemma) {
        return hasWord("guest-verb", lemma);
    }

    /** A verb of knowing or feeling, which names no act ("people must know that ..."). */
    boolean isCognitionVerb(String lemma) {
        return hasWord("cognition-verb", lemma);
    }

    /** An appeal (list private-appeal-root) by a private person (list private-role). */
    boolean isPrivateAppeal(String role, String code) {
        return role != null && has("private-role", role) && hasRoot("private-appeal-root", code);
    }

    /** A role whose trips are private travel, never a visit of state. */
    boolean isTraveller(String role) {
        return role != null && has("traveller-role", role);
    }

    /** A rally of a government, a campaign or state event rather than a protest. */
    boolean isCampaignRally(String code, String role) {
        return role != null && isProtestRoot(code) && has("campaigning-role", role);
    }

    /** An act only an armed force or group does (a military retreat, a blockade) done by an unarmed role. */
    boolean isUnarmedForce(String code, String role) {
        return role != null && hasPrefix("armed-code", code) && has("unarmed-role", role);
    }

    /** A role that bears arms: any but the unarmed ones (civilians, media, business, ...). */
    boolean isArmedRole(String role) {
        return role != null && !has("unarmed-role", role);
    }

    /** An act that may be done toward no one: a statement, an appeal, an intent to give or yield, eased or imposed emergency rule, a protest, a shooting or bombing. */
    boolean mayLackTarget(String code) {
        return hasPrefix("undirected-code", code);
    }

    /** A pessimistic comment that, aimed at an actor, is criticism of it ("expressed concern over Ethiopia's dam"). */
    boolean isMisgiving(String code) {
        return has("misgiving-code", code);
    }

    /** A show of force, whose actor's own forces are its means ("deployed the National Guard"). */
    boolean isPostureRoot(String code) {
        return hasRoot("posture-root", code);
    }

    /** "the attack", "the bombing": an act of violence whose doer a text may not know. */
    boolean isUnknownDoerAct(String lemma) {
        return hasWord("unknown-doer-act", lemma);
    }

    /** "died", "passed away": the verb (with the word after it) tells its subject died. */
    boolean isDeathVerb(String lemma, String next) {
        return hasWord("death-verb", lemma) || hasWord("death-verb", lemma + " " + next);
    }

    /** "the death of X", "X's funeral". */
    boolean isDeathNoun(String lemma) {
        return hasWord("death-noun", lemma);
    }

    /** An act of sympathy, toward the dead when it names no one. */
    boolean isMourningCode(String code) {
        return has("mourning-code", code);
    }

    /** "in support of", "in solidarity with": a protest that backs someone. */
    boolean isBackingNoun(String lemma) {
        return hasWord("backing-noun", lemma);
    }

    boolean isProtestRoot(String code) {
        return hasRoot("protest-root", code);
    }

    boolean isAccusationRoot(String code) {
        return hasRoot("accusation-root", code);
    }

    /** "was arrested": in an unparsed sentence, a past participle after one of these is passive. */
    boolean isPassiveAuxiliary(String lemma) {
        return hasWord("passive-auxiliary", lemma);
    }

    /** "a cessation of fighting": a mass noun that, with no determiner, is the act at hand. */
    boolean isBareReference(String lemma) {
        return hasWord("bare-reference", lemma);
    }

    /** "claimed responsibility for the attack": a noun through which whoever claims it did the act it is for. */
    boolean isResponsibilityNoun(String lemma) {
        return hasWord("responsibility-noun", lemma);
    }

    /** An appeal or demand to stop fighting ("called for a ceasefire"), which is addressed to those who fight. */
    boolean isTruceAppeal(String code) {
        return hasPrefix("truce-appeal", code);
    }

    boolean isDefiniteDeterminer(String lemma) {
        return hasWord("definite-determiner", lemma);
    }

    List<String> aboutPrepositions() {
        return ordered.get("about-preposition");
    }

    /** "captured Bakhmut": a code of taking that, done to a place, is its occupation. */
    boolean isCaptureCode(String code) {
        return hasWord("capture-code", code);
    }

    /** "the town of Goma": a noun of a place people live in, named by its "of" phrase. */
    boolean isSettlementNoun(String lemma) {
        return hasWord("settlement-noun", lemma);
    }

    /** "a bombing killed five": a verb that counts the dead or injured of an event. */
    boolean isCasualtyVerb(String lemma) {
        return hasWord("casualty-verb", lemma);
    }

    /** "killing", "arrest": a noun whose possessive alone is who suffers the act ("Navalny's arrest"). */
    boolean isPatientNoun(String lemma) {
        return hasWord("patient-noun", lemma);
    }

    List<String> topicPrepositions() {
        return ordered.get("topic-preposition");
    }

    List<String> nounTargetPrepositions() {
        return ordered.get("noun-target-preposition");
    }

    boolean isReciprocal(String code) {
        return hasPrefix("reciprocal-code", code);
    }

    boolean isAssentVerb(String lemma) {
        return hasWord("assent-verb", lemma);
    }

    List<String> subjectTargetPrepositions() {
        return ordered.get("subject-target-preposition");
    }

    boolean isInstrumentVerb(String lemma) {
        return hasWord("instrument-verb", lemma);
    }

    boolean isNonStateRole(String role) {
        return role != null && has("non-state-role", role);
    }

    boolean isKillingVerb(String lemma) {
        return hasWord("killing-verb", lemma);
    }

    boolean isSpeakingRole(String role) {
        return role != null && has("speaking-role", role);
    }

    /** "face", "pay": a verb whose subject, in what a warning says will come, is the one threatened. */
    boolean isFateVerb(String lemma) {
        return hasWord("fate-verb", lemma);
    }

    boolean isVerbalAttackVerb(String lemma) {
        return hasWord("verbal-attack-verb", lemma);
    }

    /** "willing to help each other": the act's own words say its parties act on one another, whatever the act. */
    boolean saysEachOther(Sentence s, int predicate) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!has("reciprocal-pronoun", (s.token(i).word() + " " + s.token(i + 1).word()).toLowerCase(Locale.ROOT))) continue;
            // the words hang, through their heads, from the act's predicate
            for (int k = i, steps = 0; k >= 0 && steps < s.size(); k = s.head(k), steps++) {
                if (k == predicate) return true;
            }
        }
        return false;
    }

    /** "agreed to reopen their border": a verb that parties do together, with the act as its infinitive complement. */
    boolean isJointVerb(Sentence s, int predicate) {
        return has("joint-verb", s.token(predicate).lemma().toLowerCase(Locale.ROOT)) && !s.children(predicate, "xcomp").isEmpty();
    }

    boolean isContentRoot(String code) {
        return hasRoot("content-root", code);
    }
}
