package org.dyad.coding;

import java.util.Locale;
import java.util.Set;
import org.dyad.text.Token;

/**
 * A set of words that play the same part in patterns ("&amp;currency", "&amp;weapon"), or a
 * single word. A token belongs when its lemma or its own form, lower-cased, is in the set; or,
 * for word forms ("=meet", the words of an imported PETRARCH pattern), its own form only, as
 * PETRARCH matches words as written.
 *
 * @param name  "&amp;name" for a class, "*" for any word, the word itself otherwise ("=word" for a form)
 * @param words lower-case lemmas or word forms (empty for "*")
 * @param forms match word forms only, not lemmas
 */
public record WordClass(String name, Set<String> words, boolean forms) {

    public WordClass {
        words = Set.copyOf(words);
    }

    public WordClass(String name, Set<String> words) {
        this(name, words, false);
    }

    /** A word as written: "=met" matches "met", not "meets". */
    public static WordClass form(String word) {
        return new WordClass("=" + word, Set.of(word), true);
    }

    /** Any word at all: an element that only asks for a relation ("call *@xcomp"). */
    public static final String ANY = "*";

    public static WordClass of(String word) {
        return word.equals(ANY) ? new WordClass(ANY, Set.of()) : new WordClass(word, Set.of(word));
    }

    public boolean isClass() {
        return name.startsWith("&");
    }

    public boolean contains(Token t) {
        return name.equals(ANY) || words.contains(t.word().toLowerCase(Locale.ROOT)) || !forms && words.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
}
