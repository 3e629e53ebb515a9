package org.dyad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.dyad.record.Provenance;

/**
 * Dyad's embedded event store: one DuckDB file holding articles, events counted across
 * articles, their mentions, quotes, actor mentions, skipped articles and input errors
 * (docs/store.md). This is the only class that queries DuckDB (ParquetFolder and StoreColumns
 * only open it, for a folder's views and the schema); the rest of Dyad speaks in its own records.
 * The same tables can be a folder of Parquet files, as the Spark job writes them: such a store
 * opens for reading only ({@link ParquetFolder}).
 *
 * <p>Each {@link #write} is one transaction, so a process killed at any moment leaves whole
 * articles or none, and a rerun that skips stored articles ends with the rows an
 * uninterrupted run gives. Calls are serialized, so one store can take a background ingest
 * and single articles and queries from other threads at once.
 *
 * <p>DuckDB lets one process write a file, or any number read it, never both at once. A
 * writer can {@link #release} the file between transactions, or {@link #releaseIfWanted only
 * when a reader waits for it}; it opens it again when next used. Readers and writers that find
 * the file in use wait for it ({@link Lock}).
 */
public final class EventStore implements AutoCloseable {

    /** How a store is opened. */
    private enum Mode {
        WRITE,
        READ,
        /** Read-only, with no access to any other file or database: for queries users type. */
        QUERY
    }

    private final Path file;
    private final Mode mode;
    private Connection connection;
    private int upgradedFrom;

    private EventStore(Path file, Mode mode) {
        this.file = file;
        this.mode = mode;
    }

    /** Opens the store for writing, creating the file and its tables, or upgrading an older store. */
    public static EventStore open(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + ": a folder; Dyad reads a dyad-spark output folder but stores only into a store file");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create its folder: " + e.getMessage(), e);
        }
        EventStore store = new EventStore(file, Mode.WRITE);
        store.upgradedFrom = StoreSchema.create(file, store.connection());
        return store;
    }

    /** Opens an existing store, or a dyad-spark output folder, for reading only: queries cannot change it. */
    public static EventStore openReadOnly(Path file) {
        return openExisting(file, Mode.READ);
    }

    /**
     * Opens an existing store for queries a user types: read-only, and with DuckDB's access to
     * files, other databases and extensions switched off, so no statement can read or write
     * anything but the store's own tables.
     */
    public static EventStore openForQueries(Path file) {
        return openExisting(file, Mode.QUERY);
    }

    private static EventStore openExisting(Path file, Mode mode) {
        if (Files.isDirectory(file)) {
            EventStore folder = new EventStore(file, mode);
            folder.connection(); // says now, not at the first query, when the folder is not an output
            return folder;
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such store (create one with: dyad ingest FILES --db " + file + ")");
        }
        EventStore store = new EventStore(file, mode);
        StoreSchema.checkReadable(file, store.connection());
        return store;
    }

    private Connection connection() {
        if (connection == null) connection = Lock.await(file, mode == Mode.WRITE, this::connect);
        return connection;
    }

    private Connection connect() throws SQLException {
        // A folder is the Spark job's output: the same tables as Parquet files, which no one holds (docs/spark.md).
        if (Files.isDirectory(file)) return ParquetFolder.connect(file, mode == Mode.QUERY);
        Properties p = new Properties();
        if (mode != Mode.WRITE) p.setProperty("duckdb.read_only", "true");
        if (mode == Mode.QUERY) {
            p.setProperty("enable_external_access", "false");
            p.setProperty("autoload_known_extensions", "false");
            p.setProperty("autoinstall_known_extensions", "false");
            p.setProperty("lock_configuration", "true");
        }
        // The writer shares the machine with the coders, which need every core more than its inserts do.
        if (mode == Mode.WRITE) p.setProperty("threads", "1");
        return DuckDbDriver.connect(file, p);
    }

    public Path file() {
        return file;
    }

    /** The store version this store was upgraded from when opened, or 0 when it needed no upgrade. */
    public int upgradedFrom() {
        return upgradedFrom;
    }

    /** Closes the file so other processes can open it; the next call opens it again. */
    public synchronized void release() {
        close();
    }

    /**
     * Releases the file if a reader is waiting for it. Releasing costs a checkpoint, and a
     * checkpoint after every batch made the file 3.6 times larger (docs/store.md), so a writer
     * keeps the file while no one asks for it.
     */
    public synchronized void releaseIfWanted() {
        if (!Lock.wanted(file)) return;
        release();
        Lock.served(file);
    }

    /** Each stored article's key and what coded it (null for articles stored before provenance was kept). */
    public synchronized Map<String, Provenance> codedArticles() {
        Map<String, Provenance> coded = new HashMap<>();
        try (Statement st = connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT article_key, dyad_version, coding FROM articles")) {
            while (rs.next()) coded.put(rs.getString(1), rs.getString(3) == null ? null : new Provenance(rs.getString(2), rs.getString(3)));
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read articles: " + firstLine(e), e);
        }
        return coded;
    }

    /** The keys of articles read but not coded (not in English); a rerun skips them too. */
    public Set<String> skippedArticles() {
        Set<String> keys = new HashSet<>();
        for (List<Object> row : query("SELECT article_key FROM skipped", List.of()).rows()) keys.add((String) row.get(0));
        return keys;
    }

    /** Stores coded articles and input errors in one transaction; see {@link #write(Batch)}. */
    public int write(List<CodedArticle> articles, List<InputError> errors) {
        return write(new Batch(articles, List.of(), errors));
    }

    /**
     * Stores a batch in one transaction. An article already stored with the same provenance is
     * left as it is, so writing the same batch twice changes nothing; one stored with another
     * provenance is coded anew: its events, mentions, quotes and actors are replaced.
     *
     * @return how many of the articles were new or replaced
     */
    public synchronized int write(Batch batch) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        Connection c = connection();
        try {
            c.setAutoCommit(false);
            int written = new ArticleWriter(c, now).write(batch.coded());
            writeSkipped(c, batch.skipped(), now);
            writeErrors(c, batch.errors(), now);
            c.commit();
            return written;
        } catch (SQLException e) {
            rollback();
            throw new StoreException(file + ": cannot store the batch: " + firstLine(e), e);
        } finally {
            autoCommit();
        }
    }

    private static void writeSkipped(Connection c, List<SkippedArticle> skipped, Timestamp now) throws SQLException {
        if (skipped.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO skipped VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (SkippedArticle s : skipped) {
                ArticleRows.bind(ps, ArticleRows.skipped(s, now));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeErrors(Connection c, List<InputError> errors, Timestamp now) throws SQLException {
        if (errors.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO errors VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (InputError e : errors) {
                ps.setString(1, e.file());
                ps.setInt(2, e.line());
                ps.setString(3, e.reason());
                ps.setTimestamp(4, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Runs a query; parameters bind to its {@code ?} in order. */
    public synchronized Table query(String sql, List<?> parameters) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) ps.setObject(i + 1, parameters.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                return Table.of(rs);
            }
        } catch (SQLException e) {
            throw new StoreException(firstLine(e), e);
        }
    }

    /**
     * Runs one query a user typed, after checking that it is one: a statement that would
     * change anything (or set an option, attach, copy, export) fails before it runs.
     */
    public Table userQuery(String sql) {
        if (mode != Mode.QUERY) throw new IllegalStateException("open the store with openForQueries for users' queries");
        QueryCheck.requireQuery(sql, this);
        return query(sql, List.of());
    }

    /** Runs a statement that writes a file (DuckDB's COPY ... TO), or any other statement. */
    synchronized void execute(String sql) {
        try (Statement st = connection().createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(firstLine(e), e);
        }
    }

    /** For exports that stream their rows rather than hold them. */
    synchronized ResultSet stream(String sql) throws SQLException {
        Statement st = connection().createStatement();
        st.closeOnCompletion(); // closing the rows closes the statement
        return st.executeQuery(sql);
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one to report.
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The connection is broken; the next call reports it.
        }
    }

    static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    @Override
    public synchronized void close() {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot close the store: " + firstLine(e), e);
        } finally {
            connection = null;
        }
    }
}
