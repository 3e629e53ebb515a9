package org.dyad.actors;

import java.util.List;
import org.dyad.text.AnalyzedArticle;

/**
 * The country an article's place names point to ("a court in Riverside, California"), asked for
 * when its actors name no country often enough to set it ({@link Setting}). The place stage
 * answers it; the actor stage does not read the gazetteer itself.
 */
@FunctionalInterface
public interface PlaceClue {

    /** No clue: the setting comes from the actors alone. */
    PlaceClue NONE = (article, mentions) -> null;

    /** An ISO 3166 alpha-3 code, or null. */
    String country(AnalyzedArticle article, List<Mention> mentions);

    /**
     * The country of the first place name within tokens first to last of a sentence ("a hospital in
     * Idlib province"), or null; of two places of one name, the one in the country hinted at (the
     * article's setting, may be null) or in that of an actor of the sentence ("Norfolk" in a British story).
     */
    default String countryWithin(AnalyzedArticle article, List<Mention> mentions, int sentence, int first, int last, String hint) {
        return null;
    }
}
