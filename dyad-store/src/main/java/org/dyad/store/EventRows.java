package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Rows of {@code coded_events}, inside the caller's transaction. An event's names come from
 * the first stored article that reports it (the lowest {@code seq}), whatever order articles
 * are coded or recoded in: so a store recoded with a new configuration holds the rows a fresh
 * ingest with it gives.
 */
final class EventRows implements AutoCloseable {

    private static final String VALUES = "INSERT INTO coded_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ";

    private final PreparedStatement insert;
    private final PreparedStatement upsert;
    private final PreparedStatement earlier;
    private final PreparedStatement dropUnreported;

    EventRows(Connection c) throws SQLException {
        insert = c.prepareStatement(VALUES + "ON CONFLICT DO NOTHING");
        upsert = c.prepareStatement(VALUES + "ON CONFLICT (event_id) DO UPDATE SET date = excluded.date, "
                + "source_code = excluded.source_code, source_name = excluded.source_name, source_country = excluded.source_country, "
                + "target_code = excluded.target_code, target_name = excluded.target_name, target_country = excluded.target_country, "
                + "cameo = excluded.cameo, cameo_root = excluded.cameo_root, label = excluded.label, plover = excluded.plover, "
                + "plover_mode = excluded.plover_mode, quad_class = excluded.quad_class, goldstein = excluded.goldstein, "
                + "negated = excluded.negated, place = excluded.place");
        earlier = c.prepareStatement("SELECT 1 FROM mentions m JOIN articles a USING (article_key) WHERE m.event_id = ? AND a.seq < ? LIMIT 1");
        dropUnreported = c.prepareStatement("DELETE FROM coded_events WHERE event_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM mentions WHERE mentions.event_id = ?)");
    }

    /**
     * Writes an event's row ({@link ArticleRows#events()}) as reported by the article stored at {@code seq}.
     *
     * @param newest true when no stored article comes after this one (a new article): an
     *               existing row then always came from an earlier article
     */
    void write(List<Object> row, long seq, boolean newest) throws SQLException {
        if (newest) {
            ArticleRows.bind(insert, row);
            insert.addBatch();
            return;
        }
        insert.executeBatch();
        earlier.setLong(1, (Long) row.get(0));
        earlier.setLong(2, seq);
        try (var rs = earlier.executeQuery()) {
            if (rs.next()) return;
        }
        ArticleRows.bind(upsert, row);
        upsert.executeUpdate();
    }

    /** Deletes the events, among these, that no article reports any more. */
    void dropUnreported(Set<Long> ids) throws SQLException {
        insert.executeBatch();
        for (long id : ids) {
            dropUnreported.setLong(1, id);
            dropUnreported.setLong(2, id);
            dropUnreported.addBatch();
        }
        dropUnreported.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : new PreparedStatement[] {insert, upsert, earlier, dropUnreported}) ps.close();
    }
}
