package org.dyad.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/** A parse written for a test: rows of "word TAG head relation", heads counted from 1 (0 for the root). */
record WrittenParse(List<Token> tokens, List<Dependency> edges) {

    static WrittenParse of(String... rows) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> edges = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split(" ");
            tokens.add(new Token(i, f[0], f[0].toLowerCase(), f[1], "O", 0, 0));
            edges.add(new Dependency(f[3], Integer.parseInt(f[2]) - 1, i));
        }
        return new WrittenParse(tokens, edges);
    }

    /** The edges after a parse repair. */
    List<Dependency> repairedBy(BiFunction<List<Token>, List<Dependency>, List<Dependency>> repair) {
        return repair.apply(tokens, edges);
    }
}
