package org.dyad.ingest;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** An ingest's progress on a terminal: articles done of all, events so far, rate and time left. */
public final class ProgressBarView implements Ingest.Progress, AutoCloseable {

    private final PrintStream out;
    private ProgressBar bar;
    private long events;

    public ProgressBarView(PrintStream out) {
        this.out = out;
    }

    @Override
    public void start(int articles) {
        bar = new ProgressBarBuilder().setTaskName("Coding").setInitialMax(articles).setUnit(" articles", 1)
                .showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(out)).build();
        bar.setExtraMessage(" 0 events");
    }

    @Override
    public void committed(int articles, int events) {
        this.events += events;
        bar.stepBy(articles);
        bar.setExtraMessage(" " + this.events + " events");
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
