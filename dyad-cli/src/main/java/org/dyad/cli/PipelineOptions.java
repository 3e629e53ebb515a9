package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.coding.EventCoder;
import org.dyad.corenlp.CoreNlpAnalyzer;
import org.dyad.pipeline.Dyad;
import picocli.CommandLine.Option;

/** Options shared by every command that codes articles. */
final class PipelineOptions {

    @Option(names = "--dictionary", arity = "1..*", paramLabel = "FILE",
            description = "Extra actor dictionaries (Dyad TSV or PETRARCH/TABARI format); they take precedence over the bundled ones.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--patterns", arity = "1..*", paramLabel = "FILE",
            description = "Extra event pattern files (the format of data/coding/patterns.tsv), used beside the bundled ones.")
    List<Path> patterns = new ArrayList<>();

    @Option(names = "--keep-negated", description = "Keep events the text says did not happen, marked \"negated\": true.")
    boolean keepNegated;

    @Option(names = "--keep-historical", description = "Keep events dated more than a year before publication (background such as \"in the 1967 war\").")
    boolean keepHistorical;

    @Option(names = "--ner", description = "Also run CoreNLP's statistical entity recognizer (slower; measured in docs/performance.md).")
    boolean ner;

    ActorDictionary dictionary() {
        return ActorDictionary.load(dictionaries);
    }

    Dyad pipeline() {
        CoreNlpAnalyzer analyzer = ner ? new CoreNlpAnalyzer(new CoreNlpAnalyzer.Settings(true)) : CoreNlpAnalyzer.shared();
        return new Dyad(analyzer, dictionary(), patterns, new EventCoder.Options(keepNegated, keepHistorical));
    }
}
