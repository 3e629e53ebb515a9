package org.dyad.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Retags as nouns the words the tagger took for verbs where only a noun can stand: a gerund
 * after an article and the words that modify it, with no object after it ("a mass stabbing
 * killed three people", "the shooting of two protesters"), and a base form inside a noun
 * phrase ("a US drone strike killed five militants"). The tagger reads such words as verbs, and
 * the parse then loses the clause's subject or the event nouns of the patterns ("n:stabbing").
 * Runs between tagging and parsing, so the parser reads the noun too.
 */
final class NounsTaggedAsVerbs {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Modifiers between the article and the gerund: adjectives, nouns, numbers, possessives. */
    private static final Set<String> MODIFIERS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "CD", "POS", "VBN");

    /** Modifiers of a singular noun: a plural before the word would let it be a verb ("the protesters fire"). */
    private static final Set<String> SINGULAR_MODIFIERS = Set.of("JJ", "NN", "NNP", "CD");

    /** What a verb's object or complement begins with: after these, the gerund is a verb ("the killing Kenyans deplore" aside). */
    private static final Set<String> OBJECT_STARTS = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "JJ", "TO");

    /** Tags after a noun phrase that ends at the gerund: a finite verb, a modal, punctuation. */
    private static final Set<String> PHRASE_ENDS = Set.of("VBD", "VBZ", "VBP", "MD", ".", ",", ":");

    private NounsTaggedAsVerbs() {}

    static void retag(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (isBaseFormInNounPhrase(tokens, i)) {
                t.setTag("NN");
                continue;
            }
            if (!"VBG".equals(t.tag()) || !afterArticle(tokens, i)) continue;
            CoreLabel after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            String next = after == null ? "." : after.tag();
            if (OBJECT_STARTS.contains(next)) continue;
            // after a noun, a participle may modify it ("the attacker aiming at him"); a noun
            // compound ("a mass stabbing", "the police shooting of") is told by what follows it
            boolean ends = PHRASE_ENDS.contains(next) || "of".equalsIgnoreCase(after.word());
            if (tokens.get(i - 1).tag().startsWith("NN") && !ends) continue;
            t.setTag("NN");
            t.setLemma(t.word().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * "a US drone strike", "the US drone strikes": a base form between a name or modifier after
     * "a" or "an" and a noun cannot be a verb, as no verb agrees with "a"; after "the" only
     * after a name ("the US fire" may be "the protesters fire").
     */
    private static boolean isBaseFormInNounPhrase(List<CoreLabel> tokens, int i) {
        String tag = tokens.get(i).tag();
        if (!"VB".equals(tag) && !"VBP".equals(tag) || i + 1 >= tokens.size() || !tokens.get(i + 1).tag().matches("NNS?")) return false;
        String before = tokens.get(i - 1).tag();
        if (!SINGULAR_MODIFIERS.contains(before)) return false;
        String article = articleBefore(tokens, i, SINGULAR_MODIFIERS);
        return article != null && (!article.equals("the") || before.equals("NNP"));
    }

    private static boolean afterArticle(List<CoreLabel> tokens, int gerund) {
        return articleBefore(tokens, gerund, MODIFIERS) != null;
    }

    /** The article (lower case) that opens the phrase of modifiers with these tags before token i; or null. */
    private static String articleBefore(List<CoreLabel> tokens, int i, Set<String> modifiers) {
        for (int k = i - 1; k >= 0; k--) {
            CoreLabel t = tokens.get(k);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (ARTICLES.contains(word)) return word;
            if (!modifiers.contains(t.tag())) return null;
        }
        return null;
    }
}
