package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Dyad's embedded event store: one DuckDB file holding articles, events counted across
 * articles, their mentions, quotes, actor mentions and input errors (docs/store.md). This is
 * the only class that queries DuckDB (ParquetFolder and StoreColumns only open it, for a folder's
 * views and the schema); the rest of Dyad speaks in its own records.
 *
 * <p>Each {@link #write} is one transaction, so a process killed at any moment leaves whole
 * articles or none, and a rerun that skips {@link #articleKeys() stored articles} ends with the
 * rows an uninterrupted run gives.
 */
public final class EventStore implements AutoCloseable {

    static final int VERSION = 1;

    private final Path file;
    private final Connection connection;

    private EventStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the store for writing, creating the file and its tables if they do not exist. */
    public static EventStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create its folder: " + e.getMessage(), e);
        }
        EventStore store = new EventStore(file, connect(file, false));
        store.createSchema();
        // The writer shares the machine with the coders, which need every core more than its inserts do.
        store.execute("SET threads TO 1");
        return store;
    }

    /** Opens an existing store for reading only: queries cannot change it. */
    public static EventStore openReadOnly(Path file) {
        // A folder is the Spark job's output: the same tables, as Parquet (docs/spark.md).
        if (Files.isDirectory(file)) return new EventStore(file, ParquetFolder.connect(file));
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such store (create one with: dyad ingest FILES --db " + file + ")");
        }
        EventStore store = new EventStore(file, connect(file, true));
        store.checkVersion();
        return store;
    }

    private static Connection connect(Path file, boolean readOnly) {
        Properties properties = new Properties();
        if (readOnly) properties.setProperty("duckdb.read_only", "true");
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the store: " + firstLine(e), e);
        }
    }

    public Path file() {
        return file;
    }

    private void createSchema() {
        try (Statement st = connection.createStatement()) {
            createTables(connection);
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM dyad_store")) {
                rs.next();
                if (rs.getInt(1) == 0) st.execute("INSERT INTO dyad_store VALUES (" + VERSION + ")");
            }
        } catch (IOException | SQLException e) {
            throw new StoreException(file + ": cannot create the store's tables: " + firstLine(e), e);
        }
        checkVersion();
    }

    /** Runs schema.sql: the store's tables and views, where they do not exist yet. */
    static void createTables(Connection connection) throws IOException, SQLException {
        try (InputStream in = EventStore.class.getResourceAsStream("/dyad-store/schema.sql");
             Statement st = connection.createStatement()) {
            String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String statement : ddl.split(";\\s*\n")) {
                String sql = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
                if (!sql.isEmpty()) st.execute(sql);
            }
        }
    }

    private void checkVersion() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT max(version) FROM dyad_store")) {
            rs.next();
            int version = rs.getInt(1);
            if (version != VERSION) {
                throw new StoreException(file + ": store version " + version + ", this Dyad reads version " + VERSION);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": not a Dyad store (" + firstLine(e) + ")", e);
        }
    }

    /** The keys of every stored article, so an ingest can skip what is already there. */
    public Set<String> articleKeys() {
        Set<String> keys = new HashSet<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT article_key FROM articles")) {
            while (rs.next()) keys.add(rs.getString(1));
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read articles: " + firstLine(e), e);
        }
        return keys;
    }

    /**
     * Stores coded articles and input errors in one transaction. Articles already stored and
     * errors already recorded are skipped, so writing the same batch twice changes nothing.
     *
     * @return how many of the articles were new
     */
    public int write(List<CodedArticle> articles, List<InputError> errors) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try {
            connection.setAutoCommit(false);
            int added = new ArticleWriter(connection, now).write(articles);
            writeErrors(errors, now);
            connection.commit();
            return added;
        } catch (SQLException e) {
            rollback();
            throw new StoreException(file + ": cannot store the batch: " + firstLine(e), e);
        } finally {
            autoCommit();
        }
    }

    private void writeErrors(List<InputError> errors, Timestamp now) throws SQLException {
        if (errors.isEmpty()) return;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO errors VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
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
    public Table query(String sql, List<?> parameters) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) ps.setObject(i + 1, parameters.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                return Table.of(rs);
            }
        } catch (SQLException e) {
            throw new StoreException(firstLine(e), e);
        }
    }

    /** Runs a statement that writes a file (DuckDB's COPY ... TO), or any other statement. */
    void execute(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(firstLine(e), e);
        }
    }

    /** For exports that stream their rows rather than hold them. */
    ResultSet stream(String sql) throws SQLException {
        Statement st = connection.createStatement();
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
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot close the store: " + firstLine(e), e);
        }
    }
}
