package org.dyad.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad events}: the stored events, filtered. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events, counted across articles. Actor and code filters match prefixes (ISR matches ISRGOV).")
final class EventsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target actor code.")
    String actor;

    @Option(names = "--dyad", paramLabel = "SOURCE,TARGET", split = ",", description = "A directed dyad: source and target codes.")
    String[] dyad;

    @Option(names = {"--code", "--root"}, paramLabel = "CAMEO", description = "CAMEO code or root (19 matches 190-196).")
    String code;

    @Option(names = "--quad", paramLabel = "1-4", description = "QuadClass: 1 verbal cooperation … 4 material conflict.")
    Integer quad;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "Events on or after this date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "Events on or before this date.")
    LocalDate to;

    @Option(names = "--source", paramLabel = "OUTLET", description = "Reported by this news source (case-insensitive).")
    String outlet;

    @Option(names = "--text", paramLabel = "WORDS", description = "Evidence sentences containing these words.")
    String text;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many events; 0 for all. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl. Default: ${DEFAULT-VALUE}.")
    ResultView.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (dyad != null && dyad.length != 2) throw new CommandLine.ParameterException(spec.commandLine(), "--dyad takes SOURCE,TARGET");
        EventQuery query = new EventQuery(actor, dyad == null ? null : dyad[0], dyad == null ? null : dyad[1], code, quad,
                from == null ? null : from.toString(), to == null ? null : to.toString(), outlet, text, limit);
        try (EventStore db = EventStore.openForQueries(store.db)) {
            EventQuery.Statement s = query.statement();
            ResultView.print(db.query(s.sql(), s.parameters()), format, spec.commandLine().getOut());
        }
        return 0;
    }
}
