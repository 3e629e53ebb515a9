/**
 * Event coding: who did what to whom.
 *
 * <p>In: an {@link org.dyad.text.AnalyzedArticle}, its actor mentions and quotations. Out:
 * {@link org.dyad.coding.Event}s in CAMEO with their PLOVER type, Goldstein score,
 * QuadClass, date, attribution and evidence.
 *
 * <p>Patterns (written in the language of {@code PatternSyntax}, held by
 * {@link org.dyad.coding.PatternBook}) name predicates. For each sentence,
 * {@link org.dyad.coding.EventCoder} composes small stages, each reading one of the tables of
 * data/coding/ ({@code CodingTables}): {@code PredicateMatcher} finds the predicates in the
 * parse; {@code EventDrafts} turns each into events, with {@code Arguments} for source and
 * target, {@code ImpliedActors} for the one the act implies, {@code Factuality} for what is
 * only planned, denied or negated, and {@code SpeechActs} for what an appeal or threat is
 * about; {@code ReportedObligations} adds "X said Y should ..."; {@code EventFilters} leaves out
 * discarded sentences, sports and background; {@code EventAttribution} says who reported each
 * event. One event is kept per (date, source, target, code) in an article.
 */
package org.dyad.coding;
