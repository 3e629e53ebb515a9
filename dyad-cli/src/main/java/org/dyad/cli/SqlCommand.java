package org.dyad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad sql}: any read-only query over the store. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run a read-only SQL query (DuckDB's dialect) over the store.",
                "Tables and views: events, mentions, articles, quotes, actors, errors (docs/store.md)."})
final class SqlCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY")
    String sql;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl. Default: ${DEFAULT-VALUE}.")
    ResultView.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (EventStore db = EventStore.openReadOnly(store.db)) {
            ResultView.print(db.query(sql, List.of()), format, spec.commandLine().getOut());
        }
        return 0;
    }
}
