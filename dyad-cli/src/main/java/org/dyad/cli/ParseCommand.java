package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.dyad.corenlp.CoreNlpAnalyzer;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;
import org.dyad.text.Token;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad parse}: what the coder sees of a text, in CoNLL-U columns, for finding out why. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print the parsed sentences (CoNLL-U-like: id, word, lemma, POS, entity, head, relation, offsets).")
final class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A plain-text file, or - for standard input.")
    String file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for time expressions. Default: today.")
    String published;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate date = published == null ? null : ArticleReader.parseDate(published);
        ArticleReader reader = new ArticleReader(new ArticleReader.Defaults(date, LocalDate.now(), null, null));
        var inputs = file.equals("-") ? reader.read("stdin", Main.stdin.readAllBytes()) : reader.read(Path.of(file));
        int status = 0;
        for (ArticleInput input : inputs) {
            if (input instanceof ArticleInput.Rejected r) {
                spec.commandLine().getErr().println("dyad: " + r);
                status = 1;
                continue;
            }
            AnalyzedArticle a = CoreNlpAnalyzer.shared().analyze(((ArticleInput.Accepted) input).article());
            for (Sentence s : a.sentences()) {
                out.println("# sentence " + (s.index() + 1) + ": " + a.text(s.start(), s.end()).replaceAll("\\s+", " "));
                for (Token t : s.tokens()) {
                    out.printf("%d\t%s\t%s\t%s\t%s\t%d\t%s\t%d-%d%n", t.index() + 1, t.word(), t.lemma(), t.pos(), t.ner(),
                            s.head(t.index()) + 1, s.relation(t.index()), t.start(), t.end());
                }
                out.println();
            }
            a.times().forEach(t -> out.println("# time '" + t.text() + "' = " + t.value()));
        }
        return status;
    }
}
