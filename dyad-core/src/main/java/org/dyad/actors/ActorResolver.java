package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;

/**
 * The actor stage: every actor mention of an article, coded for the article's date.
 * Sentence by sentence it finds and composes names ({@link MentionFinder}), then links later
 * mentions to earlier ones ({@link Coreference}), and gives role words without a country the
 * country their sentence names ({@link RoleCountry}).
 */
public final class ActorResolver {

    private final ActorDictionary dictionary;
    private final MentionFinder finder;
    private final Coreference coreference;
    private final RoleCountry roleCountry;

    public ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.finder = new MentionFinder(dictionary);
        this.coreference = new Coreference(dictionary);
        this.roleCountry = new RoleCountry();
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
