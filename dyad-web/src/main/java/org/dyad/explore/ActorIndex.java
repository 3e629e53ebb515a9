package org.dyad.explore;

import java.util.List;
import java.util.Map;
import org.dyad.store.EventStore;

/** The actors of the stored events: found by code prefix or by a part of their name. */
public final class ActorIndex {

    /** Every (code, name) an event has, as source or as target, with the events it takes part in. */
    private static final String ACTORS = "WITH sides AS ("
            + "SELECT source_code AS code, source_name AS name, event_id FROM coded_events "
            + "UNION ALL SELECT target_code, target_name, event_id FROM coded_events WHERE target_code IS NOT NULL) ";

    private final EventStore store;

    public ActorIndex(EventStore store) {
        this.store = store;
    }

    /**
     * Actors whose code starts with the query or whose name contains it (case-insensitive), most
     * active first; every actor when the query is empty.
     */
    public List<Map<String, Object>> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        return Rows.of(store.query(ACTORS + "SELECT code, mode(name) AS name, count(DISTINCT event_id) AS events FROM sides "
                + "WHERE starts_with(upper(code), upper(?)) OR contains(lower(name), lower(?)) "
                + "GROUP BY code ORDER BY events DESC, code LIMIT ?", List.of(q, q, limit)));
    }

    /** Whether any stored event has an actor whose code starts with this one, as filters match codes. */
    public boolean known(String code) {
        return Rows.count(store.query("SELECT count(*) FROM coded_events WHERE starts_with(source_code, ?) "
                + "OR starts_with(coalesce(target_code, ''), ?)", List.of(code, code))) > 0;
    }
}
