package org.dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.dyad.coding.EventCoder;
import org.dyad.corenlp.CoreNlpAnalyzer;
import org.dyad.formats.ArticleSources;
import org.dyad.ingest.Ingest;
import org.dyad.datafile.DataDigest;
import org.dyad.intake.Outcome;
import org.dyad.pipeline.Dyad;
import org.dyad.record.Provenance;
import org.dyad.store.EventStore;
import org.dyad.web.Server;

/**
 * The server under load: N clients on loopback, each sending requests back to back for a
 * while, a share of them articles to code and store, the rest queries (LoadMix). The baseline,
 * measured in the same run on the same server and mix, is one client alone: the ratio says how
 * the server's throughput grows with concurrent clients. Every non-2xx answer or failed
 * request is an error; the run exits with status 1 if there was any.
 *
 * <pre>bench/serve [CORPUS] [--clients N] [--seconds S] [--baseline-seconds S] [--warmup-seconds S] [--code-share F] [--db FILE]</pre>
 *
 * The store is the corpus ingested once (kept in --db, by default dyad-bench/target/serve-bench.duckdb).
 */
public final class ServeBenchmark {

    /** What the benchmark's pipeline codes with: the bundled data and default options. */
    private static final Provenance CODING = Provenance.current(new DataDigest().addBundled().hex());

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("../shared/corpus/wikinews-2019-2020.jsonl");
        Path db = Path.of("dyad-bench/target/serve-bench.duckdb");
        int clients = 8;
        int seconds = 120;
        int baselineSeconds = 30;
        int warmupSeconds = 15;
        double codeShare = 0.05;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--baseline-seconds" -> baselineSeconds = Integer.parseInt(args[++i]);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[++i]);
                case "--code-share" -> codeShare = Double.parseDouble(args[++i]);
                case "--db" -> db = Path.of(args[++i]);
                default -> corpus = Path.of(args[i]);
            }
        }
        if (!Files.exists(corpus)) {
            System.err.println("bench: " + corpus + ": no such corpus (give a file or a folder in any input format)");
            System.exit(2);
        }
        List<ArticleInput> inputs = new ArticleSources(new ArticleReader.Defaults(null, LocalDate.now(), null, null)).read(List.of(corpus));
        Dyad dyad = new Dyad(CoreNlpAnalyzer.shared(), EventCoder.Options.DEFAULT);
        int cores = Runtime.getRuntime().availableProcessors();
        build(db, inputs, dyad, cores);
        try (Server server = Server.start(new Server.Settings(db, "127.0.0.1", 0, null, Math.max(1, cores - 1)), () -> dyad::code, CODING)) {
            String base = "http://127.0.0.1:" + server.port();
            LoadMix mix = new LoadMix(samples(base, inputs), codeShare);
            System.out.printf(Locale.ROOT, "server on %s over %s; %d cores; %.0f%% of requests code and store an article%n",
                    base, db, cores, codeShare * 100);
            // Not reported: the JIT compiles the server's paths before either phase is timed.
            Latencies warmup = phase(base, mix, clients, warmupSeconds);
            System.out.printf(Locale.ROOT, "warm-up: %d requests, %d errors%n", warmup.requests(), warmup.errors().size());
            Latencies baseline = phase(base, mix, 1, baselineSeconds);
            Latencies load = phase(base, mix, clients, seconds);
            report("baseline: 1 client", baseline, baselineSeconds);
            report(clients + " clients", load, seconds);
            System.out.printf(Locale.ROOT, "%nthroughput with %d clients / with 1 client: %.2f; p95 of all requests %.1f ms against %.1f ms%n",
                    clients, (load.requests() / (double) seconds) / (baseline.requests() / (double) baselineSeconds),
                    load.percentile(null, 95), baseline.percentile(null, 95));
            int errors = warmup.errors().size() + baseline.errors().size() + load.errors().size();
            System.out.println("errors: " + errors);
            baseline.errors().stream().limit(10).forEach(e -> System.out.println("  " + e));
            load.errors().stream().limit(10).forEach(e -> System.out.println("  " + e));
            if (errors > 0) System.exit(1);
        }
    }

    /** Ingests the corpus into the store, unless an earlier run did. */
    private static void build(Path db, List<ArticleInput> inputs, Dyad dyad, int cores) {
        long t0 = System.nanoTime();
        try (EventStore store = EventStore.open(db)) {
            Ingest.Summary s = new Ingest(store, () -> a -> new Outcome.Coded(dyad.code(a)), CODING, cores, false).run(inputs, Ingest.Progress.none());
            System.out.printf(Locale.ROOT, "store %s: %d articles added, %d already there (%.0f s)%n", db, s.added(), s.alreadyStored(),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Actors, dyads, events and articles to ask about, read from the server itself. */
    private static LoadMix.Samples samples(String base, List<ArticleInput> inputs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> actors = new ArrayList<>();
        for (JsonNode a : get(http, base + "/api/actors?limit=60")) actors.add(a.get("code").asText());
        List<String[]> dyads = new ArrayList<>();
        for (JsonNode e : get(http, base + "/api/network?top=60").get("edges")) dyads.add(new String[] {e.get("source").asText(), e.get("target").asText()});
        List<String> events = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        JsonNode page = get(http, base + "/api/events?limit=1000");
        for (JsonNode e : page.get("events")) events.add(e.get("id").asText());
        for (String id : events.subList(0, Math.min(100, events.size()))) {
            keys.add(get(http, base + "/api/events/" + id).get("mentions").get(0).get("article_key").asText());
        }
        var articles = inputs.stream().filter(i -> i instanceof ArticleInput.Accepted).map(i -> ((ArticleInput.Accepted) i).article()).toList();
        String first = page.get("events").get(0).get("date").asText();
        String last = page.get("events").get(page.get("events").size() - 1).get("date").asText();
        return new LoadMix.Samples(actors, dyads, events, keys, articles, day(first), day(last));
    }

    private static String day(String date) {
        return date.length() == 10 ? date : date.length() == 7 ? date + "-01" : date + "-01-01";
    }

    private static JsonNode get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException(url + ": " + r.statusCode() + " " + r.body());
        return LoadMix.json(r.body());
    }

    /** N clients sending requests back to back for this many seconds; each has its own seeded random draw. */
    private static Latencies phase(String base, LoadMix mix, int clients, int seconds) throws InterruptedException {
        Latencies latencies = new Latencies();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            pool.submit(() -> {
                while (System.nanoTime() < end) send(http, base, mix.next(random), latencies);
            });
        }
        pool.shutdown();
        // A request started just before the end may take as long as coding the longest article.
        pool.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
        return latencies;
    }

    private static void send(HttpClient http, String base, LoadMix.Request request, Latencies latencies) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + request.path())).timeout(Duration.ofMinutes(5));
        if (request.body() != null) b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request.body()));
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - t0;
            if (r.statusCode() / 100 != 2) latencies.error(request.path() + " -> " + r.statusCode() + " " + r.body());
            else latencies.add(request.kind(), nanos);
        } catch (IOException | InterruptedException e) {
            latencies.error(request.path() + " -> " + e);
        }
    }

    private static void report(String name, Latencies l, int seconds) {
        System.out.printf(Locale.ROOT, "%n%s, %d s: %d requests, %.1f requests/s, %d errors%n", name, seconds, l.requests(),
                l.requests() / (double) seconds, l.errors().size());
        System.out.printf(Locale.ROOT, "  %-10s %8s %10s %10s %10s %10s%n", "kind", "requests", "per s", "p50 ms", "p95 ms", "p99 ms");
        l.table(seconds).forEach(System.out::println);
    }
}
