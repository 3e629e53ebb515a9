package org.dyad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The store as a folder of Parquet tables, as the Spark job writes it (docs/spark.md): a folder
 * per table of the store, partitioned Hive-style by chunk, the unit the job commits, and the
 * tables users read by date also by date (events by date alone); {@code _dyad/committed/} holds a
 * marker per committed chunk. Opened here as an in-memory DuckDB whose views have the store's
 * names, columns and types, reading only committed chunks, so every query that runs on a store
 * runs on the folder. Dyad never writes to a folder: only the job does.
 */
public final class ParquetFolder {

    /** The job's own files: the committed-chunk markers, and what it needs to resume. */
    public static final String CONTROL = "_dyad";
    public static final String COMMITTED = CONTROL + "/committed";

    /** A table of the folder and its partition columns, outermost first. */
    public record Table(String name, List<String> partitions) {

        /** Whether a run commits it chunk by chunk; events is rebuilt whole at the end of a run. */
        public boolean chunked() {
            return partitions.contains("chunk");
        }
    }

    public static final List<Table> TABLES = List.of(
            new Table("articles", List.of("published", "chunk")),
            new Table("coded_events", List.of("chunk")),
            new Table("mentions", List.of("published", "chunk")),
            new Table("quotes", List.of("published", "chunk")),
            new Table("actors", List.of("chunk")),
            new Table("errors", List.of("seen", "chunk")),
            new Table("skipped", List.of("seen", "chunk")),
            new Table("events", List.of("date")));

    /** DuckDB types of the partition columns: a column's value is in its folder's name. */
    public static final Map<String, String> PARTITION_TYPES = Map.of("published", "DATE", "date", "VARCHAR", "seen", "DATE", "chunk", "BIGINT");

    private ParquetFolder() {}

    /** The name of chunk {@code n}'s marker in {@link #COMMITTED}. */
    public static String marker(long chunk) {
        return String.format("chunk-%09d", chunk);
    }

    /**
     * The folder's tables as views of an in-memory database.
     *
     * @param forQueries for queries users type: as for a store file ({@link EventStore#openForQueries}),
     *                   nothing outside the folder can be read, no file written, no setting changed
     */
    static Connection connect(Path dir, boolean forQueries) {
        if (!Files.isDirectory(dir.resolve(CONTROL))) {
            throw new StoreException(dir + ": a folder, but not a dyad-spark output (it has no " + CONTROL + " folder)");
        }
        try {
            Connection c = DuckDbDriver.inMemory();
            try (Statement st = c.createStatement()) {
                for (Table t : TABLES) st.execute("CREATE VIEW " + t.name() + " AS " + select(dir, t));
                if (forQueries) {
                    // The views read the folder's files: the folder is the one place left open.
                    st.execute("SET allowed_directories = [" + literal(dir.toAbsolutePath() + "/") + "]");
                    st.execute("SET enable_external_access = false");
                    st.execute("SET autoload_known_extensions = false");
                    st.execute("SET autoinstall_known_extensions = false");
                    st.execute("SET lock_configuration = true");
                }
            }
            return c;
        } catch (SQLException e) {
            throw new StoreException(dir + ": cannot read its Parquet tables: " + EventStore.firstLine(e), e);
        }
    }

    /** The store's columns, cast to the store's types, from the table's files (none yet: no rows). */
    private static String select(Path dir, Table table) {
        List<StoreColumns.Column> columns = StoreColumns.of(table.name());
        Path folder = dir.resolve(table.name());
        if (!hasFiles(folder)) {
            return "SELECT " + columns.stream().map(c -> "CAST(NULL AS " + c.type() + ") AS " + c.name()).collect(Collectors.joining(", "))
                    + " WHERE false";
        }
        String glob = folder.toAbsolutePath() + "/*".repeat(table.partitions().size()) + "/*.parquet";
        String types = table.partitions().stream().map(p -> "'" + p + "': " + PARTITION_TYPES.get(p)).collect(Collectors.joining(", "));
        String sql = "SELECT " + columns.stream().map(c -> "CAST(" + c.name() + " AS " + c.type() + ") AS " + c.name()).collect(Collectors.joining(", "))
                + " FROM read_parquet(" + literal(glob) + ", hive_partitioning = true, union_by_name = true, hive_types = {" + types + "})";
        if (!table.chunked()) return sql;
        // A chunk is in the tables once its marker is written: a job still running, or killed, has added nothing yet.
        return sql + " WHERE chunk IN (SELECT CAST(regexp_extract(file, 'chunk-(\\d+)$', 1) AS BIGINT) FROM glob("
                + literal(dir.resolve(COMMITTED).toAbsolutePath() + "/chunk-*") + "))";
    }

    private static boolean hasFiles(Path folder) {
        if (!Files.isDirectory(folder)) return false;
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".parquet") && !f.toString().contains("/_"));
        } catch (java.io.IOException e) {
            throw new StoreException(folder + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
