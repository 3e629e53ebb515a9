package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;

/**
 * The actor stage: every actor mention of an article, coded for the article's date.
 * Sentence by sentence it finds and composes names ({@link MentionFinder}), then links later
 * mentions to earlier ones ({@link Coreference}), and gives role words without a country the
 * country their sentence names, else the article's ({@link RoleCountry}).
 */
public final class ActorResolver {

    private final ActorDictionary dictionary;
    private final MentionFinder finder;
    private final Coreference coreference;
    private final RoleCountry roleCountry;

    public ActorResolver(ActorDictionary dictionary) {
        this(dictionary, PlaceClue.NONE);
    }

    /** @param places the country the article's place names point to, for role words no actor gives one */
    public ActorResolver(ActorDictionary dictionary, PlaceClue places) {
        this.dictionary = dictionary;
        this.finder = new MentionFinder(dictionary);
        this.coreference = new Coreference(dictionary);
        this.roleCountry = new RoleCountry(places);
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    /** All mentions of the article, in text order. */
    public List<Mention> resolve(AnalyzedArticle article) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : article.sentences()) found.addAll(finder.find(article, s));
        return roleCountry.infer(article, coreference.link(article, found));
    }
}
