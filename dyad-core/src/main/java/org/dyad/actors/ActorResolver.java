package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;

/**
 * The actor stage: every actor mention of an article, coded for the article's date.
 * Sentence by sentence it finds and composes names ({@link MentionFinder}), then links later
 * mentions to earlier ones ({@link Coreference}).
 */
public final class ActorResolver {

    private final ActorDictionary dictionary;
    private final MentionFinder finder;
    private final Coreference coreference;

    public ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.finder = new MentionFinder(dictionary);
        this.coreference = new Coreference(dictionary);
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    /** All mentions of the article, in text order. */
    public List<Mention> resolve(AnalyzedArticle article) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : article.sentences()) found.addAll(finder.find(article, s));
        return coreference.link(article, found);
    }
}
