package org.dyad.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The rows a query returned, with its column names; values are Java objects or null. */
public record Table(List<String> columns, List<List<Object>> rows) {

    static Table of(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) columns.add(meta.getColumnLabel(i));
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) row.add(rs.getObject(i));
            rows.add(row);
        }
        return new Table(List.copyOf(columns), rows);
    }

    /** The single value of a one-row, one-column result, such as a count. */
    public Object value() {
        return rows.get(0).get(0);
    }

    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no column " + name + " in " + columns);
        return i;
    }
}
