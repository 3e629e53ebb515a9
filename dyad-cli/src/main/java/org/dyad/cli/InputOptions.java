package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The articles a command reads, and what to assume where they say nothing. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plain-text or JSONL files; - reads standard input.")
    List<String> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Publication date, against which \"last Thursday\" is resolved. Default: the input's own, else today.")
    LocalDate published;

    @Option(names = "--source", description = "Source name recorded with each article.")
    String source;

    @Option(names = "--url", description = "URL recorded with each article.")
    String url;

    /** Every item of every input, accepted or rejected with its reason, in order. */
    List<ArticleInput> read() throws IOException {
        ArticleReader reader = new ArticleReader(new ArticleReader.Defaults(published, LocalDate.now(), source, url));
        List<ArticleInput> inputs = new ArrayList<>();
        for (String f : files) {
            inputs.addAll(f.equals("-") ? reader.read("stdin", Main.stdin.readAllBytes()) : reader.read(Path.of(f)));
        }
        return inputs;
    }
}
