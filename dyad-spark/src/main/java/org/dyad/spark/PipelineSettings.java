package org.dyad.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.dyad.coding.EventCoder;
import org.dyad.corenlp.CoreNlpAnalyzer;
import org.dyad.dictionary.Dictionaries;
import org.dyad.pipeline.Dyad;

/**
 * How to build the pipeline, as {@code dyad ingest}'s options say it, in a form that travels
 * from the driver to the executors.
 *
 * @param files the user's dictionary and pattern files, by name; the driver ships them with the job
 */
record PipelineSettings(List<String> files, boolean bundled, boolean strict, boolean keepNegated, boolean keepHistorical,
                        boolean ner) implements Serializable {

    PipelineSettings {
        files = List.copyOf(files);
    }

    Dictionaries dictionaries(Function<String, Path> locate) {
        return Dictionaries.load(files.stream().map(locate).toList(), new Dictionaries.Options(bundled, strict));
    }

    /** The pipeline, with the files found where {@code locate} says they are on this machine. */
    Dyad build(Function<String, Path> locate) {
        CoreNlpAnalyzer analyzer = ner ? new CoreNlpAnalyzer(new CoreNlpAnalyzer.Settings(true)) : CoreNlpAnalyzer.shared();
        return new Dyad(analyzer, dictionaries(locate), new EventCoder.Options(keepNegated, keepHistorical));
    }
}
