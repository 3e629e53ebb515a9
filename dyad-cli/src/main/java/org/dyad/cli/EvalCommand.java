package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.article.Article;
import org.dyad.eval.Evaluation;
import org.dyad.eval.GoldItem;
import org.dyad.eval.GoldReader;
import org.dyad.eval.Score;
import org.dyad.pipeline.Dyad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval}: precision, recall and F1 against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Dyad against gold data (JSONL, see docs/eval.md) and list misses and extras.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold JSONL files.")
    List<Path> gold;

    @Option(names = "--summary", description = "Print the scores only, not the list of differences.")
    boolean summary;

    @Mixin
    PipelineOptions pipeline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Dyad dyad = pipeline.pipeline();
        Evaluation evaluation = new Evaluation();
        for (Path file : gold) {
            for (GoldItem item : GoldReader.read(file)) {
                Article a = new Article(item.id(), item.text(), item.published(), Article.DatedBy.METADATA, "gold", null, null);
                evaluation.add(item, dyad.code(a));
            }
        }
        print(evaluation.report(), spec.commandLine().getOut());
        return 0;
    }

    void print(Evaluation.Report r, PrintWriter out) {
        out.printf("items %d%n", r.items());
        out.println("level          precision  recall     F1   (tp/predicted/expected)");
        line(out, "root", r.root());
        line(out, "code", r.code());
        line(out, "root+actors", r.rootActors());
        out.printf("event dates    %.3f (%d/%d of events matched at root+actors)%n", r.dateAccuracy(), r.datesRight(), r.datesChecked());
        out.printf("quote speakers %.3f (%d/%d)%n", r.speakerAccuracy(), r.speakersRight(), r.speakersExpected());
        out.printf("no-event items with an event: %d of %d%n", r.noEventItemsWithEvents(), r.noEventItems());
        if (summary) return;
        for (Evaluation.Difference d : r.differences()) {
            out.printf("%-12s %-14s %s%n             %s%n", d.itemId(), d.kind(), d.event(), d.text().replaceAll("\\s+", " "));
        }
    }

    private static void line(PrintWriter out, String name, Score s) {
        out.printf("%-14s %.3f      %.3f      %.3f (%d/%d/%d)%n", name, s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.predicted(), s.expected());
    }
}
