package org.dyad.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * A parse written for a test: rows of "word TAG head relation", heads counted from 1 (0 for the root);
 * a word whose lemma is not its lower-cased form is written "word|lemma" ("said|say").
 */
record WrittenParse(List<Token> tokens, List<Dependency> edges) {

    static WrittenParse of(String... rows) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> edges = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split(" ");
            String[] word = f[0].split("\\|");
            tokens.add(new Token(i, word[0], word.length > 1 ? word[1] : word[0].toLowerCase(), f[1], "O", 0, 0));
            edges.add(new Dependency(f[3], Integer.parseInt(f[2]) - 1, i));
        }
        return new WrittenParse(tokens, edges);
    }

    /** The edges after a parse repair. */
    List<Dependency> repairedBy(BiFunction<List<Token>, List<Dependency>, List<Dependency>> repair) {
        return repair.apply(tokens, edges);
    }
}
