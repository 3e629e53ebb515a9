package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coding.EventCoder;
import org.dyad.corenlp.CoreNlpAnalyzer;
import org.dyad.datafile.DataDigest;
import org.dyad.datafile.Warning;
import org.dyad.dictionary.Dictionaries;
import org.dyad.intake.Budget;
import org.dyad.intake.Intake;
import org.dyad.language.TikaLanguageIdentifier;
import org.dyad.pipeline.Dyad;
import org.dyad.record.Provenance;
import picocli.CommandLine.Option;

/** Options shared by every command that codes articles, and by the Spark job's command. */
public final class PipelineOptions {

    @Option(names = "--dictionary", arity = "1..*", paramLabel = "FILE",
            description = "Extra dictionaries, taking precedence over the bundled ones: Dyad actor or pattern files, or any "
                    + "PETRARCH/TABARI actor, agent, verb or discard file (the kind is told from the content).")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--patterns", arity = "1..*", paramLabel = "FILE",
            description = "Extra event pattern files (the format of data/coding/patterns.tsv), over the bundled ones.")
    List<Path> patterns = new ArrayList<>();

    @Option(names = "--no-bundled", description = "Code with only the dictionaries and patterns given (to reproduce a PETRARCH set-up).")
    boolean noBundled;

    @Option(names = "--strict", description = "Fail on a dictionary line that cannot be read, instead of skipping it with a warning.")
    boolean strict;

    @Option(names = "--keep-negated", description = "Keep events the text says did not happen, marked \"negated\": true.")
    boolean keepNegated;

    @Option(names = "--keep-historical", description = "Keep events dated more than a year before publication (background such as \"in the 1967 war\").")
    boolean keepHistorical;

    @Option(names = "--keep-undirected", description = "Keep events with no known target of kinds that need one (\"criticized the plan\", whose plan not told); by default only statements of a kind (011-019 but 014), appeals, intents to give or yield (033-035), restrictions eased or emergency rule imposed, protests, shows of force, assaults and bombings, and criticism of an attack whose doer is not known may lack a target (data/coding/grammar.tsv, undirected-code).")
    boolean keepUndirected;

    @Option(names = "--parse-all", description = "Parse every sentence, not only those that could hold an event or a quotation (slower; the same events on the dev set, docs/performance.md).")
    boolean parseAll;

    @Option(names = "--ner", description = "Also run CoreNLP's statistical entity recognizer (slower; measured in docs/performance.md).")
    boolean ner;

    @Option(names = "--max-words", paramLabel = "N", description = "Articles with more words are not coded but recorded as errors. Default: ${DEFAULT-VALUE}.")
    int maxWords = Budget.DEFAULT.words();

    @Option(names = "--max-seconds", paramLabel = "S", description = "Coding an article that takes longer is stopped and recorded as an error. Default: ${DEFAULT-VALUE}.")
    long maxSeconds = Budget.DEFAULT.time().toSeconds();

    /** The user's files in the order given: dictionaries, then pattern files. */
    public List<Path> files() {
        List<Path> all = new ArrayList<>(dictionaries);
        all.addAll(patterns);
        return all;
    }

    public boolean bundled() {
        return !noBundled;
    }

    public boolean strict() {
        return strict;
    }

    public boolean keepNegated() {
        return keepNegated;
    }

    public boolean keepHistorical() {
        return keepHistorical;
    }

    public boolean keepUndirected() {
        return keepUndirected;
    }

    public boolean ner() {
        return ner;
    }

    public boolean parseAll() {
        return parseAll;
    }

    /** The most words and time one article may take. */
    public Budget budget() {
        return new Budget(maxWords, Duration.ofSeconds(maxSeconds));
    }

    Dictionaries dictionaries() {
        return Dictionaries.load(files(), new Dictionaries.Options(!noBundled, strict));
    }

    /** Loads the dictionaries and says, on the error stream, how many lines of the user's files were skipped. */
    public Dictionaries dictionaries(PrintWriter err) {
        Dictionaries d = dictionaries();
        List<Warning> warnings = d.warnings();
        for (int i = 0; i < Math.min(5, warnings.size()); i++) err.println("dyad: warning: " + warnings.get(i));
        if (warnings.size() > 5) err.println("dyad: ... " + (warnings.size() - 5) + " more warnings; `dyad dictionary check FILE` lists them all");
        return d;
    }

    Dyad pipeline(PrintWriter err) {
        Dictionaries dictionaries = dictionaries(err); // a bad dictionary is reported before the models load
        CoreNlpAnalyzer analyzer = ner ? new CoreNlpAnalyzer(new CoreNlpAnalyzer.Settings(true)) : CoreNlpAnalyzer.shared();
        return new Dyad(analyzer, dictionaries, new EventCoder.Options(keepNegated, keepHistorical, keepUndirected), parseAll);
    }

    /** The pipeline behind the checks every article from outside gets: its size, its language, its time. */
    Intake intake(PrintWriter err) {
        Dyad dyad = pipeline(err);
        return new Intake(dyad::code, TikaLanguageIdentifier.shared(), budget());
    }

    /**
     * What these options code with: this Dyad and a digest of the bundled data, the user's
     * dictionaries and patterns (their content, in order) and the coding options. Reading the
     * user's files here also finds an unreadable one before anything else is done.
     */
    public Provenance provenance() {
        DataDigest digest = new DataDigest().addBundled();
        for (Path d : dictionaries) digest.addFile("dictionary", d);
        for (Path p : patterns) digest.addFile("patterns", p);
        digest.add("options", "no-bundled=" + noBundled + " strict=" + strict + " keep-negated=" + keepNegated
                + " keep-historical=" + keepHistorical + " keep-undirected=" + keepUndirected + " ner=" + ner + " parse-all=" + parseAll);
        return Provenance.current(digest.hex());
    }
}
