/**
 * Evaluation against gold data: {@link org.dyad.eval.GoldReader} reads the gold JSONL
 * format (docs/eval.md), {@link org.dyad.eval.Evaluation} scores Dyad's records at root,
 * code and root+actors level, event dates and quotation speakers, and lists every miss
 * and extra so a coder can see why.
 *
 * <p>Annotated corpora in their own formats: {@link org.dyad.eval.BratAttributions} (brat
 * standoff attribution annotations, as PolNeAR publishes them) scored by
 * {@link org.dyad.eval.AttributionEvaluation}, and {@link org.dyad.eval.TimeMl} (TimeBank,
 * TempEval-3) scored by {@link org.dyad.eval.TimeEvaluation}: found and right rates.
 */
package org.dyad.eval;
