package org.dyad.places;

/**
 * Words of a sentence that name a place.
 *
 * @param first  its first token
 * @param last   its last token
 * @param key    the words as a gazetteer key ({@link NameKey})
 * @param kind   the kind of place the words around it ask for ("state", "city of"), or null
 * @param anchor   the token its locative phrase ("in Lahore", "near the border town of Rafah")
 *                 hangs from, or -1 when it stands in no such phrase
 * @param modifier the name modifies a noun ("a Moscow airport", "a U.S. destroyer")
 * @param definite "the" comes before it ("the Red Sea", "the West Bank")
 */
record PlaceName(int first, int last, String key, Class<? extends Place> kind, int anchor, boolean modifier,
                 boolean definite) {

    boolean isLocative() {
        return anchor >= 0;
    }

    /**
     * Whether the words can name this place. A city or region that modifies a noun places it
     * ("at a Moscow airport"); a country that does is an adjective ("at a U.S. destroyer" is an
     * American ship, wherever it sails). A name after "the" is more often a sea, a desert or a
     * region the gazetteer lacks than the admin1 of the same name ("the Red Sea" is no state of
     * Sudan), unless the text points at that admin1's country or asks for an admin1.
     */
    boolean admits(Place p, Context context) {
        if (modifier && p instanceof Place.Country) return false;
        return !(definite && kind == null && p instanceof Place.Admin1 && !context.points(p));
    }
}
