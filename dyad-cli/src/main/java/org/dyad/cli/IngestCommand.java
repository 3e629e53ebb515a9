package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.article.ArticleInput;
import org.dyad.ingest.Ingest;
import org.dyad.ingest.ProgressBarView;
import org.dyad.pipeline.Dyad;
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

    @Option(names = "--no-progress", description = "No progress bar (for logs).")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
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
        Ingest.Summary summary;
        try (EventStore db = EventStore.open(store.db);
             ProgressBarView bar = noProgress ? null : new ProgressBarView(Main.stderr)) {
            Ingest ingest = new Ingest(db, () -> {
                Dyad dyad = pipeline.pipeline(err);
                return dyad::code;
            }, threads);
            Ingest.Progress shown = bar == null ? Ingest.Progress.none() : bar;
            summary = ingest.run(inputs, new Ingest.Progress() {
                @Override
                public void start(int articles) {
                    err.println("dyad: coding " + articles + " new articles on " + threads + " threads");
                    if (articles > 0) shown.start(articles);
                }

                @Override
                public void committed(int articles, int events) {
                    shown.committed(articles, events);
                }
            });
        }
        if (rejected[0] > LISTED_ERRORS) err.println("dyad: … and " + (rejected[0] - LISTED_ERRORS) + " more in the errors table");
        err.println(summary(summary));
        return 0;
    }

    private String summary(Ingest.Summary s) {
        double coding = s.coding().toMillis() / 1000.0;
        return String.format(Locale.ROOT,
                "dyad: %d inputs into %s: %d articles added, %d already stored, %d events, %d errors%s; %.1f s%s",
                s.inputs(), store.db, s.added(), s.alreadyStored(), s.events(), s.errors(),
                s.errors() > 0 ? " (dyad sql \"SELECT * FROM errors\")" : "", s.time().toMillis() / 1000.0,
                s.added() > 0 ? String.format(Locale.ROOT, ", %.2f articles/s while coding", s.added() / coding) : "");
    }
}
