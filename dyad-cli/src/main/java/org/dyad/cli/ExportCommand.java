package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import org.dyad.store.Export;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: the stored events in another system's layout. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the stored events: gdelt (GDELT 2.0 event table, 61 tab-separated columns), csv, jsonl,",
                "parquet, or plover (PLOVER/POLECAT-style JSON, one event a line)."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, description = "gdelt, csv, jsonl, parquet or plover.")
    Export.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output (required for parquet).")
    Path output;

    @Mixin
    StoreOption store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format == Export.Format.parquet && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "parquet is binary: give --output FILE");
        }
        try (EventStore db = EventStore.openReadOnly(store.db)) {
            Export export = new Export(db);
            if (output != null) export.write(format, output);
            else export.write(format, Main.stdout);
        }
        return 0;
    }
}
