package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.article.Article;
import org.dyad.eval.Evaluation;
import org.dyad.eval.GoldItem;
import org.dyad.eval.GoldReader;
import org.dyad.eval.Level;
import org.dyad.eval.Score;
import org.dyad.ontology.CameoOntology;
import org.dyad.pipeline.Dyad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval}: precision, recall and F1 against gold files, or the agreement of two codings. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score Dyad against gold data (JSONL, see docs/eval.md), one report per file, and list misses and extras;",
                "--quotes and --times score quotations and time expressions against annotated corpora in their own formats."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD", arity = "0..*", description = "Gold JSONL files.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--quotes", arity = "1..*", paramLabel = "DIR",
            description = "Folders of texts annotated for attribution in brat standoff (PolNeAR's format): quotations found and speakers right.")
    List<Path> quotes = new ArrayList<>();

    @Option(names = "--times", arity = "1..*", paramLabel = "DIR",
            description = "Folders of TimeML documents with a creation time (TimeBank, TempEval-3): time expressions found and values right.")
    List<Path> times = new ArrayList<>();

    @Option(names = "--published", converter = DateConverter.class, paramLabel = "YYYY-MM-DD",
            description = "Publication date of --quotes texts whose file names hold no YYYY-MM-DD date.")
    LocalDate published;

    @Option(names = "--summary", description = "Print the scores only, not the list of differences.")
    boolean summary;

    @Option(names = "--agreement", description = "Compare two codings of the same items (the first as reference) instead of running Dyad.")
    boolean agreement;

    @Mixin
    PipelineOptions pipeline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CameoOntology ontology = CameoOntology.bundled();
        if (agreement) {
            if (gold.size() != 2) throw new CommandLine.ParameterException(spec.commandLine(), "--agreement compares exactly two files");
            Map<String, GoldItem> second = new HashMap<>();
            for (GoldItem item : GoldReader.readCodings(gold.get(1))) second.put(item.id(), item);
            Evaluation evaluation = new Evaluation(ontology);
            for (GoldItem item : GoldReader.readCodings(gold.get(0))) {
                GoldItem other = second.get(item.id());
                if (other == null) throw new CommandLine.ParameterException(spec.commandLine(), gold.get(1) + " has no item " + item.id());
                evaluation.add(item, other);
            }
            out.println("agreement of " + gold.get(1) + " with " + gold.get(0) + " (F1 is symmetric)");
            levels(evaluation.report(), out);
            return 0;
        }
        if (gold.isEmpty() && quotes.isEmpty() && times.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give gold files, --quotes DIR or --times DIR");
        }
        Dyad dyad = pipeline.pipeline(spec.commandLine().getErr());
        CorpusEval corpora = new CorpusEval(dyad, out, summary);
        quotes.forEach(folder -> corpora.quotes(folder, published));
        times.forEach(corpora::times);
        for (Path file : gold) {
            Evaluation evaluation = new Evaluation(ontology);
            for (GoldItem item : GoldReader.read(file)) {
                Article a = new Article(item.id(), item.text(), item.published(), Article.DatedBy.METADATA, "gold", null, null);
                evaluation.add(item, dyad.code(a));
            }
            out.println("== " + file);
            print(evaluation.report(), out);
        }
        return 0;
    }

    void print(Evaluation.Report r, PrintWriter out) {
        levels(r, out);
        out.printf("event dates      %.3f (%d/%d of events matched at root+actors)%n", r.dateAccuracy(), r.datesRight(), r.datesChecked());
        out.printf("quote speakers   %.3f (%d/%d)%n", r.speakerAccuracy(), r.speakersRight(), r.speakersExpected());
        out.printf("no-event items with an event: %d of %d%n", r.noEventItemsWithEvents(), r.noEventItems());
        if (summary) return;
        for (Evaluation.Difference d : r.differences()) {
            out.printf("%-12s %-14s %s%n             %s%n", d.itemId(), d.kind(), d.event(), d.text().replaceAll("\\s+", " "));
        }
    }

    private static void levels(Evaluation.Report r, PrintWriter out) {
        out.printf("items %d%n", r.items());
        out.println("level            precision  recall     F1   (tp/predicted/expected)");
        for (Level l : Level.values()) {
            Score s = r.score(l);
            out.printf("%-16s %.3f      %.3f      %.3f (%d/%d/%d)%n", l.label(), s.precision(), s.recall(), s.f1(),
                    s.truePositives(), s.predicted(), s.expected());
        }
    }
}
