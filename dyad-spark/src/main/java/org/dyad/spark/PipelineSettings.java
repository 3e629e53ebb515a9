package org.dyad.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.dyad.cli.PipelineOptions;
import org.dyad.coding.EventCoder;
import org.dyad.corenlp.CoreNlpAnalyzer;
import org.dyad.dictionary.Dictionaries;
import org.dyad.intake.Budget;
import org.dyad.pipeline.Dyad;
import org.dyad.record.Provenance;

/**
 * How to build the pipeline and its intake checks, as {@code dyad ingest}'s options say it, in a
 * form that travels from the driver to the executors.
 *
 * @param files        the user's dictionary and pattern files, by name; the driver ships them with the job
 * @param dyadVersion  with {@code coding}, the {@link Provenance} stored with each article, worked out on the driver
 */
record PipelineSettings(List<String> files, boolean bundled, boolean strict, boolean keepNegated, boolean keepHistorical,
                        boolean keepUndirected, boolean ner, boolean parseAll, int maxWords, long maxSeconds, String dyadVersion, String coding)
        implements Serializable {

    PipelineSettings {
        files = List.copyOf(files);
    }

    /** The settings the options give; reads the user's files, for their digest. */
    static PipelineSettings of(PipelineOptions options) {
        Provenance p = options.provenance();
        Budget budget = options.budget();
        return new PipelineSettings(options.files().stream().map(Path::toString).toList(), options.bundled(), options.strict(),
                options.keepNegated(), options.keepHistorical(), options.keepUndirected(), options.ner(), options.parseAll(), budget.words(),
                budget.time().toSeconds(), p.version(), p.digest());
    }

    Provenance provenance() {
        return new Provenance(dyadVersion, coding);
    }

    Budget budget() {
        return new Budget(maxWords, Duration.ofSeconds(maxSeconds));
    }

    Dictionaries dictionaries(Function<String, Path> locate) {
        return Dictionaries.load(files.stream().map(locate).toList(), new Dictionaries.Options(bundled, strict));
    }

    /** The pipeline, with the files found where {@code locate} says they are on this machine. */
    Dyad build(Function<String, Path> locate) {
        CoreNlpAnalyzer analyzer = ner ? new CoreNlpAnalyzer(new CoreNlpAnalyzer.Settings(true)) : CoreNlpAnalyzer.shared();
        return new Dyad(analyzer, dictionaries(locate), new EventCoder.Options(keepNegated, keepHistorical, keepUndirected), parseAll);
    }
}
