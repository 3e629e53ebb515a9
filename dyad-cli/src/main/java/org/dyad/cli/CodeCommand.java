package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.intake.Intake;
import org.dyad.intake.Outcome;
import org.dyad.record.DyadRecord;
import org.dyad.record.RecordJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad code}: articles in, Dyad records out. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles (plain text, JSONL, or - for standard input) into Dyad records.")
final class CodeCommand implements Callable<Integer> {

    enum Format { json, jsonl, table }

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "json", description = "json (pretty), jsonl (one record a line) or table. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    PipelineOptions pipeline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleInput> inputs = input.read();
        int failures = 0;
        Intake intake = null;
        for (ArticleInput item : inputs) {
            if (item instanceof ArticleInput.Rejected r) {
                err.println("dyad: " + r);
                failures++;
                continue;
            }
            Article article = ((ArticleInput.Accepted) item).article();
            if (article.datedBy() == Article.DatedBy.TODAY) {
                err.println("dyad: " + item.origin() + ": no publication date given; using today's date " + article.published()
                        + " (set one with --published)");
            }
            if (intake == null) intake = pipeline.intake(err);
            Outcome outcome = intake.code(article);
            if (outcome instanceof Outcome.Skipped s) {
                err.println("dyad: " + item.origin() + ": " + s.reason() + "; not coded");
                failures++;
                continue;
            }
            if (outcome instanceof Outcome.Failed f) {
                err.println("dyad: " + item.origin() + ": " + f.reason());
                failures++;
                continue;
            }
            DyadRecord record = ((Outcome.Coded) outcome).record();
            for (String warning : record.warnings()) err.println("dyad: " + item.origin() + ": " + warning);
            switch (format) {
                case json -> out.println(RecordJson.pretty(record));
                case jsonl -> out.println(RecordJson.line(record));
                case table -> out.print(TableView.render(record));
            }
            out.flush();
        }
        if (failures > 0) err.println("dyad: " + failures + " of " + inputs.size() + " inputs could not be coded");
        return failures > 0 ? 1 : 0;
    }
}
