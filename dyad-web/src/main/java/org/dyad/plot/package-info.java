/**
 * Charts for {@code dyad plot}, drawn by JFreeChart and written as PNG or, through JFreeSVG,
 * as SVG.
 *
 * <p>In: what {@link org.dyad.explore} read from the store (a {@link org.dyad.explore.Timeline},
 * an {@link org.dyad.explore.ActorNetwork}). Out: an image file. {@link org.dyad.plot.DyadChart}
 * draws cooperation against conflict over time; {@link org.dyad.plot.NetworkChart} draws who acts
 * on whom, placed by JGraphT's Fruchterman-Reingold layout; {@link org.dyad.plot.ChartFile} is the
 * one place that writes them.
 */
package org.dyad.plot;
