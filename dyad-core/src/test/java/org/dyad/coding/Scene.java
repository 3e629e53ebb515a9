package org.dyad.coding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorCodes;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.article.Article;
import org.dyad.attribution.ReportedSpeech;
import org.dyad.datafile.TsvFile;
import org.dyad.ontology.CameoOntology;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Conll;
import org.dyad.text.Sentence;

/**
 * A hand-built sentence with its actors already resolved, coded by an event coder over a small
 * pattern book: the coding rules tested alone, without an NLP backend or the dictionaries.
 */
final class Scene {

    static final CameoOntology ONTOLOGY = CameoOntology.bundled();

    private final Sentence sentence;
    private final List<Mention> mentions = new ArrayList<>();

    private Scene(Sentence sentence) {
        this.sentence = sentence;
    }

    static Scene of(String conll) {
        return new Scene(Conll.sentence(conll));
    }

    /** Tokens {@code first..last} (from 1, as in the CoNLL block) name the actor with this code. */
    Scene actor(int first, int last, String code) {
        var a = sentence.token(first - 1);
        var b = sentence.token(last - 1);
        Actor actor = new Actor(code, code, ActorCodes.country(code), ActorCodes.role(code));
        Mention.Type type = code.length() == 3 ? Mention.Type.COUNTRY : Mention.Type.ORGANIZATION;
        mentions.add(new Mention(sentence.index(), first - 1, last - 1, a.start(), b.end(), Conll.text(sentence).substring(a.start(), b.end()),
                actor, type, "test"));
        return this;
    }

    Scene actor(int token, String code) {
        return actor(token, token, code);
    }

    Sentence sentence() {
        return sentence;
    }

    MentionIndex mentions() {
        return new MentionIndex(mentions);
    }

    /** Events as "SOURCE CODE TARGET", the way a codebook writes them. */
    List<String> events(String patterns, EventCoder.Options options) {
        PatternBook book = PatternBook.builder(ONTOLOGY).addTsv(tsv(patterns)).build();
        if (!book.warnings().isEmpty()) throw new AssertionError(book.warnings());
        EventCoder coder = new EventCoder(ONTOLOGY, book, ReportedSpeech.bundled(), Discards.NONE);
        Article article = new Article("t", Conll.text(sentence), LocalDate.of(2020, 1, 1), Article.DatedBy.FLAG, "test", null, null);
        AnalyzedArticle analyzed = new AnalyzedArticle(article, List.of(sentence), List.of());
        return coder.code(analyzed, mentions(), List.of(), List.of(), options).stream()
                .map(e -> e.source().code() + " " + e.cameo() + " " + (e.target() == null ? "-" : e.target().code()) + (e.negated() ? " negated" : ""))
                .toList();
    }

    List<String> events(String patterns) {
        return events(patterns, EventCoder.Options.DEFAULT);
    }

    static TsvFile tsv(String rows) {
        try {
            return TsvFile.read("test-patterns.tsv", new ByteArrayInputStream(("code\tpattern\n" + rows).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
