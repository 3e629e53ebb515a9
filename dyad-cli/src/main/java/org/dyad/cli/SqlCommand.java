package org.dyad.cli;

import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad sql}: one query over the store. Nothing else: the store is opened read-only, with
 * no access to files or other databases, and a statement that is not a query is refused before
 * it runs.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run one SQL query (DuckDB's dialect) over the store; it cannot change it or read other files.",
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
        try (EventStore db = EventStore.openForQueries(store.db)) {
            ResultView.print(db.userQuery(sql), format, spec.commandLine().getOut());
        }
        return 0;
    }
}
