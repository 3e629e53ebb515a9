package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the store's tables and of its events view, in order, with their DuckDB types,
 * read from schema.sql itself: whatever writes the same tables elsewhere (the Spark job's
 * Parquet) follows the store's schema rather than a copy of it.
 */
public final class StoreColumns {

    /** @param type DuckDB's name for it: VARCHAR, BIGINT, INTEGER, DOUBLE, BOOLEAN, DATE, TIMESTAMP, JSON */
    public record Column(String name, String type) {}

    private static Map<String, List<Column>> tables;

    private StoreColumns() {}

    /** Every table and view of the store, by name. */
    public static synchronized Map<String, List<Column>> tables() {
        if (tables == null) tables = read();
        return tables;
    }

    public static List<Column> of(String table) {
        List<Column> columns = tables().get(table);
        if (columns == null) throw new IllegalArgumentException("the store has no table " + table);
        return columns;
    }

    private static Map<String, List<Column>> read() {
        try (Connection c = DuckDbDriver.inMemory(); Statement st = c.createStatement()) {
            for (String sql : StoreSchema.statements()) st.execute(sql);
            Map<String, List<Column>> all = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name, column_name, data_type FROM information_schema.columns "
                    + "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position")) {
                while (rs.next()) all.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(new Column(rs.getString(2), rs.getString(3)));
            }
            return Map.copyOf(all);
        } catch (SQLException e) {
            throw new StoreException("cannot read the store's schema: " + EventStore.firstLine(e), e);
        }
    }
}
