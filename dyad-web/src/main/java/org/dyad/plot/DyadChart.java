package org.dyad.plot;

import java.awt.Color;
import java.awt.Paint;
import org.dyad.explore.Timeline;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A dyad's cooperation against its conflict over time: stacked bars per period, cooperation
 * (QuadClass 1 and 2) above zero and conflict (3 and 4) below, and the summed Goldstein score
 * as a line on an axis of its own. The page's timeline draws the same.
 */
public final class DyadChart {

    static final Paint[] QUAD_COLORS = {new Color(0x7cc68d), new Color(0x1e7b34), new Color(0xf19a8f), new Color(0xb42318)};
    static final String[] QUAD_NAMES = {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};

    private DyadChart() {}

    public static JFreeChart of(String title, Timeline timeline) {
        DefaultCategoryDataset counts = new DefaultCategoryDataset();
        DefaultCategoryDataset goldstein = new DefaultCategoryDataset();
        for (Timeline.Bucket b : timeline.buckets()) {
            long[] quads = {b.verbalCooperation(), b.materialCooperation(), -b.verbalConflict(), -b.materialConflict()};
            for (int q = 0; q < 4; q++) counts.addValue(quads[q], QUAD_NAMES[q], b.period());
            goldstein.addValue(b.goldstein(), "summed Goldstein", b.period());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, timeline.interval().name(), "events (conflict below zero)",
                counts, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        StackedBarRenderer bars = (StackedBarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.08);
        for (int q = 0; q < 4; q++) bars.setSeriesPaint(q, QUAD_COLORS[q]);
        plot.setDataset(1, goldstein);
        plot.setRangeAxis(1, new NumberAxis("summed Goldstein"));
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, new Color(0x2451a6));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
