package org.dyad.text;

import java.util.List;
import java.util.Optional;
import org.dyad.article.Article;

/**
 * An article with its sentences parsed and its time expressions normalized.
 *
 * @param warnings what the analyzer had to do to the text to keep its work bounded (a run-on
 *                 sentence cut into pieces); they reach the record
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<TimeExpression> times, List<String> warnings) {

    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        times = List.copyOf(times);
        warnings = List.copyOf(warnings);
    }

    public AnalyzedArticle(Article article, List<Sentence> sentences, List<TimeExpression> times) {
        this(article, sentences, times, List.of());
    }

    /** The sentence that holds the character at {@code offset}, or null (between sentences). */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) return s;
        }
        return null;
    }

    /**
     * A DATE expression over the characters {@code start} to {@code end} that Dyad found where the
     * analyzer did not; empty when the span does not begin and end at tokens of one sentence.
     */
    public Optional<TimeExpression> date(int start, int end, String value) {
        Sentence s = sentenceAt(start);
        int first = s == null ? -1 : s.tokenAt(start);
        int last = s == null ? -1 : s.tokenAt(end - 1);
        if (first < 0 || last < 0) return Optional.empty();
        return Optional.of(new TimeExpression(text(start, end), value, "DATE", start, end, s.index(), first, last));
    }

    /** The article text of a character span. */
    public String text(int start, int end) {
        return article.text().substring(start, end);
    }
}
