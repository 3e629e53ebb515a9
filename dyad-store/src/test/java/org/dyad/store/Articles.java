package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.coding.Event;
import org.dyad.coding.Evidence;
import org.dyad.coding.Participant;
import org.dyad.record.DyadRecord;
import org.dyad.record.Provenance;

/** Coded articles built by hand, so the store is tested apart from the pipeline. */
final class Articles {

    private Articles() {}

    static final Participant ISRAEL = new Participant("ISRGOV", "Israeli government", "Israel", "ISR", "GOV");
    static final Participant PALESTINE = new Participant("PSEGOV", "Palestinian Authority", "the PA", "PSE", "GOV");
    static final Participant EGYPT = new Participant("EGY", "Egypt", "Egypt", "EGY", null);

    static Event event(String date, Participant source, Participant target, String cameo, int sentence) {
        String sentenceText = source.text() + " did " + cameo + (target == null ? "" : " to " + target.text()) + ".";
        return new Event("e", date, null, source, target, cameo, cameo.substring(0, 2), "label " + cameo, "ACCUSE", null,
                3, -2.0, false, null, null, new Evidence(sentence, 0, sentenceText.length(), sentenceText, "did", "did"), 0.8, 1);
    }

    /** What codes the hand-built articles; another one stands for a changed configuration. */
    static final Provenance CODING = new Provenance("test", "first");

    static CodedArticle article(String id, String outlet, LocalDate published, Event... events) {
        return article(CODING, id, outlet, published, events);
    }

    static CodedArticle article(Provenance coding, String id, String outlet, LocalDate published, Event... events) {
        String text = "Text of " + id + ".";
        Article a = new Article(id, text, published, Article.DatedBy.METADATA, outlet, "https://example.org/" + id, "Title " + id);
        DyadRecord record = new DyadRecord(DyadRecord.SCHEMA,
                new DyadRecord.ArticleInfo(id, published.toString(), "metadata", outlet, a.url(), a.title()),
                List.of(events), List.of(), List.of(), List.of());
        return new CodedArticle(id + ".jsonl:1", a, record, coding);
    }
}
