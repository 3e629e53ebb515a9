package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.dyad.formats.ArticleSources;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The articles a command reads, and what to assume where they say nothing; also the Spark job's. */
public final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders: text, JSONL, CSV, HTML, RSS/Atom, WARC (docs/inputs.md); - reads standard input.")
    List<String> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Publication date, against which \"last Thursday\" is resolved. Default: the input's own, else today.")
    LocalDate published;

    @Option(names = "--source", description = "Source name recorded with each article.")
    String source;

    @Option(names = "--url", description = "URL recorded with each article.")
    String url;

    private byte[] stdinBytes;

    public List<String> paths() {
        return files;
    }

    public LocalDate published() {
        return published;
    }

    public String source() {
        return source;
    }

    public String url() {
        return url;
    }

    /** Every item of every input, accepted or rejected with its reason, in order. */
    List<ArticleInput> read() {
        List<ArticleInput> inputs = new ArrayList<>();
        read(inputs::add);
        return inputs;
    }

    /** The same items, one at a time, so a large input need not be held in memory; can be called again. */
    void read(Consumer<ArticleInput> sink) {
        ArticleReader.Defaults defaults = new ArticleReader.Defaults(published, LocalDate.now(), source, url);
        ArticleSources sources = new ArticleSources(defaults);
        for (String f : files) {
            if (f.equals("-")) new ArticleReader(defaults).read("stdin", stdin()).forEach(sink);
            else sources.read(List.of(Path.of(f)), sink);
        }
    }

    private byte[] stdin() {
        try {
            if (stdinBytes == null) stdinBytes = Main.stdin.readAllBytes();
            return stdinBytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
        }
    }
}
