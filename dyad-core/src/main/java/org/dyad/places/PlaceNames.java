package org.dyad.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Finds the place names of a sentence: the longest run of words, starting and ending with a
 * capitalized proper noun, that the gazetteer knows ("Rio de Janeiro", "Gaza City",
 * "Washington, D.C."), and the locative phrase each stands in.
 */
final class PlaceNames {

    /** Longest name, in tokens, tried: "Villa Presidente Frei" or "Rio de Janeiro" fit with room to spare. */
    private static final int LONGEST = 6;

    /** Prepositions that say where something happened; "from", "to" and "on" say other things too. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "around",
            "throughout", "within", "along", "into", "off");

    /** Words after a name ("Washington state", "Rakhine State") or before "of" that make it an admin1. */
    private static final Set<String> ADMIN1_WORDS = Set.of("state", "province", "region", "governorate", "prefecture",
            "oblast", "territory");

    private static final Set<String> CITY_WORDS = Set.of("city", "town");

    /** Lower-case words inside proper names: "Gulf of Oman", "Rio de Janeiro". */
    private static final Set<String> JOINING = Set.of("of", "de", "del", "da", "do", "al", "el");

    /** Relations by which a name hangs inside a larger locative phrase: "in the city of X", "in X, Y", "in X's north". */
    private static final List<String> INSIDE = List.of("nmod", "appos", "compound", "flat", "conj");

    private PlaceNames() {}

    /**
     * @param text     the article text, which token offsets index
     * @param excluded tokens that cannot be part of a place name: times ("March") and names of
     *                 people and organizations ("George Washington", "Kabul University")
     */
    static List<PlaceName> find(Sentence s, String text, boolean[] excluded, Gazetteer gazetteer) {
        List<PlaceName> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!isNameWord(s.token(i)) || excluded[i] || continuesBefore(s, i)) continue;
            for (int j = Math.min(s.size() - 1, i + LONGEST - 1); j >= i; j--) {
                if (!isNameWord(s.token(j)) || spans(excluded, i, j) || continues(s, j)) continue;
                String key = NameKey.of(text.substring(s.token(i).start(), s.token(j).end()));
                if (!gazetteer.knows(key)) continue;
                String relation = s.relation(s.headOf(i, j));
                boolean modifier = relation.startsWith("compound") || relation.equals("amod");
                out.add(new PlaceName(i, j, key, kind(s, i, j), anchor(s, i, j), modifier, word(s, i - 1).equals("the")));
                i = j;
                break;
            }
        }
        return out;
    }

    /** A capitalized proper noun: common words and sentence-initial capitals are not names. */
    private static boolean isNameWord(Token t) {
        return t.pos().startsWith("NNP") && Character.isUpperCase(t.word().codePointAt(0));
    }

    /**
     * A name must be the whole of its run of proper nouns: "Independence Square" is no place
     * called Independence, nor "Lake Geneva" Geneva. A word that asks for a kind of place
     * ("Washington State", "Gaza City") may follow.
     */
    private static boolean continues(Sentence s, int last) {
        if (last + 1 >= s.size() || !isNameWord(s.token(last + 1))) return false;
        String next = word(s, last + 1);
        return !ADMIN1_WORDS.contains(next) && !CITY_WORDS.contains(next);
    }

    /** Likewise before: "Lake Geneva", "Gulf of Oman", "University of Lahore"; but "Province of Punjab". */
    private static boolean continuesBefore(Sentence s, int first) {
        if (first > 0 && isNameWord(s.token(first - 1))) return true;
        if (first < 2 || !JOINING.contains(word(s, first - 1)) || !isNameWord(s.token(first - 2))) return false;
        String before = word(s, first - 2);
        return !ADMIN1_WORDS.contains(before) && !CITY_WORDS.contains(before);
    }

    private static boolean spans(boolean[] excluded, int first, int last) {
        for (int k = first; k <= last; k++) if (excluded[k]) return true;
        return false;
    }

    private static Class<? extends Place> kind(Sentence s, int first, int last) {
        String after = word(s, last + 1);
        boolean ofBefore = word(s, first - 1).equals("of");
        String before = word(s, first - 2);
        if (ADMIN1_WORDS.contains(after) || ofBefore && ADMIN1_WORDS.contains(before)) return Place.Admin1.class;
        if (CITY_WORDS.contains(after) || ofBefore && CITY_WORDS.contains(before)) return Place.City.class;
        return null;
    }

    private static String word(Sentence s, int i) {
        return i < 0 || i >= s.size() ? "" : s.token(i).word().toLowerCase(Locale.ROOT);
    }

    /** The token the name's locative phrase hangs from, or -1. */
    private static int anchor(Sentence s, int first, int last) {
        int p = s.headOf(first, last);
        for (int step = 0; step < 3; step++) {
            for (int c : s.children(p, "case")) {
                if (LOCATIVE.contains(s.token(c).word().toLowerCase(Locale.ROOT))) return s.head(p) < 0 ? p : s.head(p);
            }
            String relation = s.relation(p);
            if (INSIDE.stream().noneMatch(r -> relation.equals(r) || relation.startsWith(r + ":")) || s.head(p) < 0) return -1;
            p = s.head(p);
        }
        return -1;
    }
}
