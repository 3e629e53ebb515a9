/**
 * Time: the article's time expressions, corrected where SUTime is known to err
 * ({@link org.dyad.time.TimeCorrection}) or finds nothing (years in words,
 * {@link org.dyad.time.SpokenYears}; "mid-November", {@link org.dyad.time.MidPeriods}), and the date of each event
 * ({@link org.dyad.time.EventDating}). The language analyzer has already resolved relative
 * expressions ("Last Thursday", "last July") against the publication date.
 */
package org.dyad.time;
