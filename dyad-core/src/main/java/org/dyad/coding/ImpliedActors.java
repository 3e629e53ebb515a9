package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorCodes;
import org.dyad.actors.Mention;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Sentence;

/**
 * The participant an act implies when the text names none (data/coding/implied-actors.tsv):
 * "he was arrested" by the police, "the protests" against the government. The implied actor
 * takes the other participant's country, else the country the article is set in; it names no
 * words of the text, and says so in how it was resolved.
 */
public final class ImpliedActors {

    private static final Set<String> SLOTS = Set.of("source", "target");
    private static final Set<String> WHEN = Set.of("lemma", "code", "root", "subject");

    private final Map<String, String> byKey = new HashMap<>();

    ImpliedActors(TsvFile table) {
        for (TsvFile.Row row : table.rows()) {
            String when = row.get("when");
            if (!WHEN.contains(when)) throw new DataFileException(row.origin(), row.line(), "unknown 'when' " + when);
            if (!SLOTS.contains(row.get("slot"))) throw new DataFileException(row.origin(), row.line(), "unknown slot " + row.get("slot"));
            if (!ActorCodes.isWellFormed(row.get("role")) || row.get("role").length() != 3) {
                throw new DataFileException(row.origin(), row.line(), "malformed role " + row.get("role"));
            }
            String key = row.get("slot") + "|" + when + "|" + row.get("is").toLowerCase(Locale.ROOT);
            if (byKey.put(key, row.get("role")) != null) {
                throw new DataFileException(row.origin(), row.line(), "a second row for " + when + " " + row.get("is") + " " + row.get("slot"));
            }
        }
    }

    public static ImpliedActors bundled() {
        return new ImpliedActors(TsvFile.resource("coding/implied-actors.tsv"));
    }

    /**
     * Whether an act of this word, coded by this pattern, may have a source the text does not name
     * ("was arrested", "protests erupted"): such a sentence is worth a parse though it names no actor.
     */
    public boolean mayImplySource(String lemma, EventPattern p) {
        if (p.isNull()) return false;
        Stream<String> words = Stream.concat(Stream.of(lemma), p.elements().stream().flatMap(e -> e.words().words().stream()));
        return role("source", words, p.code()) != null;
    }

    /**
     * The implied source of an act told by a passive verb ("he was arrested"), by a verb whose subject
     * suffers it (a pattern with {@code >@nsubj}: "she received a life sentence"), by a verb whose subject is
     * a weapon that struck someone named ("a car bomb killed ten civilians"), or by an event noun told
     * as happening ("protests erupted in Basra"), or null: when the other side's country (or the
     * setting) is known. Any other event noun without its actor ("the arrests followed protests")
     * points back at an act already told, so it implies nothing. A word the pattern names may tell
     * the actor when the verb does not: a sentence "received" was handed down by a court.
     */
    Mention source(Sentence s, PredicateMatch m, String code, Mention target, String setting, Grammar grammar) {
        int predicate = m.predicate();
        // a weapon leaves its doer unsaid only where it struck someone the text names ("a car bomb exploded" alone is no act)
        int weapon = s.token(predicate).isVerb() && target != null && target.isCoded() ? weaponSubject(s, predicate) : -1;
        boolean told = s.token(predicate).isVerb() ? isPassive(s, predicate, grammar) || hasCrowdSubject(s, predicate, grammar) || m.pattern().subjectSuffers() || weapon >= 0
                : s.parsed() && grammar.isToldAsHappening(s, predicate);
        if (!told) return null;
        String role = weapon >= 0 ? byKey.get("source|subject|" + lemma(s, weapon)) : role(s, predicate, m.consumed(), code, "source");
        return implied(s, predicate, role, target, setting);
    }

    /**
     * "A car bomb killed ten people", "a bomb exploded, killing ten": a subject, of the verb or of the
     * clause it completes, whose lemma has a subject row (a weapon), or -1.
     */
    private int weaponSubject(Sentence s, int verb) {
        List<Integer> subjects = new ArrayList<>(s.children(verb, "nsubj"));
        if (subjects.isEmpty() && s.token(verb).pos().equals("VBG") && (s.relation(verb).equals("advcl") || s.relation(verb).equals("acl"))) {
            // the participle's clause, even where the parser hangs it on a noun ("exploded in a market, killing ten")
            int clause = s.head(verb);
            while (clause >= 0 && !s.token(clause).isVerb() && s.relation(clause).startsWith("obl")) clause = s.head(clause);
            if (clause >= 0 && s.token(clause).isVerb()) subjects.addAll(s.children(clause, "nsubj"));
        }
        for (int subject : subjects) {
            if (byKey.containsKey("source|subject|" + lemma(s, subject))) return subject;
        }
        return -1;
    }

    /**
     * "he was arrested", "the men detained on Monday": only a passive leaves its doer unsaid. An
     * active verb names its subject, or takes it from the verb it completes ("voted to hold").
     */
    private static boolean isPassive(Sentence s, int verb, Grammar grammar) {
        if (!s.parsed()) return s.token(verb).pos().equals("VBN") && verb > 0 && grammar.isPassiveAuxiliary(s.token(verb - 1).lemma());
        return Arguments.isPassive(s, verb);
    }

    /** "Thousands marched in Paris": a crowd counted but not named leaves the doer to the act. */
    private static boolean hasCrowdSubject(Sentence s, int verb, Grammar grammar) {
        return s.children(verb).stream().anyMatch(d -> d.relation().equals("nsubj") && grammar.isCrowd(s.token(d.dependent())));
    }

    Mention target(Sentence s, int predicate, String code, Mention source, String setting) {
        return implied(s, predicate, role(s, predicate, Set.of(), code, "target"), source, setting);
    }

    private static String lemma(Sentence s, int token) {
        return s.token(token).lemma().toLowerCase(Locale.ROOT);
    }

    /** The role the first of these words implies in the slot, else the act's code, else its root; or null. */
    private String role(String slot, Stream<String> lemmas, String code) {
        String role = lemmas.map(l -> byKey.get(slot + "|lemma|" + l.toLowerCase(Locale.ROOT))).filter(Objects::nonNull).findFirst().orElse(null);
        if (role == null) role = byKey.get(slot + "|code|" + code);
        if (role == null) role = byKey.get(slot + "|root|" + code.substring(0, 2));
        return role;
    }

    /** The role the act implies in the slot: its own word first, then the words its pattern names, in sentence order. */
    private String role(Sentence s, int predicate, Set<Integer> elements, String code, String slot) {
        return role(slot, Stream.concat(Stream.of(predicate), new TreeSet<>(elements).stream()).map(t -> s.token(t).lemma()), code);
    }

    /** An actor of the role, of the other participant's country, else of the setting's; or null. */
    private static Mention implied(Sentence s, int predicate, String role, Mention other, String setting) {
        if (role == null) return null;
        String country = other != null && other.isCoded() && other.actor().country() != null ? other.actor().country() : setting;
        if (country == null || other != null && other.isCoded() && (country + role).equals(other.actor().code())) return null;
        var t = s.token(predicate);
        Actor actor = Actor.of(country, role, null);
        return new Mention(s.index(), predicate, predicate, t.start(), t.start(), "", actor, Mention.Type.AGENT,
                "implied by '" + t.word() + "' (data/coding/implied-actors.tsv): " + role + " of " + country);
    }
}
