package org.dyad.coding;

import java.util.Locale;
import java.util.Set;
import org.dyad.text.Token;

/**
 * A set of words that play the same part in patterns ("&amp;currency", "&amp;weapon"), or a
 * single word. A token belongs when its lemma or its own form, lower-cased, is in the set:
 * patterns are written in lemmas, imported PETRARCH patterns in word forms.
 *
 * @param name  "&amp;name" for a class, the word itself otherwise
 * @param words lower-case lemmas or word forms
 */
public record WordClass(String name, Set<String> words) {

    public WordClass {
        words = Set.copyOf(words);
    }

    public static WordClass of(String word) {
        return new WordClass(word, Set.of(word));
    }

    public boolean isClass() {
        return name.startsWith("&");
    }

    public boolean contains(Token t) {
        return words.contains(t.lemma().toLowerCase(Locale.ROOT)) || words.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
