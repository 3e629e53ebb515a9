package org.dyad.spark;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.dyad.article.Article;
import org.dyad.intake.Intake;
import org.dyad.intake.Outcome;
import org.dyad.store.ArticleRows;
import org.dyad.store.CodedArticle;
import org.dyad.store.InputError;
import scala.Tuple2;

/**
 * Codes one partition of a chunk on an executor, with the executor's one pipeline, into the
 * store's rows. The articles passed the intake's screen when they were read; here they are coded
 * within its time budget. An article the pipeline fails on becomes an error row; the rest go on.
 *
 * @param firstSeq the seq of the run's first new article: an article's seq is it plus the
 *                 article's place among the run's articles to code, in input order
 * @param storedAt when the chunk is stored (ingested_at, first_seen)
 */
record ChunkCoding(PipelineSettings settings, long firstSeq, Timestamp storedAt)
        implements FlatMapFunction<Iterator<Tuple2<Long, Item>>, CodedRows> {

    @Override
    public Iterator<CodedRows> call(Iterator<Tuple2<Long, Item>> articles) {
        Intake intake = ExecutorPipeline.intake(settings);
        List<CodedRows> out = new ArrayList<>();
        while (articles.hasNext()) {
            Tuple2<Long, Item> next = articles.next();
            long seq = firstSeq + next._1();
            Item item = next._2();
            Article article = item.article();
            Outcome outcome = intake.codeScreened(article);
            if (outcome instanceof Outcome.Coded c) {
                CodedArticle coded = new CodedArticle(item.origin(), article, c.record(), settings.provenance());
                out.add(CodedRows.of(seq, ArticleRows.of(coded, seq, storedAt), article.published()));
            } else {
                // Failed: one article that breaks the pipeline must not stop the job, as it does not stop an ingest.
                out.add(CodedRows.failed(seq, InputError.of(item.origin(), ((Outcome.Failed) outcome).reason())));
            }
        }
        return out.iterator();
    }
}
