package org.dyad.explore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;

/**
 * Who acts on whom among the events a filter selects: the most active actors, and between
 * them directed edges weighted by events, with cooperation (QuadClass 1-2) and conflict (3-4)
 * counted apart. Events without a target, negated events and an actor acting on itself are
 * left out.
 */
public record ActorNetwork(List<Node> nodes, List<Edge> edges) {

    /** An actor, with the events of the selection it takes part in (as source or target). */
    public record Node(String code, String name, long events) {}

    /** What the source did to the target: how many cooperative and conflictual events, and their summed Goldstein. */
    public record Edge(String source, String target, long cooperation, long conflict, double goldstein) {

        public long events() {
            return cooperation + conflict;
        }
    }

    /**
     * @param top how many actors to keep, the most active ones
     */
    public static ActorNetwork read(EventStore store, EventQuery filter, int top) {
        Filtered chosen = Filtered.by(filter);
        String edges = "WITH chosen AS (SELECT source_code, source_name, target_code, target_name, quad_class, goldstein "
                + "FROM events WHERE NOT negated AND target_code IS NOT NULL AND source_code <> target_code "
                + "AND event_id IN (" + chosen.sql() + ")) ";
        String nodeSql = edges + ", sides AS (SELECT source_code AS code, source_name AS name FROM chosen "
                + "UNION ALL SELECT target_code, target_name FROM chosen) "
                + "SELECT code, mode(name), count(*) AS events FROM sides GROUP BY code ORDER BY events DESC, code LIMIT ?";
        List<Node> nodes = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (List<Object> r : store.query(nodeSql, chosen.then(top)).rows()) {
            nodes.add(new Node((String) r.get(0), (String) r.get(1), ((Number) r.get(2)).longValue()));
            kept.add((String) r.get(0));
        }
        String edgeSql = edges + "SELECT source_code, target_code, count(*) FILTER (quad_class <= 2), count(*) FILTER (quad_class >= 3), "
                + "sum(goldstein) FROM chosen GROUP BY source_code, target_code ORDER BY source_code, target_code";
        List<Edge> links = new ArrayList<>();
        for (List<Object> r : store.query(edgeSql, chosen.parameters()).rows()) {
            if (!kept.contains((String) r.get(0)) || !kept.contains((String) r.get(1))) continue;
            links.add(new Edge((String) r.get(0), (String) r.get(1), ((Number) r.get(2)).longValue(),
                    ((Number) r.get(3)).longValue(), ((Number) r.get(4)).doubleValue()));
        }
        return new ActorNetwork(List.copyOf(nodes), List.copyOf(links));
    }
}
