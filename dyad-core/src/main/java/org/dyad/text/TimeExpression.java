package org.dyad.text;

/**
 * A time expression found and normalized by the language analyzer.
 *
 * @param value      TIMEX3-style normalized value resolved against the publication date:
 *                   "2014-04-03", "2013-07", "2014-W14", "PRESENT_REF", ...
 * @param sentence   index of the sentence containing it
 * @param firstToken index of its first token in that sentence
 * @param lastToken  index of its last token in that sentence
 */
public record TimeExpression(String text, String value, String type, int start, int end,
                             int sentence, int firstToken, int lastToken) {

    public TimeExpression withValue(String newValue) {
        return new TimeExpression(text, newValue, type, start, end, sentence, firstToken, lastToken);
    }
}
