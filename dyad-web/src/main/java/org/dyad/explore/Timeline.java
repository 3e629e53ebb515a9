package org.dyad.explore;

import java.util.ArrayList;
import java.util.List;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;

/**
 * The events a filter selects, counted per day, week or month: how many of each QuadClass and
 * their summed Goldstein scores. Cooperation against conflict over time, for one dyad or one
 * actor. Negated events are left out (they did not happen); an event dated by its month
 * counts on the month's first day, as in GDELT's export.
 */
public record Timeline(Interval interval, List<Bucket> buckets) {

    /** The time unit; a week starts on Monday (ISO 8601). */
    public enum Interval { day, week, month }

    /**
     * @param period the first day of the period, YYYY-MM-DD
     */
    public record Bucket(String period, long events, long verbalCooperation, long materialCooperation,
                         long verbalConflict, long materialConflict, double goldstein) {

        public long cooperation() {
            return verbalCooperation + materialCooperation;
        }

        public long conflict() {
            return verbalConflict + materialConflict;
        }
    }

    public static Timeline read(EventStore store, EventQuery filter, Interval interval) {
        Filtered chosen = Filtered.by(filter);
        String sql = "WITH chosen AS (SELECT quad_class, goldstein, CAST(CASE length(date) WHEN 4 THEN date || '-01-01' "
                + "WHEN 7 THEN date || '-01' ELSE date END AS DATE) AS day FROM events "
                + "WHERE NOT negated AND event_id IN (" + chosen.sql() + ")) "
                + "SELECT CAST(CAST(date_trunc('" + interval.name() + "', day) AS DATE) AS VARCHAR) AS period, count(*), "
                + "count(*) FILTER (quad_class = 1), count(*) FILTER (quad_class = 2), count(*) FILTER (quad_class = 3), "
                + "count(*) FILTER (quad_class = 4), coalesce(sum(goldstein), 0) FROM chosen GROUP BY period ORDER BY period";
        List<Bucket> buckets = new ArrayList<>();
        for (List<Object> r : store.query(sql, chosen.parameters()).rows()) {
            buckets.add(new Bucket((String) r.get(0), n(r.get(1)), n(r.get(2)), n(r.get(3)), n(r.get(4)), n(r.get(5)),
                    ((Number) r.get(6)).doubleValue()));
        }
        return new Timeline(interval, List.copyOf(buckets));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
