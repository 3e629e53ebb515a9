package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's tables (resource dyad-store/schema.sql) and its format version. Version 2 added
 * what coded each article ({@code articles.dyad_version}, {@code articles.coding}) and the
 * {@code skipped} table; a version 1 store is upgraded in place when opened for writing, and
 * read as it is.
 */
final class StoreSchema {

    static final int VERSION = 2;

    private StoreSchema() {}

    /**
     * Creates the tables that do not exist and upgrades an older store, in one transaction.
     *
     * @return the version upgraded from, or 0
     */
    static int create(Path file, Connection c) {
        try (Statement st = c.createStatement()) {
            int before = tableExists(st, "dyad_store") ? version(st) : VERSION;
            if (before > VERSION) throw newer(file, before);
            c.setAutoCommit(false);
            for (String sql : statements()) st.execute(sql);
            if (before == 1) {
                st.execute("ALTER TABLE articles ADD COLUMN dyad_version VARCHAR");
                st.execute("ALTER TABLE articles ADD COLUMN coding VARCHAR");
                st.execute("UPDATE dyad_store SET version = " + VERSION);
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM dyad_store")) {
                rs.next();
                if (rs.getInt(1) == 0) st.execute("INSERT INTO dyad_store VALUES (" + VERSION + ")");
            }
            c.commit();
            c.setAutoCommit(true);
            return before == VERSION ? 0 : before;
        } catch (SQLException e) {
            throw new StoreException(file + ": not a Dyad store, or it cannot be written (" + EventStore.firstLine(e) + ")", e);
        }
    }

    /** Readers take this version and version 1, which lacks only what version 2 added. */
    static void checkReadable(Path file, Connection c) {
        try (Statement st = c.createStatement()) {
            int version = version(st);
            if (version > VERSION) throw newer(file, version);
        } catch (SQLException e) {
            throw new StoreException(file + ": not a Dyad store (" + EventStore.firstLine(e) + ")", e);
        }
    }

    private static StoreException newer(Path file, int version) {
        return new StoreException(file + ": store version " + version + " was written by a newer Dyad; this one reads versions 1 to " + VERSION);
    }

    private static boolean tableExists(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE table_name = '" + table + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static int version(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT max(version) FROM dyad_store")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The statements of schema.sql, which create what does not exist yet. */
    static String[] statements() {
        try (InputStream in = StoreSchema.class.getResourceAsStream("/dyad-store/schema.sql")) {
            String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return java.util.Arrays.stream(ddl.split(";\\s*\n"))
                    .map(s -> s.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip())
                    .filter(s -> !s.isEmpty()).toArray(String[]::new);
        } catch (IOException e) {
            throw new IllegalStateException("dyad-store/schema.sql missing from the build", e);
        }
    }
}
