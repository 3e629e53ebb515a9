package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.dyad.pipeline.Dyad;
import org.dyad.record.DyadRecord;
import org.dyad.record.RecordJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: articles in, Dyad records out. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles (plain text, JSONL, or - for standard input) into Dyad records.")
final class CodeCommand implements Callable<Integer> {

    enum Format { json, jsonl, table }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plain-text or JSONL files; - reads standard input.")
    List<String> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date, against which \"last Thursday\" is resolved. Default: the input's own, else today.")
    String published;

    @Option(names = "--source", description = "Source name recorded with each article.")
    String source;

    @Option(names = "--url", description = "URL recorded with each article.")
    String url;

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
        LocalDate date = null;
        if (published != null) {
            try {
                date = ArticleReader.parseDate(published);
            } catch (DateTimeParseException e) {
                err.println("dyad: --published '" + published + "' is not a date (expected YYYY-MM-DD)");
                return 2;
            }
        }
        ArticleReader reader = new ArticleReader(new ArticleReader.Defaults(date, LocalDate.now(), source, url));
        List<ArticleInput> inputs = new ArrayList<>();
        for (String f : files) {
            inputs.addAll(f.equals("-") ? reader.read("stdin", Main.stdin.readAllBytes()) : reader.read(Path.of(f)));
        }
        int failures = 0;
        Dyad dyad = null;
        for (ArticleInput input : inputs) {
            if (input instanceof ArticleInput.Rejected r) {
                err.println("dyad: " + r);
                failures++;
                continue;
            }
            Article article = ((ArticleInput.Accepted) input).article();
            if (article.datedBy() == Article.DatedBy.TODAY) {
                err.println("dyad: " + input.origin() + ": no publication date given; using today's date " + article.published()
                        + " (set one with --published)");
            }
            if (dyad == null) dyad = pipeline.pipeline();
            DyadRecord record = dyad.code(article);
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
