package org.dyad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built parsed sentences for tests of the stages after the NLP backend, written the way
 * {@code dyad parse} prints them: one token a line, "id word lemma POS head relation", with an
 * optional entity class as a seventh column. Words are joined by single spaces to make the text.
 */
public final class Conll {

    private Conll() {}

    public static Sentence sentence(String block) {
        return sentence(0, block);
    }

    public static Sentence sentence(int index, String block) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        int offset = 0;
        for (String line : block.strip().split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 6) throw new IllegalArgumentException("need id word lemma POS head relation: " + line);
            int id = Integer.parseInt(f[0]) - 1;
            if (id != tokens.size()) throw new IllegalArgumentException("ids must count from 1: " + line);
            tokens.add(new Token(id, f[1], f[2], f[3], f.length > 6 ? f[6] : "O", offset, offset + f[1].length()));
            offset += f[1].length() + 1;
            int head = Integer.parseInt(f[4]) - 1;
            if (head >= 0) deps.add(new Dependency(f[5], head, id));
        }
        return new Sentence(index, 0, Math.max(0, offset - 1), tokens, deps, true);
    }

    /** The text the sentence's words make. */
    public static String text(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.tokens()) {
            if (b.length() > 0) b.append(' ');
            b.append(t.word());
        }
        return b.toString();
    }
}
