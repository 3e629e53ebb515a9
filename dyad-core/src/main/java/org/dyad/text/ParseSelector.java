package org.dyad.text;

import java.util.List;

/**
 * Decides, from the tagged tokens of all sentences of an article, which sentences need a
 * dependency parse. Parsing is the costliest step; a sentence with no word that could code
 * an event, report speech or carry a quotation can do without it.
 */
@FunctionalInterface
public interface ParseSelector {

    ParseSelector ALL = (texts, sentences) -> {
        boolean[] all = new boolean[sentences.size()];
        java.util.Arrays.fill(all, true);
        return all;
    };

    /** One flag per sentence: true to parse it. */
    boolean[] select(List<String> sentenceTexts, List<List<Token>> sentences);
}
