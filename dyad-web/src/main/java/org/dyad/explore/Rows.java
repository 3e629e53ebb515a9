package org.dyad.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.Table;

/** A query's rows as column-to-value maps, in column order: what the API writes as JSON objects. */
final class Rows {

    private Rows() {}

    static List<Map<String, Object>> of(Table table) {
        List<Map<String, Object>> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) m.put(table.columns().get(i), row.get(i));
            rows.add(m);
        }
        return rows;
    }

    static long count(Table table) {
        return ((Number) table.value()).longValue();
    }
}
