/**
 * Intake: what an article from the open web must pass before, and while, it is coded.
 *
 * <p>In: an {@link org.dyad.article.Article} and the pipeline ({@code Article -> DyadRecord}).
 * Out: an {@link org.dyad.intake.Outcome}: the record; or the article skipped because it is
 * not in English (its language named by a {@link org.dyad.intake.LanguageIdentifier}); or
 * the reason it failed: more words than the {@link org.dyad.intake.Budget} allows, more time
 * than it allows, or an error of the pipeline. {@link org.dyad.intake.Intake} never throws for
 * an article, so one bad page cannot stop a run.
 */
package org.dyad.intake;
