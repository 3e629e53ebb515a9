/**
 * Evaluation against gold data: {@link org.dyad.eval.GoldReader} reads the gold JSONL
 * format (docs/eval.md), {@link org.dyad.eval.Evaluation} scores Dyad's records at root,
 * code and root+actors level, event dates and quotation speakers, and lists every miss
 * and extra so a coder can see why.
 */
package org.dyad.eval;
