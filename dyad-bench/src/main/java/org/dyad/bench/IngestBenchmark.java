package org.dyad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.dyad.coding.EventCoder;
import org.dyad.corenlp.CoreNlpAnalyzer;
import org.dyad.formats.ArticleSources;
import org.dyad.datafile.DataDigest;
import org.dyad.ingest.Ingest;
import org.dyad.intake.Budget;
import org.dyad.intake.Intake;
import org.dyad.language.TikaLanguageIdentifier;
import org.dyad.record.Provenance;
import org.dyad.pipeline.Dyad;
import org.dyad.store.EventStore;

/**
 * Ingest throughput: reading, coding on every core and storing, against a baseline measured
 * in the same run on the same articles: the pipeline coding them on the same threads without
 * a store. The ratio is what the store and the intake checks (words, language, time) cost; a second ingest of the same input measures
 * what a rerun costs once everything is stored.
 *
 * <pre>bench/ingest [CORPUS] [--articles N] [--threads T]</pre>
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("../shared/corpus/wikinews-2019-2020.jsonl");
        int limit = Integer.MAX_VALUE;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> limit = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> corpus = Path.of(args[i]);
            }
        }
        if (!Files.exists(corpus)) {
            System.err.println("bench: " + corpus + ": no such corpus (give a file or a folder in any input format)");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        List<ArticleInput> inputs = new ArticleSources(new ArticleReader.Defaults(null, LocalDate.now(), null, null)).read(List.of(corpus));
        inputs = inputs.subList(0, Math.min(limit, inputs.size()));
        double reading = seconds(t0);
        List<Article> articles = inputs.stream().filter(i -> i instanceof ArticleInput.Accepted)
                .map(i -> ((ArticleInput.Accepted) i).article()).toList();
        System.out.printf("corpus %s: %d inputs, %d articles, read in %.1f s; %d threads on %d cores%n", corpus, inputs.size(),
                articles.size(), reading, threads, Runtime.getRuntime().availableProcessors());

        Dyad dyad = new Dyad(CoreNlpAnalyzer.shared(), EventCoder.Options.DEFAULT);
        for (Article a : articles.subList(0, Math.min(20, articles.size()))) dyad.code(a); // warm-up

        long t1 = System.nanoTime();
        codeOnly(dyad, articles, threads);
        double coding = seconds(t1);

        Path dir = Files.createTempDirectory("dyad-bench");
        Path db = dir.resolve("bench.duckdb");
        Ingest.Summary first;
        Ingest.Summary again;
        try (EventStore store = EventStore.open(db)) {
            // As dyad ingest codes: each article's size and language checked, its time bounded.
            Intake intake = new Intake(dyad::code, TikaLanguageIdentifier.shared(), Budget.DEFAULT);
            Provenance provenance = Provenance.current(new DataDigest().addBundled().hex());
            first = new Ingest(store, () -> intake::code, provenance, threads, false).run(inputs, Ingest.Progress.none());
            again = new Ingest(store, () -> intake::code, provenance, threads, false).run(inputs, Ingest.Progress.none());
        }
        double ingest = first.coding().toNanos() / 1e9;
        System.out.println();
        System.out.printf("%-40s %9s %10s %16s%n", "run", "articles", "seconds", "articles/s/core");
        row("pipeline alone (baseline)", articles.size(), coding, threads);
        row("ingest into a new store", first.added(), ingest, threads);
        System.out.println();
        System.out.printf("ingest speed / pipeline speed: %.2f (store overhead %.1f%%)%n",
                (first.added() / ingest) / (articles.size() / coding), 100 * (ingest / coding - 1));
        System.out.printf("ingest: %.2f articles/s per core, %d events, %d errors, %d skipped (not English); store %d KB%n",
                first.added() / ingest / threads, first.events(), first.errors(), first.skipped(), Files.size(db) / 1024);
        System.out.printf("second ingest of the same input: %d added, %d already stored, %.2f s%n",
                again.added(), again.alreadyStored(), again.time().toNanos() / 1e9);
        Files.deleteIfExists(db);
        Files.deleteIfExists(dir.resolve("bench.duckdb.wal"));
        Files.deleteIfExists(dir);
    }

    private static void codeOnly(Dyad dyad, List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Article a : articles) done.add(pool.submit(() -> dyad.code(a)));
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
    }

    private static void row(String name, int articles, double seconds, int threads) {
        System.out.printf("%-40s %9d %10.1f %16.2f%n", name, articles, seconds, articles / seconds / threads);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
