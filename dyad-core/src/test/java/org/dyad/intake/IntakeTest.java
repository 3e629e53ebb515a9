package org.dyad.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dyad.article.Article;
import org.dyad.record.DyadRecord;
import org.junit.jupiter.api.Test;

/** The checks an article passes before and while it is coded, with stand-ins for the pipeline and the identifier. */
class IntakeTest {

    private static final Budget SMALL = new Budget(20, Duration.ofMillis(300));

    private static Article article(String text) {
        return new Article("a", text, LocalDate.of(2024, 5, 1), Article.DatedBy.FLAG, null, null, null);
    }

    private static DyadRecord record(Article a) {
        return new DyadRecord(DyadRecord.SCHEMA, new DyadRecord.ArticleInfo(a.id(), "2024-05-01", "flag", null, null, null),
                List.of(), List.of(), List.of(), List.of());
    }

    /** Says "French" for any text with a French word in it. */
    private static final LanguageIdentifier FRENCHISH =
            text -> text.contains(" les ") ? Optional.of(new Language("fr", "French")) : Optional.of(Language.ENGLISH);

    @Test
    void anArticleOverTheWordBudgetFailsBeforeAnyAnalysis() {
        Intake intake = new Intake(a -> {
            throw new AssertionError("the pipeline must not see it");
        }, FRENCHISH, SMALL);
        Outcome o = intake.code(article("word ".repeat(21)));
        assertThat(o).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed) o).reason()).contains("21 words, over the budget of 20");
    }

    @Test
    void anArticleInAnotherLanguageIsSkippedWithItsLanguage() {
        Intake intake = new Intake(IntakeTest::record, FRENCHISH, SMALL);
        Outcome o = intake.code(article("Le ministre a rencontré les syndicats mardi soir."));
        assertThat(o).isInstanceOf(Outcome.Skipped.class);
        assertThat(((Outcome.Skipped) o).reason()).isEqualTo("not in English: French (fr)");
        assertThat(intake.code(article("The minister met union leaders on Tuesday evening."))).isInstanceOf(Outcome.Coded.class);
    }

    @Test
    void aTextTooShortToIdentifyIsCodedAsEnglish() {
        Intake intake = new Intake(IntakeTest::record, text -> Optional.of(new Language("it", "Italian")), SMALL);
        assertThat(intake.code(article("Brazil protested."))).isInstanceOf(Outcome.Coded.class);
        assertThat(intake.code(article("Brazil protested strongly against the decision of the court."))).isInstanceOf(Outcome.Skipped.class);
        assertThat(intake.code(article("\u5df4\u897f\u6297\u8bae\u3002"))).as("no Latin letter: not English, however short")
                .isInstanceOf(Outcome.Skipped.class);
    }

    @Test
    void codingThatRunsOverTheTimeBudgetIsStoppedAndTheThreadIsLeftClean() {
        Function<Article, DyadRecord> stalls = a -> {
            while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
            throw new IllegalStateException("interrupted");
        };
        Intake intake = new Intake(stalls, LanguageIdentifier.NONE, SMALL);
        long t0 = System.nanoTime();
        Outcome o = intake.code(article("Police arrested protesters."));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(((Outcome.Failed) o).reason()).contains("time budget");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        // The next article on the same thread is not interrupted by the old deadline.
        assertThat(new Intake(IntakeTest::record, LanguageIdentifier.NONE, SMALL).code(article("Police arrested protesters.")))
                .isInstanceOf(Outcome.Coded.class);
    }

    @Test
    void aStageThatDoesNotStopWhenInterruptedIsOverTheBudgetAllTheSame() {
        Function<Article, DyadRecord> ignoresInterrupts = a -> {
            long until = System.nanoTime() + Duration.ofMillis(600).toNanos();
            while (System.nanoTime() < until) Thread.onSpinWait();
            return record(a);
        };
        Outcome o = new Intake(ignoresInterrupts, LanguageIdentifier.NONE, SMALL).code(article("Police arrested protesters."));
        assertThat(o).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed) o).reason()).contains("time budget");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anyOtherFailureIsThatArticlesOnly() {
        Intake intake = new Intake(a -> {
            throw new IllegalArgumentException("no verb");
        }, LanguageIdentifier.NONE, SMALL);
        assertThat(((Outcome.Failed) intake.code(article("Police arrested protesters."))).reason())
                .isEqualTo("coding failed: java.lang.IllegalArgumentException: no verb");
    }

    @Test
    void theScreenDecidesWithoutThePipeline() {
        Intake intake = new Intake(a -> {
            throw new AssertionError("the screen must not code");
        }, FRENCHISH, SMALL);
        assertThat(intake.screen(article("word ".repeat(21)))).containsInstanceOf(Outcome.Failed.class);
        assertThat(intake.screen(article("Le ministre a rencontré les syndicats mardi soir."))).containsInstanceOf(Outcome.Skipped.class);
        assertThat(intake.screen(article("The minister met union leaders on Tuesday evening."))).isEmpty();
    }

    @Test
    void wordsAreRunsOfNonSpaceCharacters() {
        assertThat(Intake.words("")).isZero();
        assertThat(Intake.words("  one\ttwo\n\nthree ")).isEqualTo(3);
    }
}
