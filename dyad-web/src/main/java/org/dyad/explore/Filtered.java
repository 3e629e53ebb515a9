package org.dyad.explore;

import java.util.ArrayList;
import java.util.List;
import org.dyad.store.EventQuery;

/**
 * The events a filter selects, as a SQL fragment for other queries to join: the ids that
 * {@link EventQuery} chooses, without its order or limit. Only {@code event_id} is taken from
 * its columns, so the two can change apart.
 */
record Filtered(String sql, List<Object> parameters) {

    static Filtered by(EventQuery filter) {
        EventQuery all = new EventQuery(filter.actor(), filter.source(), filter.target(), filter.code(), filter.quadClass(),
                filter.from(), filter.to(), filter.outlet(), filter.text(), 0);
        EventQuery.Statement s = all.statement();
        return new Filtered("SELECT event_id FROM (" + s.sql() + ")", s.parameters());
    }

    /** This fragment's parameters, then the given ones. */
    List<Object> then(Object... more) {
        List<Object> p = new ArrayList<>(parameters);
        p.addAll(List.of(more));
        return p;
    }
}
