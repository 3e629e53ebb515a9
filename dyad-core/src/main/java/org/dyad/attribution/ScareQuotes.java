package org.dyad.attribution;

import java.util.Set;

/**
 * Words in quotation marks that are not a quotation when no one is reported saying them: a
 * title ("Face the Nation", "The Apprentice", "13th"), or a scare quote, a word or two
 * without sentence punctuation ("the so-called 'alt-right'", "a 'philanthropub'").
 */
final class ScareQuotes {

    /** Words a title leaves in lower case. */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "or", "of", "on", "in", "at", "to", "for", "with", "by", "from");

    private ScareQuotes() {}

    /** "the so-called 'super PAC'": the writer's distance from a word, whoever does what the sentence says. */
    static boolean isSoCalled(String text, int quoteStart) {
        return text.substring(Math.max(0, quoteStart - 12), quoteStart).toLowerCase(java.util.Locale.ROOT).matches("(?s).*so[- ]called\\W*");
    }

    static boolean isTitleOrScareQuote(String quoted) {
        String words = quoted.strip();
        String bare = words.replaceAll("[.,!?;:]+$", "");
        return isTitle(words) || bare.split("\\s+").length <= 3 && bare.equals(words) && !words.isEmpty() && Character.isLowerCase(words.charAt(0));
    }

    /** At most eight words, each capitalized or a number, but for the small words a title leaves in lower case. */
    static boolean isTitle(String quoted) {
        String[] words = quoted.strip().replaceAll("[.,!?;:]+$", "").split("\\s+");
        if (words.length > 8 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0)) && !Character.isDigit(words[0].charAt(0))) return false;
        for (String word : words) {
            char c = word.isEmpty() ? ' ' : word.charAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && !MINOR.contains(word)) return false;
        }
        return words.length > 1 || Character.isDigit(words[0].charAt(0));
    }
}
