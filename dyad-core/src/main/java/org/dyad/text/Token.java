package org.dyad.text;

/**
 * A word of a sentence, as the language analyzer saw it.
 *
 * @param index position in its sentence, from 0
 * @param word  the text exactly as in the article
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   named-entity class (PERSON, ORGANIZATION, LOCATION, ...), or "O"
 * @param start character offset of the first character in the article text
 * @param end   character offset one past the last character
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** A verb in a tense (past, or present with a subject): "announced", "urges"; not "to urge" or "urging". */
    public boolean isFiniteVerb() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isAdjective() {
        return pos.startsWith("JJ");
    }
}
