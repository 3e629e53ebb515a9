/**
 * Event coding: who did what to whom.
 *
 * <p>In: an {@link org.dyad.text.AnalyzedArticle}, its actor mentions and quotations. Out:
 * {@link org.dyad.coding.Event}s in CAMEO with their PLOVER type, Goldstein score,
 * QuadClass, date, attribution and evidence.
 *
 * <p>Patterns ({@code data/coding/patterns.tsv}, read by {@link org.dyad.coding.PatternBook})
 * name predicates; {@code PredicateMatcher} finds them in the parse, {@code Arguments} reads
 * source and target off the tree, and {@link org.dyad.coding.EventCoder} applies the rules
 * of reported speech, modality and negation, dates each event and keeps one event per
 * (date, source, target, code) in an article.
 */
package org.dyad.coding;
