package org.dyad.explore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.store.EventStore;

/**
 * One stored event with every article that reports it: the evidence sentence, where it lies in
 * the article's text, the predicate and the pattern that coded it.
 */
public record EventDetail(Map<String, Object> event, List<Map<String, Object>> mentions) {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MENTIONS = "SELECT m.article_key, a.id AS article_id, a.title, a.source AS outlet, a.url, "
            + "CAST(a.published AS VARCHAR) AS published, m.sentence, m.start_offset, m.end_offset, m.evidence, m.trigger, "
            + "m.pattern, m.date_text, m.source_text, m.target_text, m.speaker, m.confidence, m.sentences "
            + "FROM mentions m JOIN articles a USING (article_key) WHERE m.event_id = ? ORDER BY a.published, a.seq";

    /** The stored place (docs/record.md, events[].location) as a JSON tree, or null. */
    private static JsonNode place(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds a place that is not JSON: " + json, e);
        }
    }

    /** The event, or empty when no stored event has this id. */
    public static Optional<EventDetail> find(EventStore store, long id) {
        var event = Rows.of(store.query("SELECT " + EventPage.COLUMNS + ", e.plover_mode, CAST(e.place AS VARCHAR) AS location "
                + "FROM events e WHERE e.event_id = ?", List.of(id)));
        if (event.isEmpty()) return Optional.empty();
        Map<String, Object> row = event.get(0);
        row.put("location", place((String) row.get("location")));
        return Optional.of(new EventDetail(row, Rows.of(store.query(MENTIONS, List.of(id)))));
    }
}
