package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Plural words that refer back to actors named together, within one article: after "the foreign
 * ministers of Egypt, France and Greece met", "They called on Turkey" and "the ministers agreed"
 * are all three, and "the two countries" after "Egypt and Greece signed" both. A reader takes the
 * most recent such group; a number ("the two leaders", "both sides") must match its size.
 *
 * <p>Each member becomes a mention of its own over the plural's words, so an event with a plural
 * source or target is coded once for each member, as it is for "Egypt and Greece" named in place.
 * Actors joined by "and" in one phrase of a parsed sentence form a group, and a plural resolved
 * to one names it again. When none fits, a counted plural other than "sides" ("the two countries",
 * "both governments") is the countries last named apart, as many as it counts: "Ethiopia's leader
 * flew to Asmara ... Eritrea's president ... the two countries agreed". The sides of a conflict
 * are seldom the actors last named.
 */
final class PluralReference {

    private static final PhraseWords WORDS = PhraseWords.bundled();
    private static final List<String> PLACE_CASES = WORDS.placeCases;
    private static final List<String> SETTING_CASES = WORDS.settingCases;

    private static final int DESCRIPTION_WINDOW = 3; // sentences "the two countries" may look back
    private static final int PRONOUN_WINDOW = 2;
    private static final Map<String, Integer> NUMBERS = Map.of("both", 2, "two", 2, "three", 3, "four", 4, "five", 5,
            "2", 2, "3", 3, "4", 4, "5", 5);

    /**
     * Coded actors named together in one sentence, up to token {@code end}; {@code subject} when they
     * were its subject.
     */
    private record Group(int sentence, int end, List<Mention> members, boolean subject) {

        /** Some are role words of no country yet ("soldiers and rebels"). */
        boolean bare() {
            return members.stream().anyMatch(Mention::isBareRole);
        }

        /** Named before the given token: in an earlier sentence, or earlier in this one. */
        boolean before(int sentenceIndex, int token) {
            return sentence < sentenceIndex || sentence == sentenceIndex && end < token;
        }
    }

    private final List<Group> groups = new ArrayList<>();
    private final List<Mention> named = new ArrayList<>(); // coded actors of the sentences read, in text order

    /**
     * Notes the groups a sentence names, from its mentions as resolved so far: read with its names
     * before its plurals are resolved ("Turkey and Greece ..., but the leaders of the two
     * countries"), and again after.
     */
    void read(Sentence s, List<Mention> mentions) {
        groups.removeIf(g -> g.sentence() == s.index());
        named.removeIf(m -> m.sentence() == s.index());
        if (!s.parsed()) return;
        List<Mention> coded = mentions.stream().filter(m -> m.sentence() == s.index() && m.isCoded()).toList();
        // "fought the rebels in Khartoum": where an act took place is no party to it
        named.addAll(coded.stream().filter(m -> m.actor().country() != null && !m.isBareRole() && !MentionIndex.hasCaseIn(s, s.headOf(m.first(), m.last()), SETTING_CASES)).toList());
        int[] parent = new int[coded.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < coded.size(); i++) {
            Mention m = coded.get(i);
            // A plural resolved here names its group again: "They concluded ... They called on Turkey".
            for (int j = 0; j < coded.size(); j++) {
                Mention o = coded.get(j);
                boolean sameWords = o.first() == m.first() && o.last() == m.last();
                if (j != i && (sameWords || isConjunct(s, m, o))) parent[root(parent, j)] = root(parent, i);
            }
        }
        for (int i = 0; i < coded.size(); i++) {
            if (root(parent, i) != i) continue;
            List<Mention> members = new ArrayList<>();
            boolean subject = false;
            int end = 0;
            for (int j = 0; j < coded.size(); j++) {
                if (root(parent, j) != i) continue;
                Mention m = coded.get(j);
                if (members.stream().noneMatch(o -> o.actor().code().equals(m.actor().code()))) members.add(m);
                subject |= s.relation(s.headOf(m.first(), m.last())).startsWith("nsubj");
                end = Math.max(end, m.last());
            }
            if (members.size() > 1) groups.add(new Group(s.index(), end, members, subject));
        }
    }

    /** A word of {@code o} is coordinated under a word of {@code m} ("Egypt, France and Greece"). */
    private static boolean isConjunct(Sentence s, Mention m, Mention o) {
        for (int k = m.first(); k <= m.last(); k++) {
            for (int partner : s.children(k, "conj")) if (o.covers(s.index(), partner)) return true;
        }
        return false;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i];
        return i;
    }

    /**
     * "the ministers", "the two countries", "both sides": a definite or counted plural noun, as
     * one mention per member of the most recent group that fits; empty when none does.
     *
     * @param role   the role the noun itself gives ("GOV" for "ministers"), put on members that
     *               are whole countries; members of another role are not its group; or null
     * @param people whether the noun names people ("ministers"), who are first sought among
     *               people or offices named together, and only then among countries ("the leaders
     *               of the two countries"), not the countries of "the deal between Turkey and Libya"
     *               when the ministers were named before it
     */
    List<Mention> description(Sentence s, int first, int last, String text, String role, boolean people) {
        int head = s.headOf(first, last);
        boolean sides = WORDS.isSidesNoun(s.token(head));
        if (!isPlural(s.token(head)) || !isDefiniteOrCounted(s, head, sides) || isPeopleOfAPlace(s, head, role) || isNamedByOf(s, head)) return List.of();
        Integer size = count(s, head);
        if (size == null && WORDS.isLocalPlural(s.token(head))) return List.of();
        for (boolean officesOnly : people ? new boolean[] {true, false} : new boolean[] {false}) {
            for (int k = groups.size() - 1; k >= 0; k--) {
                Group g = groups.get(k);
                if (s.index() - g.sentence() > DESCRIPTION_WINDOW) break;
                if (!g.before(s.index(), first) || size != null && g.members().size() != size || isOwnSubject(s, g, head)) continue;
                // role words of no country are referred back to only as sides: "the two countries" are not "police and protesters"
                if (g.bare() && !sides) continue;
                if (officesOnly && g.members().stream().anyMatch(m -> m.actor().role() == null)) continue;
                if (g.members().stream().anyMatch(m -> !fits(role, m.actor().role()))) continue;
                return members(s, first, last, text, g, role, Mention.Type.DESCRIPTION);
            }
        }
        if (size == null || ActorCodes.CIVILIAN.equals(role)) return List.of(); // "the two men" need a group named together
        if (s.token(head).lemma().equalsIgnoreCase("side")) return List.of();
        Group apart = namedApart(s, first, head, size);
        if (apart == null || apart.members().stream().anyMatch(m -> !fits(role, m.actor().role()))) return List.of();
        return members(s, first, last, text, apart, role, Mention.Type.DESCRIPTION);
    }

    /**
     * The last {@code size} actors named before the plural, each of another country, leaving out the
     * subject of the plural's own clause: "The US urged both countries" are not the US and one
     * other. Null when fewer were named in the window.
     */
    private Group namedApart(Sentence s, int first, int head, int size) {
        List<Mention> members = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (Mention m : named) {
            boolean ownSubject = m.sentence() == s.index() && s.relation(s.headOf(m.first(), m.last())).startsWith("nsubj")
                    && clauseOf(s, s.headOf(m.first(), m.last())) == clauseOf(s, head);
            if (ownSubject) taken.add(m.actor().country());
        }
        for (int k = named.size() - 1; k >= 0 && members.size() < size; k--) {
            Mention m = named.get(k);
            if (s.index() - m.sentence() > DESCRIPTION_WINDOW) break;
            if (m.sentence() == s.index() && m.last() >= first) continue;
            String key = m.actor().country();
            if (taken.contains(key)) continue;
            taken.add(key);
            members.add(0, m);
        }
        return members.size() == size ? new Group(members.get(0).sentence(), members.get(size - 1).last(), members, false) : null;
    }

    /**
     * "The US and the EU called on both sides to show restraint": a group that is the subject of the
     * clause the plural is in is not what the plural refers to.
     */
    private static boolean isOwnSubject(Sentence s, Group g, int head) {
        if (!g.subject() || g.sentence() != s.index()) return false;
        Mention first = g.members().get(0);
        return clauseOf(s, s.headOf(first.first(), first.last())) == clauseOf(s, head);
    }

    /** The verb whose finite clause the word is a part of (an infinitive's subject is the clause above's), or -1. */
    private static int clauseOf(Sentence s, int word) {
        int h = s.head(word);
        while (h >= 0 && (!s.token(h).isVerb() || s.isInfinitive(h))) h = s.head(h);
        return h;
    }

    /** "They" as a subject, when a subject before it, in its sentence or the two before, was a group. */
    List<Mention> pronoun(Sentence s, int i) {
        for (int k = groups.size() - 1; k >= 0; k--) {
            Group g = groups.get(k);
            if (s.index() - g.sentence() > PRONOUN_WINDOW) break;
            if (!g.before(s.index(), i) || !g.subject() || g.bare()) continue;
            return members(s, i, i, s.token(i).word(), g, null, Mention.Type.PRONOUN);
        }
        return List.of();
    }

    /** "the people of his country", "the citizens in the capital": people at large that a phrase of place says who they are. */
    private static boolean isPeopleOfAPlace(Sentence s, int head, String role) {
        return ActorCodes.CIVILIAN.equals(role) && s.children(head, "nmod").stream().anyMatch(c -> MentionIndex.hasCaseIn(s, c, PLACE_CASES));
    }

    /** "the nations of Bahrain and Kosovo", "the leaders of France and Germany": a phrase of names says who they are. */
    private static boolean isNamedByOf(Sentence s, int head) {
        return s.children(head, "nmod").stream().anyMatch(c -> s.token(c).pos().startsWith("NNP") && MentionIndex.hasCase(s, c, "of"));
    }

    /**
     * A role noun refers back only to members of its own role, or to countries when it names an
     * office of their state: "the rebels" are not the troops just named, and "the gangs" not the
     * United States and Mexico, while "the two governments" may be. Words for people at large
     * ("the two men") fit any group.
     */
    private static boolean fits(String nounRole, String memberRole) {
        if (nounRole == null || nounRole.equals(ActorCodes.CIVILIAN)) return true;
        return memberRole == null ? ActorCodes.isOffice(nounRole) : nounRole.equals(memberRole);
    }

    private static List<Mention> members(Sentence s, int first, int last, String text, Group g, String role, Mention.Type type) {
        String names = String.join(", ", g.members().stream().map(Mention::text).toList());
        List<Mention> out = new ArrayList<>();
        for (Mention member : g.members()) {
            Actor a = member.actor();
            Actor actor = role != null && a.role() == null && a.country() != null
                    ? Actor.of(a.country(), role, a.name()) : a;
            out.add(new Mention(s.index(), first, last, s.token(first).start(), s.token(last).end(), text, actor, type,
                    "one of '" + names + "' (sentence " + (g.sentence() + 1) + ")"));
        }
        return out;
    }

    /** A plural noun, common or proper. */
    static boolean isPlural(Token t) {
        return t.pos().equals("NNS") || t.pos().equals("NNPS");
    }

    /** "the ministers", "two countries"; "all sides", of the sides of a conflict, as "the sides". */
    private static boolean isDefiniteOrCounted(Sentence s, int head, boolean sides) {
        return premodifiers(s, head).stream().anyMatch(w -> w.equals("the") || NUMBERS.containsKey(w) || sides && w.equals("all"));
    }

    /** The number the phrase gives its members ("the two leaders", "both sides"), or null. */
    private static Integer count(Sentence s, int head) {
        return premodifiers(s, head).stream().map(NUMBERS::get).filter(n -> n != null).findFirst().orElse(null);
    }

    /** The words before a noun, lower case, back to the first that is no determiner, number, adjective or noun. */
    private static List<String> premodifiers(Sentence s, int head) {
        List<String> words = new ArrayList<>();
        for (int k = head - 1; k >= 0 && head - k <= 4; k--) {
            Token t = s.token(k);
            if (!(t.pos().equals("DT") || t.pos().equals("CD") || t.pos().startsWith("JJ") || t.isNoun())) break;
            words.add(t.word().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
