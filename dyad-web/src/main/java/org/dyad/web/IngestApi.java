package org.dyad.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.dyad.ingest.Ingest;

/**
 * {@code POST /api/ingest}: a batch of articles (JSONL, the format of {@code dyad ingest}) coded
 * into the store in the background, one batch after another; {@code GET /api/ingest/{id}}
 * follows its progress. Bad lines go to the store's errors table, as in {@code dyad ingest}.
 */
final class IngestApi implements AutoCloseable {

    /** The largest batch: a day of a few outlets' news. */
    static final int LIMIT = 32 * 1024 * 1024;
    /** Finished jobs are forgotten beyond this many. */
    private static final int KEPT = 100;

    private final Stores stores;
    private final Coding coding;
    private final int threads;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dyad-ingest");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, IngestJob> jobs = new LinkedHashMap<>();

    /**
     * @param threads coding threads of a background ingest
     */
    IngestApi(Stores stores, Coding coding, int threads) {
        this.stores = stores;
        this.coding = coding;
        this.threads = threads;
    }

    List<Route> routes() {
        return List.of(Route.post("/api/ingest", this::submit), Route.get("/api/ingest/{id}", this::status));
    }

    private void submit(Context ctx) {
        Params p = new Params(ctx, List.of("published", "source"));
        var defaults = new ArticleReader.Defaults(p.date("published"), LocalDate.now(), p.text("source"), null);
        byte[] body = Body.read(ctx, LIMIT);
        String id = Integer.toString(ids.incrementAndGet());
        List<ArticleInput> inputs = new ArticleReader(defaults).read("upload-" + id, body);
        if (inputs.size() == 1 && inputs.get(0) instanceof ArticleInput.Rejected r) throw ApiError.badRequest(r.toString());
        IngestJob job = new IngestJob(id, inputs.size());
        remember(job);
        queue.submit(() -> run(job, inputs));
        ctx.status(202).header("Location", "/api/ingest/" + id).json(job.status());
    }

    private void run(IngestJob job, List<ArticleInput> inputs) {
        job.running();
        try {
            job.done(new Ingest(stores.writer(), coding::ingestCoder, coding.provenance(), threads, false).run(inputs, job));
        } catch (RuntimeException e) {
            job.failed(e.getMessage());
        }
    }

    private void status(Context ctx) {
        new Params(ctx, List.of());
        IngestJob job;
        synchronized (jobs) {
            job = jobs.get(ctx.pathParam("id"));
        }
        if (job == null) throw ApiError.notFound("no ingest " + ctx.pathParam("id"));
        ctx.json(job.status());
    }

    private void remember(IngestJob job) {
        synchronized (jobs) {
            jobs.put(job.id(), job);
            var oldest = jobs.values().iterator();
            while (jobs.size() > KEPT && oldest.hasNext()) {
                if (oldest.next().status().state().compareTo(IngestJob.State.done) >= 0) oldest.remove();
            }
        }
    }

    /** Stops the running ingest between two batches (what it committed stays) and waits for it, so the store closes after it. */
    @Override
    public void close() {
        queue.shutdownNow();
        try {
            queue.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
