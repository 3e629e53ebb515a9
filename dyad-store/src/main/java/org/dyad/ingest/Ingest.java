package org.dyad.ingest;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.record.DyadRecord;
import org.dyad.store.ArticleKey;
import org.dyad.store.CodedArticle;
import org.dyad.store.EventStore;
import org.dyad.store.InputError;

/**
 * Codes a pile of articles into a store: skips articles already stored, codes the rest in
 * parallel, and commits them in input order, a batch per transaction. Bad inputs go to the
 * errors table and the run goes on.
 *
 * <p>Why commits follow input order: the first article to report an event gives the event's
 * names, so an ingest killed and resumed writes exactly the rows an uninterrupted one does.
 */
public final class Ingest {

    /** Articles per transaction: few enough that a kill loses seconds of work, many enough to be cheap. */
    static final int BATCH = 16;

    /** Articles coded ahead of the oldest one not yet committed, per thread. */
    static final int WINDOW_PER_THREAD = 32;

    /** A batch is committed sooner when this much time has passed, so progress shows on slow machines. */
    static final long COMMIT_NANOS = 2_000_000_000L;

    /**
     * What an ingest did.
     *
     * @param time   the whole run
     * @param coding the part spent coding and storing, after the models were loaded
     */
    public record Summary(int inputs, int alreadyStored, int added, int events, int errors, Duration time, Duration coding) {}

    /** Told of each batch as it is committed; the command line draws a progress bar. */
    public interface Progress {
        void start(int articles);

        void committed(int articles, int events);

        static Progress none() {
            return new Progress() {
                public void start(int articles) {}

                public void committed(int articles, int events) {}
            };
        }
    }

    private final EventStore store;
    private final Supplier<Function<Article, DyadRecord>> pipeline;
    private final int threads;
    private Function<Article, DyadRecord> coder;
    private long lastCommit = System.nanoTime();

    /**
     * @param pipeline builds the coder, called only when there is something new to code: loading
     *                 the language models takes seconds, and a rerun over stored input needs none
     */
    public Ingest(EventStore store, Supplier<Function<Article, DyadRecord>> pipeline, int threads) {
        this.store = store;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    /**
     * Where the articles come from. It is read twice, first to count what is new (for the
     * progress bar) and then to code it, so a month of news is never all in memory at once.
     */
    @FunctionalInterface
    public interface Inputs {
        void read(Consumer<ArticleInput> sink);
    }

    public Summary run(List<ArticleInput> inputs, Progress progress) {
        return run(sink -> inputs.forEach(sink), progress);
    }

    public Summary run(Inputs inputs, Progress progress) {
        long t0 = System.nanoTime();
        Set<String> stored = store.articleKeys();
        List<InputError> errors = new ArrayList<>();
        Set<String> pending = new HashSet<>();
        int[] seen = {0, 0};
        inputs.read(input -> {
            seen[0]++;
            if (input instanceof ArticleInput.Rejected r) {
                errors.add(InputError.of(r.origin(), r.reason()));
            } else if (input instanceof ArticleInput.Accepted a) {
                String key = ArticleKey.of(a.article());
                if (stored.contains(key) || !pending.add(key)) seen[1]++;
            }
        });
        store.write(List.of(), errors);
        if (!pending.isEmpty()) coder = pipeline.get();
        progress.start(pending.size());
        long t1 = System.nanoTime();
        Counts counts = new Counts();
        if (!pending.isEmpty()) code(inputs, pending, progress, counts);
        long t2 = System.nanoTime();
        return new Summary(seen[0], seen[1], counts.articles, counts.events, errors.size() + counts.failures,
                Duration.ofNanos(t2 - t0), Duration.ofNanos(t2 - t1));
    }

    private static final class Counts {
        int articles;
        int events;
        int failures;
    }

    /** A coded article, or why coding it failed. */
    private record Outcome(ArticleInput.Accepted input, DyadRecord record, String failure) {}

    private void code(Inputs inputs, Set<String> pending, Progress progress, Counts counts) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-coder");
            t.setDaemon(true);
            return t;
        });
        // Work ahead of the writer keeps every core busy while it waits for a long article (commits
        // follow input order), without holding the whole run in memory.
        int window = threads * WINDOW_PER_THREAD;
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        List<CodedArticle> batch = new ArrayList<>();
        List<InputError> failures = new ArrayList<>();
        try {
            inputs.read(input -> {
                if (input instanceof ArticleInput.Accepted a && pending.remove(ArticleKey.of(a.article()))) {
                    inFlight.add(pool.submit(() -> codeOne(a)));
                    if (inFlight.size() >= window) take(inFlight.removeFirst(), batch, failures, progress, counts);
                }
            });
            while (!inFlight.isEmpty()) take(inFlight.removeFirst(), batch, failures, progress, counts);
            if (!batch.isEmpty() || !failures.isEmpty()) commit(batch, failures, counts, progress);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for the oldest article in flight, so commits follow input order. */
    private void take(Future<Outcome> next, List<CodedArticle> batch, List<InputError> failures, Progress progress, Counts counts) {
        Outcome o = await(next);
        if (o.failure() != null) failures.add(InputError.of(o.input().origin(), o.failure()));
        else batch.add(new CodedArticle(o.input().origin(), o.input().article(), o.record()));
        if (batch.size() + failures.size() >= BATCH || System.nanoTime() - lastCommit > COMMIT_NANOS) {
            commit(batch, failures, counts, progress);
        }
    }

    private void commit(List<CodedArticle> batch, List<InputError> failures, Counts counts, Progress progress) {
        store.write(batch, failures);
        lastCommit = System.nanoTime();
        int events = batch.stream().mapToInt(c -> c.record().events().size()).sum();
        counts.articles += batch.size();
        counts.events += events;
        counts.failures += failures.size();
        progress.committed(batch.size() + failures.size(), events);
        batch.clear();
        failures.clear();
    }

    private Outcome codeOne(ArticleInput.Accepted a) {
        try {
            return new Outcome(a, coder.apply(a.article()), null);
        } catch (RuntimeException | StackOverflowError e) {
            // One article that breaks the pipeline must not stop a month's ingest.
            return new Outcome(a, null, "coding failed: " + e);
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("coding thread failed", e.getCause());
        }
    }
}
