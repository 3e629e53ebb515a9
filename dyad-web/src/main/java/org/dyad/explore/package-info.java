/**
 * Reading the store as an analyst does: pages of events, one event with the articles that
 * report it, one article with everything coded in it, actors, time series and the actor
 * network.
 *
 * <p>In: an open {@link org.dyad.store.EventStore} and the filters of {@code dyad events}
 * ({@link org.dyad.store.EventQuery}). Out: plain records and rows, ready to be written as
 * JSON by the server or drawn by {@code dyad plot}. Every query is parameterized: user values
 * are bound, never spliced into SQL; what names a column or a time unit comes from an enum.
 * The filters select events through {@code EventQuery}'s own statement, so a filter means the
 * same here as on the command line.
 */
package org.dyad.explore;
