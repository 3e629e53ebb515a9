package org.dyad.actors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;

/**
 * Common nouns that refer back to an actor named before them (data/actors/descriptions.tsv):
 * "the group" to an organization, "the minister" to a person, "the two countries" to actors named
 * together.
 */
public final class Descriptions {

    static final Set<String> REFERENTS = Set.of("organization", "person", "holder", "group");
    private static final Descriptions BUNDLED = new Descriptions();

    private final Map<String, String> referents = new HashMap<>();

    private Descriptions() {
        for (TsvFile.Row row : TsvFile.resource("actors/descriptions.tsv").rows()) {
            if (!REFERENTS.contains(row.get("refers_to"))) {
                throw new DataFileException(row.origin(), row.line(), "refers_to must be one of " + REFERENTS + ", not " + row.get("refers_to"));
            }
            referents.put(row.get("noun"), row.get("refers_to"));
        }
    }

    public static Descriptions bundled() {
        return BUNDLED;
    }

    /** What a noun (its lemma) refers back to: "organization", "person" or "group", or "holder" (an office a pronoun may refer to); null when it is no such noun. */
    public String refersTo(String lemma) {
        return referents.get(lemma.toLowerCase(Locale.ROOT));
    }
}
