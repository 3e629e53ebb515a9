package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.dyad.article.Article;
import org.dyad.eval.AttributionEvaluation;
import org.dyad.eval.AttributionEvaluation.SourceKind;
import org.dyad.eval.BratAttributions;
import org.dyad.eval.TimeEvaluation;
import org.dyad.eval.TimeMl;
import org.dyad.ingest.ProgressBarView;
import org.dyad.pipeline.Dyad;
import org.dyad.record.DyadRecord;

/** {@code dyad eval --quotes DIR} and {@code --times DIR}: Dyad against annotated corpora in their own formats. */
final class CorpusEval {

    private final Dyad dyad;
    private final PrintWriter out;
    private final boolean summary;

    CorpusEval(Dyad dyad, PrintWriter out, boolean summary) {
        this.dyad = dyad;
        this.out = out;
        this.summary = summary;
    }

    /** Quotations and their speakers against brat attribution annotations (PolNeAR's format). */
    void quotes(Path folder, LocalDate published) {
        List<BratAttributions.AnnotatedText> texts = BratAttributions.read(folder, published);
        AttributionEvaluation evaluation = new AttributionEvaluation();
        List<DyadRecord> records = code(texts, t -> article(t.id(), t.text(), t.published()));
        for (int i = 0; i < texts.size(); i++) evaluation.add(texts.get(i), records.get(i));
        AttributionEvaluation.Report r = evaluation.report();
        out.println("== " + folder + " (quotations, " + r.texts() + " texts)");
        out.println("quotations  source               expected  found           speaker right");
        for (boolean direct : new boolean[] {true, false}) {
            for (SourceKind kind : SourceKind.values()) {
                AttributionEvaluation.Tally t = r.tally(direct, kind);
                String right = kind == SourceKind.NONE ? "-" : rate(t.speakerRight(), t.expected());
                out.printf("%-11s %-20s %8d  %-15s %s%n", direct ? "direct" : "indirect", kind.name().toLowerCase().replace('_', ' '),
                        t.expected(), rate(t.found(), t.expected()), right);
            }
        }
        out.printf("Dyad's direct quotations in no annotated attribution: %d of %d%n", r.direct().outside(), r.direct().quotes());
        out.printf("Dyad's indirect quotations in no annotated attribution: %d of %d%n", r.indirect().outside(), r.indirect().quotes());
        if (summary) return;
        for (AttributionEvaluation.Difference d : r.differences()) out.printf("%-40s %-17s %s%n", d.textId(), d.kind(), d.detail());
    }

    /** Time expressions and their values against TimeML annotations with a document creation time. */
    void times(Path folder) {
        List<TimeMl.TimedText> texts = TimeMl.read(folder);
        TimeEvaluation evaluation = new TimeEvaluation();
        List<DyadRecord> records = code(texts, t -> article(t.id(), t.text(), t.published()));
        for (int i = 0; i < texts.size(); i++) evaluation.add(texts.get(i), records.get(i));
        TimeEvaluation.Report r = evaluation.report();
        out.println("== " + folder + " (time expressions, " + r.texts() + " texts)");
        out.println("type       expected  found           value right");
        for (String type : r.byType().keySet()) {
            TimeEvaluation.Tally t = r.tally(type);
            out.printf("%-10s %8d  %-15s %s%n", type, t.expected(), rate(t.found(), t.expected()), rate(t.right(), t.expected()));
        }
        if (summary) return;
        for (TimeEvaluation.Difference d : r.differences()) {
            out.printf("%-28s %-8s %-30s expected %-12s got %s%n", d.textId(), d.type(), "\"" + d.text() + "\"", d.expected(), d.got());
        }
    }

    private <T> List<DyadRecord> code(List<T> texts, Function<T, Article> article) {
        try (ProgressBarView progress = new ProgressBarView(Main.stderr)) {
            progress.start(texts.size());
            return texts.stream().map(t -> {
                DyadRecord r = dyad.code(article.apply(t));
                progress.committed(1, r.events().size());
                return r;
            }).toList();
        }
    }

    private static Article article(String id, String text, LocalDate published) {
        return new Article(id, text, published, Article.DatedBy.METADATA, "eval", null, null);
    }

    private static String rate(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.3f (%d)", (double) part / whole, part);
    }
}
