package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A word-level trie: finds the longest dictionary phrase starting at a token in time
 * proportional to the phrase length, not to the dictionary size. A phrase may end in a stem,
 * a last word that matches every word it begins.
 */
final class PhraseTrie<V> {

    /** Stems shorter than this are whole words: short upper-case entries are acronyms. */
    static final int MIN_STEM = 4;

    private final Node<V> root = new Node<>();

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        final List<V> values = new ArrayList<>();
        Map<String, List<V>> stems;
    }

    /** The longest match starting at a token, and what it maps to. */
    record Match<V>(int length, List<V> values) {}

    void add(List<String> words, V value, boolean stem) {
        Node<V> n = root;
        int whole = stem && words.get(words.size() - 1).length() >= MIN_STEM ? words.size() - 1 : words.size();
        for (String w : words.subList(0, whole)) n = n.next.computeIfAbsent(w, k -> new Node<>());
        if (whole == words.size()) {
            n.values.add(value);
        } else {
            if (n.stems == null) n.stems = new HashMap<>();
            n.stems.computeIfAbsent(words.get(whole), k -> new ArrayList<>()).add(value);
        }
    }

    /**
     * @param word     the normalized word at position i, or null where no entry may match
     * @param from     first position
     * @param limit    one past the last position
     */
    Match<V> longest(IntFunction<String> word, int from, int limit) {
        Node<V> n = root;
        Match<V> best = null;
        for (int i = from; i < limit && n != null; i++) {
            String w = word.apply(i);
            if (w == null) break;
            if (n.stems != null) {
                List<V> stemmed = stem(n.stems, w);
                if (stemmed != null) best = new Match<>(i - from + 1, stemmed);
            }
            n = n.next.get(w);
            if (n != null && !n.values.isEmpty()) best = new Match<>(i - from + 1, n.values);
        }
        return best;
    }

    private static <V> List<V> stem(Map<String, List<V>> stems, String w) {
        for (int len = w.length(); len >= MIN_STEM; len--) {
            List<V> v = stems.get(w.substring(0, len));
            if (v != null) return v;
        }
        return null;
    }

    /**
     * Particles inside personal names, which writers capitalize or not at will ("Sabah Al-Ahmad",
     * "Sabah al-Ahmad"; "Bill de Blasio", "De Blasio").
     */
    static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "ul", "de", "da", "di",
            "du", "del", "dos", "van", "von", "der", "den", "le", "la");

    /**
     * Normalizes a word for matching: one apostrophe, one dash; a leading "The" counts as "the",
     * and a name particle is always lower case.
     */
    static String normalize(String word, boolean caseless) {
        String w = word.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .replace('\u2013', '-').replace('\u2014', '-');
        if (caseless || w.equals("The") || NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) w = w.toLowerCase(Locale.ROOT);
        return w;
    }

    /**
     * Splits a dictionary phrase into words the way the tokenizer splits text: on spaces, around
     * hyphens between letters ("al-Qaeda" is "al - Qaeda"), and before a possessive.
     */
    static List<String> words(String phrase, boolean caseless) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.trim().replaceAll("(?<=\\p{L})[-\u2013](?=\\p{L})", " - ").split("\\s+")) {
            if (w.isEmpty()) continue;
            String n = normalize(w, caseless);
            if (n.length() > 2 && n.endsWith("'s")) {
                out.add(n.substring(0, n.length() - 2));
                out.add("'s");
            } else {
                out.add(n);
            }
        }
        return out;
    }
}
