package org.dyad.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.article.Article;
import org.dyad.intake.Outcome;
import org.dyad.record.DyadRecord;
import org.dyad.record.Provenance;

/**
 * The pipeline, shared by every request and background ingest. The language models load on
 * the first article, so the server starts at once. Coding takes a core for a second or more:
 * at most one article per core is coded at a time and the others wait their turn, so queries
 * keep being answered while articles are coded.
 */
final class Coding {

    /** A request that waits longer than this for a core is told to come back later (503). */
    private static final long WAIT_SECONDS = 120;

    private final Supplier<Function<Article, DyadRecord>> pipeline;
    private final Provenance provenance;
    private final Semaphore cores;
    private volatile Function<Article, DyadRecord> coder;

    Coding(Supplier<Function<Article, DyadRecord>> pipeline, Provenance provenance, int cores) {
        this.pipeline = pipeline;
        this.provenance = provenance;
        this.cores = new Semaphore(Math.max(1, cores), true);
    }

    /** What the pipeline codes with, stored with each article. */
    Provenance provenance() {
        return provenance;
    }

    /**
     * The coder for a background ingest. The server codes what it is sent as it is: the checks
     * of {@code dyad ingest} (language, word and time budgets) are not applied here yet.
     */
    Function<Article, Outcome> ingestCoder() {
        Function<Article, DyadRecord> c = coder();
        return article -> new Outcome.Coded(c.apply(article));
    }

    /** The coder itself, for an ingest that manages its own threads. */
    Function<Article, DyadRecord> coder() {
        Function<Article, DyadRecord> c = coder;
        if (c == null) {
            synchronized (this) {
                if (coder == null) coder = pipeline.get();
                c = coder;
            }
        }
        return c;
    }

    DyadRecord code(Article article) {
        try {
            if (!cores.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ApiError(503, "every core is coding; try again later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is stopping");
        }
        try {
            return coder().apply(article);
        } finally {
            cores.release();
        }
    }
}
