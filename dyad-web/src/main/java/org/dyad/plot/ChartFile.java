package org.dyad.plot;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Writes a chart to a file, PNG or SVG as its name says. */
public final class ChartFile {

    static {
        // Charts are drawn without a display, on servers and in CI.
        System.setProperty("java.awt.headless", "true");
    }

    private ChartFile() {}

    public static void write(JFreeChart chart, Path file, int width, int height) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".png")) {
                ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
            } else if (name.endsWith(".svg")) {
                SVGGraphics2D g = new SVGGraphics2D(width, height);
                chart.draw(g, new Rectangle(0, 0, width, height));
                SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
            } else {
                throw new IllegalArgumentException(file + ": give a file ending in .png or .svg");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
