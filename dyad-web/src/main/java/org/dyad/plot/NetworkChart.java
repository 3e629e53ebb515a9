package org.dyad.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.dyad.explore.ActorNetwork;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Who acts on whom: actors placed by JGraphT's Fruchterman-Reingold layout (seeded, so the same
 * network gives the same picture), sized by their events; an arrow from source to target for
 * cooperation (green) and one for conflict (red), as wide as the events are many.
 */
public final class NetworkChart {

    private static final Color COOPERATION = new Color(0x1e7b34);
    private static final Color CONFLICT = new Color(0xb42318);
    private static final Color NODE = new Color(0x2451a6);

    private NetworkChart() {}

    /**
     * @param aspect the picture's width over its height: the plot's units are as long across as
     *               up, so that actors are round
     */
    public static JFreeChart of(String title, ActorNetwork network, double aspect) {
        Map<String, Point2D> at = layout(network, aspect);
        XYPlot plot = new XYPlot(null, axis(aspect), axis(1), new XYLineAndShapeRenderer());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        long most = network.nodes().stream().mapToLong(ActorNetwork.Node::events).max().orElse(1);
        Map<String, Double> radius = new HashMap<>();
        for (ActorNetwork.Node n : network.nodes()) radius.put(n.code(), 0.012 + 0.03 * Math.sqrt((double) n.events() / most));
        for (ActorNetwork.Edge e : network.edges()) {
            // Cooperation and conflict between the same pair run side by side.
            if (e.cooperation() > 0) arrow(plot, at.get(e.source()), at.get(e.target()), radius.get(e.target()), e.cooperation(), COOPERATION, 0.006);
            if (e.conflict() > 0) arrow(plot, at.get(e.source()), at.get(e.target()), radius.get(e.target()), e.conflict(), CONFLICT, -0.006);
        }
        for (ActorNetwork.Node n : network.nodes()) {
            Point2D p = at.get(n.code());
            double r = radius.get(n.code());
            plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r), null, null, NODE));
            XYTextAnnotation label = new XYTextAnnotation(n.code(), p.getX() + r + 0.005, p.getY());
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            plot.addAnnotation(label);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("cooperation (QuadClass 1-2)", COOPERATION));
        legend.add(new LegendItem("conflict (QuadClass 3-4)", CONFLICT));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static Map<String, Point2D> layout(ActorNetwork network, double aspect) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (ActorNetwork.Node n : network.nodes()) graph.addVertex(n.code());
        for (ActorNetwork.Edge e : network.edges()) {
            if (!graph.containsEdge(e.source(), e.target())) graph.addEdge(e.source(), e.target());
        }
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(new Box2D(0.05, 0.05, aspect - 0.2, 0.9));
        new FRLayoutAlgorithm2D<String, DefaultEdge>(300, 0.5, new Random(1)).layout(graph, model);
        Map<String, Point2D> at = new HashMap<>();
        for (var entry : model) at.put(entry.getKey(), entry.getValue());
        return at;
    }

    private static NumberAxis axis(double length) {
        NumberAxis axis = new NumberAxis();
        axis.setRange(0, length);
        axis.setVisible(false);
        return axis;
    }

    /** A line from source to target, shifted sideways by offset, ending in an arrowhead at the target's edge. */
    private static void arrow(XYPlot plot, Point2D from, Point2D to, double targetRadius, long events, Color color, double offset) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double length = Math.hypot(dx, dy);
        if (length == 0) return;
        double ux = dx / length;
        double uy = dy / length;
        double sx = -uy * offset;
        double sy = ux * offset;
        double tipX = to.getX() - ux * targetRadius + sx;
        double tipY = to.getY() - uy * targetRadius + sy;
        float width = (float) (1 + 2 * Math.log(1 + events) / Math.log(2));
        plot.addAnnotation(new XYLineAnnotation(from.getX() + sx, from.getY() + sy, tipX, tipY, new BasicStroke(width), alpha(color)));
        double head = 0.02;
        double baseX = tipX - ux * head;
        double baseY = tipY - uy * head;
        plot.addAnnotation(new XYPolygonAnnotation(new double[] {tipX, tipY, baseX - uy * head / 2, baseY + ux * head / 2,
            baseX + uy * head / 2, baseY - ux * head / 2}, null, null, color));
    }

    private static Color alpha(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 190);
    }
}
