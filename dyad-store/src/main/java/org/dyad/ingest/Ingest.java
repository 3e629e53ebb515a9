package org.dyad.ingest;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.dyad.intake.Outcome;
import org.dyad.record.Provenance;
import org.dyad.store.ArticleKey;
import org.dyad.store.Batch;
import org.dyad.store.CodedArticle;
import org.dyad.store.EventStore;
import org.dyad.store.InputError;
import org.dyad.store.SkippedArticle;

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
     * @param alreadyStored articles stored before (or skipped before) and left as they were
     * @param stale         of those, articles coded by another Dyad version or configuration
     * @param recoded       stored articles coded again with the current configuration
     * @param skipped       articles not coded because they are not in English
     * @param warned        coded articles whose record has warnings (a run-on sentence cut into pieces)
     * @param time          the whole run
     * @param coding        the part spent coding and storing, after the models were loaded
     */
    public record Summary(int inputs, int alreadyStored, int stale, int added, int recoded, int skipped, int warned, int events,
                          int errors, Duration time, Duration coding) {}

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
    private final Supplier<Function<Article, Outcome>> pipeline;
    private final Provenance provenance;
    private final int threads;
    private final boolean recode;
    private Function<Article, Outcome> coder;
    private long lastCommit = System.nanoTime();

    /**
     * @param pipeline   builds the coder, called only when there is something new to code: loading
     *                   the language models takes seconds, and a rerun over stored input needs none
     * @param provenance what the coder codes with, stored with each article
     * @param recode     code again the stored articles of the input whose provenance is not this one
     */
    public Ingest(EventStore store, Supplier<Function<Article, Outcome>> pipeline, Provenance provenance, int threads, boolean recode) {
        this.store = store;
        this.pipeline = pipeline;
        this.provenance = provenance;
        this.threads = Math.max(1, threads);
        this.recode = recode;
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
        Map<String, Provenance> coded = store.codedArticles();
        Set<String> skipped = store.skippedArticles();
        // Readers may open the store while the models load; it is opened again for each commit.
        store.release();
        List<InputError> errors = new ArrayList<>();
        Set<String> pending = new HashSet<>();
        Counts counts = new Counts();
        int[] seen = {0, 0};
        inputs.read(input -> {
            seen[0]++;
            if (input instanceof ArticleInput.Rejected r) {
                errors.add(InputError.of(r.origin(), r.reason()));
            } else if (input instanceof ArticleInput.Accepted a) {
                String key = ArticleKey.of(a.article());
                boolean stale = coded.containsKey(key) && !provenance.equals(coded.get(key));
                if (stale && !recode && !pending.contains(key)) counts.stale++;
                boolean known = skipped.contains(key) || coded.containsKey(key) && !(stale && recode);
                if (known || !pending.add(key)) seen[1]++;
            }
        });
        if (!pending.isEmpty()) coder = pipeline.get();
        store.write(new Batch(List.of(), List.of(), errors));
        store.releaseIfWanted();
        progress.start(pending.size());
        long t1 = System.nanoTime();
        if (!pending.isEmpty()) code(inputs, pending, coded.keySet(), progress, counts);
        long t2 = System.nanoTime();
        return new Summary(seen[0], seen[1], counts.stale, counts.added, counts.recoded, counts.skipped, counts.warned, counts.events,
                errors.size() + counts.failures, Duration.ofNanos(t2 - t0), Duration.ofNanos(t2 - t1));
    }

    private static final class Counts {
        int added;
        int recoded;
        int stale;
        int skipped;
        int warned;
        int events;
        int failures;
    }

    /** What became of one article of the input. */
    private record Coding(ArticleInput.Accepted input, Outcome outcome) {}

    /** One transaction's worth of outcomes, in input order. */
    private final class Pending {
        final List<CodedArticle> coded = new ArrayList<>();
        final List<SkippedArticle> skipped = new ArrayList<>();
        final List<InputError> failures = new ArrayList<>();
        int recoded;

        int size() {
            return coded.size() + skipped.size() + failures.size();
        }

        void add(Coding c, boolean stored) {
            ArticleInput.Accepted in = c.input();
            if (c.outcome() instanceof Outcome.Coded k) {
                coded.add(new CodedArticle(in.origin(), in.article(), k.record(), provenance));
                if (stored) recoded++;
            } else if (c.outcome() instanceof Outcome.Skipped s) {
                skipped.add(new SkippedArticle(in.origin(), in.article(), s.language().code(), s.reason()));
            } else if (c.outcome() instanceof Outcome.Failed f) {
                failures.add(InputError.of(in.origin(), f.reason()));
            }
        }
    }

    private void code(Inputs inputs, Set<String> pending, Set<String> stored, Progress progress, Counts counts) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-coder");
            t.setDaemon(true);
            return t;
        });
        // Work ahead of the writer keeps every core busy while it waits for a long article (commits
        // follow input order), without holding the whole run in memory.
        int window = threads * WINDOW_PER_THREAD;
        Deque<Future<Coding>> inFlight = new ArrayDeque<>();
        Pending batch = new Pending();
        try {
            inputs.read(input -> {
                if (input instanceof ArticleInput.Accepted a && pending.remove(ArticleKey.of(a.article()))) {
                    inFlight.add(pool.submit(() -> new Coding(a, coder.apply(a.article()))));
                    if (inFlight.size() >= window) take(inFlight.removeFirst(), batch, stored, progress, counts);
                }
            });
            while (!inFlight.isEmpty()) take(inFlight.removeFirst(), batch, stored, progress, counts);
            if (batch.size() > 0) commit(batch, progress, counts);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for the oldest article in flight, so commits follow input order. */
    private void take(Future<Coding> next, Pending batch, Set<String> stored, Progress progress, Counts counts) {
        Coding c = await(next);
        batch.add(c, stored.contains(ArticleKey.of(c.input().article())));
        if (batch.size() >= BATCH || System.nanoTime() - lastCommit > COMMIT_NANOS) commit(batch, progress, counts);
    }

    private void commit(Pending batch, Progress progress, Counts counts) {
        store.write(new Batch(batch.coded, batch.skipped, batch.failures));
        store.releaseIfWanted();
        lastCommit = System.nanoTime();
        int events = batch.coded.stream().mapToInt(c -> c.record().events().size()).sum();
        counts.added += batch.coded.size() - batch.recoded;
        counts.recoded += batch.recoded;
        counts.skipped += batch.skipped.size();
        counts.warned += (int) batch.coded.stream().filter(c -> !c.record().warnings().isEmpty()).count();
        counts.events += events;
        counts.failures += batch.failures.size();
        progress.committed(batch.size(), events);
        batch.coded.clear();
        batch.skipped.clear();
        batch.failures.clear();
        batch.recoded = 0;
    }

    private static Coding await(Future<Coding> f) {
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
