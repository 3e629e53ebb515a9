package org.dyad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.dyad.article.Article;
import org.dyad.coding.EventCoder;
import org.dyad.corenlp.CoreNlpAnalyzer;
import org.dyad.corenlp.CoreNlpBaseline;
import org.dyad.pipeline.Dyad;
import org.dyad.record.DyadRecord;

/**
 * Throughput of the whole Dyad pipeline against two baselines measured in the same run, on
 * the same articles: CoreNLP POS tagging alone, and CoreNLP constituency parsing (what
 * PETRARCH2 needs; run on a subset, as it is two orders of magnitude slower). Tagging and
 * Dyad are measured on one thread and on all cores; per-core figures divide by the threads.
 *
 * <pre>bench/run [CORPUS] [--articles N] [--parse-articles K] [--threads T]</pre>
 */
public final class Benchmark {

    /** One measured run: articles and tokens through, in wall-clock nanoseconds, on some threads. */
    record Run(String name, int articles, long tokens, long nanos, int threads) {
        double tokensPerSecondPerCore() {
            return tokens / (nanos / 1e9) / threads;
        }

        double articlesPerSecondPerCore() {
            return articles / (nanos / 1e9) / threads;
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpusPath = Path.of("../shared/corpus/wikinews-2019-2020.jsonl");
        int limit = Integer.MAX_VALUE;
        int parseArticles = 8;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> limit = Integer.parseInt(args[++i]);
                case "--parse-articles" -> parseArticles = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> corpusPath = Path.of(args[i]);
            }
        }
        if (!Files.exists(corpusPath)) {
            System.err.println("bench: " + corpusPath + ": no such corpus (give a JSONL file or a folder)");
            System.exit(2);
        }
        Corpus corpus = Corpus.load(corpusPath, limit);
        List<Article> articles = corpus.articles();
        System.out.printf("corpus %s: %d articles, %d threads on %d cores%n", corpus.origin(), articles.size(), threads,
                Runtime.getRuntime().availableProcessors());

        long start = System.nanoTime();
        Dyad dyad = new Dyad(CoreNlpAnalyzer.shared(), EventCoder.Options.DEFAULT);
        DyadRecord first = dyad.code(articles.get(0));
        double firstResult = (System.nanoTime() - start) / 1e9;
        System.out.printf("time to first result (model loading included): %.1f s%n", firstResult);

        AtomicLong events = new AtomicLong();
        ToIntFunction<Article> full = a -> {
            events.addAndGet(dyad.code(a).events().size());
            return 0; // the pipeline counts its own tokens, below
        };
        CoreNlpBaseline tagger = CoreNlpBaseline.tagging();
        ToIntFunction<Article> tagging = a -> tagger.annotate(a.text());

        warmUp(articles, full, tagging);
        Map<String, Long> before = dyad.profile().nanos();
        long tokensBefore = dyad.profile().tokens();
        events.set(0);
        List<Run> runs = new java.util.ArrayList<>();
        // One thread measures a core's own speed; all threads, what the machine does when every core is busy.
        for (int t : threads == 1 ? List.of(1) : List.of(1, threads)) {
            runs.add(measure("CoreNLP " + tagger.annotators(), articles, tagging, t));
            long tokens = dyad.profile().tokens();
            Run measured = measure("Dyad full pipeline", articles, full, t);
            runs.add(new Run(measured.name(), measured.articles(), dyad.profile().tokens() - tokens, measured.nanos(), t));
        }
        Map<String, Long> after = dyad.profile().nanos();
        long dyadArticles = runs.stream().filter(r -> r.name().startsWith("Dyad")).mapToLong(Run::articles).sum();

        CoreNlpBaseline parser = CoreNlpBaseline.constituencyParsing();
        List<Article> subset = articles.subList(0, Math.min(parseArticles, articles.size()));
        Run parse = measure("CoreNLP " + parser.annotators() + " (first " + subset.size() + " articles)", subset,
                a -> parser.annotate(a.text()), 1);
        runs.add(parse);

        System.out.println();
        System.out.printf("%-58s %8s %9s %14s %16s%n", "run", "threads", "articles", "tokens/s/core", "articles/s/core");
        for (Run r : runs) {
            System.out.printf("%-58s %8d %9d %14.0f %16.2f%n", r.name(), r.threads(), r.articles(), r.tokensPerSecondPerCore(), r.articlesPerSecondPerCore());
        }
        System.out.println();
        for (int i = 0; i + 1 < runs.size() - 1; i += 2) {
            Run tag = runs.get(i);
            Run dyadRun = runs.get(i + 1);
            System.out.printf("%d thread(s): Dyad cost / POS tagging cost = %.2f x (target: at most 4 on one thread); Dyad %.0f tokens/s/core (target: 1500)%n",
                    tag.threads(), tag.tokensPerSecondPerCore() / dyadRun.tokensPerSecondPerCore(), dyadRun.tokensPerSecondPerCore());
        }
        Run single = runs.get(1);
        System.out.printf("Dyad speed / constituency parse speed (1 thread each): %.1f x  (target: at least 20)%n",
                single.tokensPerSecondPerCore() / parse.tokensPerSecondPerCore());
        System.out.printf("events coded: %d (%.1f per article)%n", events.get(), (double) events.get() / dyadArticles);
        System.out.printf("peak heap: %d MB%n", peakHeapBytes() / (1024 * 1024));
        System.out.println();
        System.out.println("where Dyad's time goes (measured run):");
        long total = 0;
        for (String stage : after.keySet()) total += after.get(stage) - before.get(stage);
        for (String stage : after.keySet()) {
            long n = after.get(stage) - before.get(stage);
            System.out.printf("  %-32s %6.1f%%  %8.1f ms/article%n", stage, 100.0 * n / total, n / 1e6 / dyadArticles);
        }
        System.out.println();
        System.out.println("CoreNLP annotators (all runs of the Dyad pipeline):");
        System.out.println(CoreNlpAnalyzer.shared().timing().indent(2));
        if (first.events().isEmpty() && events.get() == 0) System.out.println("warning: no events were coded");
    }

    private static void warmUp(List<Article> articles, ToIntFunction<Article> full, ToIntFunction<Article> tagging) {
        for (Article a : articles.subList(0, Math.min(20, articles.size()))) {
            full.applyAsInt(a);
            tagging.applyAsInt(a);
        }
    }

    private static Run measure(String name, List<Article> articles, ToIntFunction<Article> work, int threads) throws Exception {
        System.out.print("measuring " + name + " ... ");
        System.out.flush();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> results = pool.invokeAll(articles.stream()
                    .map(a -> (java.util.concurrent.Callable<Integer>) () -> work.applyAsInt(a)).toList());
            long tokens = 0;
            for (Future<Integer> f : results) tokens += f.get();
            long nanos = System.nanoTime() - start;
            System.out.printf("%.1f s%n", nanos / 1e9);
            return new Run(name, articles.size(), tokens, nanos, threads);
        } finally {
            pool.shutdown();
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
