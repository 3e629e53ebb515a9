package org.dyad.cli;

import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.coding.Event;
import org.dyad.coding.EventCoder;
import org.dyad.corenlp.CoreNlpAnalyzer;
import org.dyad.pipeline.Dyad;
import org.dyad.record.DyadRecord;

/** One pipeline for every test in this JVM: the CoreNLP models load once. */
final class Coded {

    static final Dyad DYAD = new Dyad(CoreNlpAnalyzer.shared(), EventCoder.Options.DEFAULT);
    static final Dyad KEEP_NEGATED = new Dyad(CoreNlpAnalyzer.shared(), new EventCoder.Options(true, false, false));
    static final Dyad KEEP_UNDIRECTED = new Dyad(CoreNlpAnalyzer.shared(), new EventCoder.Options(false, false, true));

    private Coded() {}

    static DyadRecord article(String text, String published) {
        return DYAD.code(new Article("t", text, LocalDate.parse(published), Article.DatedBy.FLAG, "test", null, null));
    }

    /** Events as "SOURCE CODE TARGET DATE", the way a codebook writes them. */
    static List<String> events(String text, String published) {
        return events(DYAD, text, published);
    }

    static List<String> events(Dyad dyad, String text, String published) {
        return dyad.code(new Article("t", text, LocalDate.parse(published), Article.DatedBy.FLAG, "test", null, null)).events().stream().map(Coded::line).toList();
    }

    static String line(Event e) {
        return e.source().code() + " " + e.cameo() + " " + (e.target() == null ? "-" : e.target().code()) + " " + e.date();
    }
}
