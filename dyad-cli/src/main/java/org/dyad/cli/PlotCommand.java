package org.dyad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.explore.ActorNetwork;
import org.dyad.explore.Timeline;
import org.dyad.plot.ChartFile;
import org.dyad.plot.DyadChart;
import org.dyad.plot.NetworkChart;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad plot}: charts of the store, to PNG or SVG. */
@Command(name = "plot", mixinStandardHelpOptions = true, description = "Draw a chart of the stored events to a PNG or SVG file.",
        subcommands = {PlotCommand.DyadPlot.class, PlotCommand.NetworkPlot.class})
final class PlotCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every plot takes: the store, the period, the file and its size. */
    static final class Common {
        @Mixin
        StoreOption store;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "Events on or after this date.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "Events on or before this date.")
        LocalDate to;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The chart: FILE.png or FILE.svg.")
        Path output;

        @Option(names = "--width", defaultValue = "1000", description = "Width in pixels. Default: ${DEFAULT-VALUE}.")
        int width;

        @Option(names = "--height", defaultValue = "600", description = "Height in pixels. Default: ${DEFAULT-VALUE}.")
        int height;

        String period() {
            return (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
        }

        String day(LocalDate d) {
            return d == null ? null : d.toString();
        }
    }

    @Command(name = "dyad", mixinStandardHelpOptions = true,
            description = "A dyad's cooperation against its conflict over time, with the summed Goldstein score.")
    static final class DyadPlot implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SOURCE", description = "Who acts: an actor code (a prefix: ISR matches ISRGOV).")
        String source;

        @Parameters(index = "1", paramLabel = "TARGET", description = "On whom.")
        String target;

        @Option(names = "--interval", defaultValue = "month", description = "day, week or month. Default: ${DEFAULT-VALUE}.")
        Timeline.Interval interval;

        @Mixin
        Common common;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String s = source.toUpperCase(Locale.ROOT);
            String t = target.toUpperCase(Locale.ROOT);
            EventQuery filter = new EventQuery(null, s, t, null, null, common.day(common.from), common.day(common.to), null, null, 0);
            Timeline timeline;
            try (EventStore db = EventStore.openReadOnly(common.store.db)) {
                timeline = Timeline.read(db, filter, interval);
            }
            if (timeline.buckets().isEmpty()) {
                spec.commandLine().getErr().println("dyad: no events from " + s + " to " + t + common.period() + " in " + common.store.db);
                return 1;
            }
            ChartFile.write(DyadChart.of(s + " → " + t + common.period(), timeline), common.output, common.width, common.height);
            spec.commandLine().getErr().println("dyad: wrote " + common.output + " (" + timeline.buckets().size() + " " + interval + "s)");
            return 0;
        }
    }

    @Command(name = "network", mixinStandardHelpOptions = true,
            description = "Who acts on whom: the most active actors, with cooperation and conflict apart.")
    static final class NetworkPlot implements Callable<Integer> {
        @Option(names = "--actor", paramLabel = "CODE", description = "Only events with this actor (a prefix) as source or target.")
        String actor;

        @Option(names = {"--code", "--root"}, paramLabel = "CAMEO", description = "Only events of this CAMEO code or root.")
        String code;

        @Option(names = "--top", defaultValue = "30", description = "How many actors, the most active. Default: ${DEFAULT-VALUE}.")
        int top;

        @Mixin
        Common common;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            EventQuery filter = new EventQuery(actor == null ? null : actor.toUpperCase(Locale.ROOT), null, null, code, null,
                    common.day(common.from), common.day(common.to), null, null, 0);
            ActorNetwork network;
            try (EventStore db = EventStore.openReadOnly(common.store.db)) {
                network = ActorNetwork.read(db, filter, top);
            }
            if (network.edges().isEmpty()) {
                spec.commandLine().getErr().println("dyad: no events between two actors" + common.period() + " in " + common.store.db);
                return 1;
            }
            ChartFile.write(NetworkChart.of("Who acts on whom" + common.period(), network,
                    (double) common.width / common.height), common.output, common.width, common.height);
            spec.commandLine().getErr().println("dyad: wrote " + common.output + " (" + network.nodes().size() + " actors, "
                    + network.edges().size() + " directed pairs)");
            return 0;
        }
    }
}
