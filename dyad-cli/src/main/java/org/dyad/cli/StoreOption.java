package org.dyad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store a command reads or writes. */
final class StoreOption {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "The DuckDB store. Default: ${DEFAULT-VALUE}.")
    Path db;
}
