package org.dyad.explore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.store.EventStore;

/**
 * One stored event with every article that reports it: the evidence sentence, where it lies in
 * the article's text, the predicate and the pattern that coded it.
 */
public record EventDetail(Map<String, Object> event, List<Map<String, Object>> mentions) {

    private static final String MENTIONS = "SELECT m.article_key, a.id AS article_id, a.title, a.source AS outlet, a.url, "
            + "CAST(a.published AS VARCHAR) AS published, m.sentence, m.start_offset, m.end_offset, m.evidence, m.trigger, "
            + "m.pattern, m.date_text, m.source_text, m.target_text, m.speaker, m.confidence, m.sentences "
            + "FROM mentions m JOIN articles a USING (article_key) WHERE m.event_id = ? ORDER BY a.published, a.seq";

    /** The event, or empty when no stored event has this id. */
    public static Optional<EventDetail> find(EventStore store, long id) {
        var event = Rows.of(store.query("SELECT " + EventPage.COLUMNS + ", e.plover_mode, e.place AS location "
                + "FROM events e WHERE e.event_id = ?", List.of(id)));
        if (event.isEmpty()) return Optional.empty();
        return Optional.of(new EventDetail(event.get(0), Rows.of(store.query(MENTIONS, List.of(id)))));
    }
}
