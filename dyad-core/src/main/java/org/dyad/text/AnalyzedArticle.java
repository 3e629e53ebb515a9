package org.dyad.text;

import java.util.List;
import org.dyad.article.Article;

/** An article with its sentences parsed and its time expressions normalized. */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<TimeExpression> times) {

    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        times = List.copyOf(times);
    }

    /** The article text of a character span. */
    public String text(int start, int end) {
        return article.text().substring(start, end);
    }
}
