package org.dyad.intake;

import java.util.Optional;
import java.util.function.Function;
import org.dyad.article.Article;
import org.dyad.record.DyadRecord;

/**
 * Codes one article from an untrusted source within a {@link Budget}: too many words and it
 * fails at once; not in English and it is skipped, not coded into wrong mentions; too long to
 * code and it is stopped (the pipeline is interrupted: CoreNLP's taggers, its parser and the
 * CoreNLP adapter check for that) and fails. Any other failure of the pipeline is a failure of
 * that article only. Thread-safe.
 */
public final class Intake {

    /**
     * Below this many letters a language identifier guesses ("Brazil protested." reads as
     * Italian to the one Dyad uses; 2 to 3% of single sentences of 20 to 39 letters are taken
     * for another language, docs/inputs.md), so shorter texts in the Latin script are coded as
     * English. A text with no Latin letter is identified whatever its length: it cannot be English.
     */
    static final int LETTERS_TO_IDENTIFY = 40;

    private final Function<Article, DyadRecord> pipeline;
    private final LanguageIdentifier languages;
    private final Budget budget;

    public Intake(Function<Article, DyadRecord> pipeline, LanguageIdentifier languages, Budget budget) {
        this.pipeline = pipeline;
        this.languages = languages;
        this.budget = budget;
    }

    public Outcome code(Article article) {
        return screen(article).orElseGet(() -> codeScreened(article));
    }

    /**
     * The checks made before the pipeline sees an article, which cost no language analysis: its
     * size, then its language. Empty when it is to be coded; else the outcome that replaces coding.
     */
    public Optional<Outcome> screen(Article article) {
        String text = article.text();
        long words = words(text);
        if (words > budget.words()) {
            return Optional.of(new Outcome.Failed(words + " words, over the budget of " + budget.words() + " words per article; not coded"));
        }
        boolean tooShort = letters(text) < LETTERS_TO_IDENTIFY && text.codePoints().anyMatch(Intake::latin);
        Optional<Language> language = tooShort ? Optional.empty() : languages.identify(text);
        if (language.isPresent() && !language.get().isEnglish()) return Optional.of(new Outcome.Skipped(language.get()));
        return Optional.empty();
    }

    /**
     * Codes an article that passed the {@link #screen}, within the time budget. The deadline
     * interrupts the pipeline, which stops where it checks (between parsed sentences); a stage
     * that does not check finishes, and its record is dropped all the same: over the budget is
     * not coded, wherever the time ran out.
     */
    public Outcome codeScreened(Article article) {
        Deadline deadline = Deadline.start(budget.time());
        try {
            DyadRecord record = pipeline.apply(article);
            return deadline.passed() ? overBudget() : new Outcome.Coded(record);
        } catch (RuntimeException | StackOverflowError e) {
            return deadline.passed() ? overBudget() : new Outcome.Failed("coding failed: " + e);
        } finally {
            deadline.cancel();
        }
    }

    private Outcome overBudget() {
        return new Outcome.Failed("took more than " + budget.time().toSeconds() + " s, the time budget per article; not coded");
    }

    static long words(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    private static boolean latin(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < LETTERS_TO_IDENTIFY; i++) {
            if (Character.isLetter(text.charAt(i))) letters++;
        }
        return letters;
    }
}
