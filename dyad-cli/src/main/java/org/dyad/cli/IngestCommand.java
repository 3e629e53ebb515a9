package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.article.ArticleInput;
import org.dyad.ingest.Ingest;
import org.dyad.ingest.ProgressBarView;
import org.dyad.intake.Intake;
import org.dyad.record.Provenance;
import org.dyad.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad ingest}: a pile of articles into the store, in parallel, resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles into the store: text, JSONL, CSV, HTML, RSS/Atom and WARC files, and folders of them.",
                "Articles already stored are skipped, so a rerun (or a run after a crash) adds only what is missing."})
final class IngestCommand implements Callable<Integer> {

    /** Inputs that could not be read are listed up to this many; the errors table has them all. */
    private static final int LISTED_ERRORS = 20;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOption store;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads. Default: one per core (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--recode", description = "Code again the stored articles of these inputs that another Dyad version or configuration coded.")
    boolean recode;

    @Option(names = "--no-progress", description = "No progress bar (for logs).")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // Before the store is touched: an unreadable dictionary or pattern file stops here.
        Provenance provenance = pipeline.provenance();
        int[] passes = {0};
        int[] rejected = {0};
        // The ingest reads its inputs twice; bad ones are reported on the first reading only.
        Ingest.Inputs inputs = sink -> {
            boolean first = passes[0]++ == 0;
            input.read(item -> {
                if (first && item instanceof ArticleInput.Rejected r && rejected[0]++ < LISTED_ERRORS) err.println("dyad: " + r);
                sink.accept(item);
            });
        };
        boolean existed = Files.exists(store.db);
        boolean[] started = {false};
        Ingest.Summary summary;
        try (EventStore db = EventStore.open(store.db);
             ProgressBarView bar = noProgress ? null : new ProgressBarView(Main.stderr)) {
            if (db.upgradedFrom() > 0) {
                err.println("dyad: " + store.db + " upgraded from store version " + db.upgradedFrom()
                        + "; its articles carry no provenance, so --recode codes them again");
            }
            Ingest ingest = new Ingest(db, () -> {
                Intake intake = pipeline.intake(err);
                return intake::code;
            }, provenance, threads, recode);
            Ingest.Progress shown = bar == null ? Ingest.Progress.none() : bar;
            summary = ingest.run(inputs, new Ingest.Progress() {
                @Override
                public void start(int articles) {
                    started[0] = true;
                    err.println("dyad: coding " + articles + " articles on " + threads + " threads");
                    if (articles > 0) shown.start(articles);
                }

                @Override
                public void committed(int articles, int events) {
                    shown.committed(articles, events);
                }
            });
        } catch (RuntimeException e) {
            if (!existed && !started[0]) discard(store.db);
            throw e;
        }
        if (rejected[0] > LISTED_ERRORS) err.println("dyad: … and " + (rejected[0] - LISTED_ERRORS) + " more in the errors table");
        err.println(summary(summary));
        if (summary.stale() > 0) {
            err.println("dyad: " + summary.stale() + " of the stored articles were coded by another Dyad version or configuration (this is "
                    + provenance + "); run again with --recode to code them again");
        }
        return 0;
    }

    /** A store this run created but never wrote to is removed, so a failed start leaves nothing behind. */
    private static void discard(Path db) {
        try {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
        } catch (java.io.IOException e) {
            // The original failure is the one to report.
        }
    }

    private String summary(Ingest.Summary s) {
        double coding = s.coding().toMillis() / 1000.0;
        return String.format(Locale.ROOT,
                "dyad: %d inputs into %s: %d articles added, %d already stored, %d recoded, %d skipped (not English), %d events, %d errors%s%s; %.1f s%s",
                s.inputs(), store.db, s.added(), s.alreadyStored(), s.recoded(), s.skipped(), s.events(), s.errors(),
                s.errors() > 0 ? " (dyad sql \"SELECT * FROM errors\")" : "",
                s.warned() > 0 ? ", " + s.warned() + " with warnings (articles.record->'warnings')" : "",
                s.time().toMillis() / 1000.0,
                s.added() + s.recoded() > 0 ? String.format(Locale.ROOT, ", %.2f articles/s while coding", (s.added() + s.recoded()) / coding) : "");
    }
}
