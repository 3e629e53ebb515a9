package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dyad.article.ArticleInput;
import org.dyad.corenlp.CoreNlpAnalyzer;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;
import org.dyad.text.Token;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dyad parse}: what the coder sees of a text, in CoNLL-U columns, for finding out why. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print the parsed sentences (CoNLL-U-like: id, word, lemma, POS, entity, head, relation, offsets).")
final class ParseCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int status = 0;
        for (ArticleInput item : input.read()) {
            if (item instanceof ArticleInput.Rejected r) {
                spec.commandLine().getErr().println("dyad: " + r);
                status = 1;
                continue;
            }
            AnalyzedArticle a = CoreNlpAnalyzer.shared().analyze(((ArticleInput.Accepted) item).article());
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
