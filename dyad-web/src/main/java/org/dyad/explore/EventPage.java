package org.dyad.explore;

import java.util.List;
import java.util.Map;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;

/**
 * One page of the events a filter selects, in a chosen order, with the number of all of them.
 * Event ids are written as strings: they are 63-bit, more than a JavaScript number holds.
 *
 * @param offset how many events of the order to skip
 * @param limit  at most this many on the page
 */
public record EventPage(EventQuery filter, Sort sort, boolean descending, int offset, int limit) {

    /** The orders a page can have; each names its column, so no user text reaches the SQL. */
    public enum Sort {
        date("e.date"), goldstein("e.goldstein"), mentions("e.num_mentions"), sources("e.num_sources"),
        articles("e.num_articles"), code("e.cameo"), source("e.source_code"), target("e.target_code");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    /** The columns of an event in a page; docs/api.md and the OpenAPI document describe them. */
    static final String COLUMNS = "CAST(e.event_id AS VARCHAR) AS id, e.date, e.source_code, e.source_name, e.target_code, "
            + "e.target_name, e.cameo, e.cameo_root, e.label, e.plover, e.quad_class, e.goldstein, e.negated, "
            + "e.place->>'name' AS place, e.num_mentions, e.num_sources, e.num_articles, e.first_url";

    public record Result(long total, int offset, int limit, List<Map<String, Object>> events) {}

    public Result read(EventStore store) {
        Filtered chosen = Filtered.by(filter);
        String where = " FROM events e WHERE e.event_id IN (" + chosen.sql() + ")";
        long total = Rows.count(store.query("SELECT count(*)" + where, chosen.parameters()));
        String order = sort.column + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", e.event_id";
        var rows = store.query("SELECT " + COLUMNS + where + " ORDER BY " + order + " LIMIT ? OFFSET ?",
                chosen.then(limit, offset));
        return new Result(total, offset, limit, Rows.of(rows));
    }
}
