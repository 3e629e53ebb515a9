package org.dyad.text;

import java.util.List;

/**
 * Decides, from a sentence's tagged tokens, whether it needs a dependency parse. Parsing is the
 * costliest step; a sentence with no word that could code an event, report speech or carry a
 * quotation can do without it.
 */
@FunctionalInterface
public interface ParseSelector {

    ParseSelector ALL = (text, tokens) -> true;

    boolean needsParse(String sentenceText, List<Token> tokens);
}
