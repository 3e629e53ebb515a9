package org.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * Lets through exactly one query (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, VALUES, FROM ...)
 * and nothing else, before it runs. DuckDB's own parser decides: it serializes SELECT
 * statements only, so anything else (INSERT, COPY, ATTACH, EXPORT, SET, PRAGMA, CALL, a
 * second statement) is refused without being executed.
 */
final class QueryCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryCheck() {}

    static void requireQuery(String sql, EventStore store) {
        Object serialized = store.query("SELECT json_serialize_sql(CAST(? AS VARCHAR))", List.of(sql)).value();
        JsonNode parsed;
        try {
            parsed = JSON.readTree(String.valueOf(serialized));
        } catch (IOException e) {
            throw new StoreException("cannot check the statement: " + e.getMessage(), e);
        }
        if (parsed.path("error").asBoolean()) {
            String why = parsed.path("error_message").asText();
            if (why.startsWith("Only SELECT")) {
                throw new StoreException("dyad sql runs queries only (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE): "
                        + "this statement would change something or reach outside the store, so it was not run");
            }
            throw new StoreException(why);
        }
        if (parsed.path("statements").size() != 1) {
            throw new StoreException("dyad sql runs one query at a time; this text holds " + parsed.path("statements").size());
        }
    }
}
