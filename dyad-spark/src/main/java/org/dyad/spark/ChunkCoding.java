package org.dyad.spark;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.dyad.article.Article;
import org.dyad.pipeline.Dyad;
import org.dyad.store.ArticleRows;
import org.dyad.store.CodedArticle;
import org.dyad.store.InputError;
import scala.Tuple2;

/**
 * Codes one partition of a chunk on an executor, with the executor's one pipeline, into the
 * store's rows. An article that makes the pipeline fail becomes an error row; the rest go on.
 *
 * @param firstSeq the seq of the run's first new article: an article's seq is it plus the
 *                 article's place among the run's new articles, in input order
 * @param storedAt when the chunk is stored (ingested_at, first_seen)
 */
record ChunkCoding(PipelineSettings settings, long firstSeq, Timestamp storedAt)
        implements FlatMapFunction<Iterator<Tuple2<Long, Item>>, CodedRows> {

    @Override
    public Iterator<CodedRows> call(Iterator<Tuple2<Long, Item>> articles) {
        Dyad dyad = ExecutorPipeline.get(settings);
        List<CodedRows> out = new ArrayList<>();
        while (articles.hasNext()) {
            Tuple2<Long, Item> next = articles.next();
            long seq = firstSeq + next._1();
            Item item = next._2();
            Article article = item.article();
            try {
                ArticleRows rows = ArticleRows.of(new CodedArticle(item.origin(), article, dyad.code(article)), seq, storedAt);
                out.add(CodedRows.of(seq, rows, article.published()));
            } catch (RuntimeException | StackOverflowError e) {
                // One article that breaks the pipeline must not stop the job, as it does not stop an ingest.
                out.add(CodedRows.failed(seq, InputError.of(item.origin(), "coding failed: " + e)));
            }
        }
        return out.iterator();
    }
}
