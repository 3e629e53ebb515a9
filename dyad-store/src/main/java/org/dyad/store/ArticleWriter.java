package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.record.Provenance;

/** Writes coded articles' rows ({@link ArticleRows}) inside the caller's transaction. */
final class ArticleWriter {

    private final Connection connection;
    private final Timestamp now;

    ArticleWriter(Connection connection, Timestamp now) {
        this.connection = connection;
        this.now = now;
    }

    /**
     * Writes each article that is not stored, or stored with another provenance (whose rows it
     * replaces, keeping its place in the order of articles).
     *
     * @return how many articles were written
     */
    int write(List<CodedArticle> articles) throws SQLException {
        int written = 0;
        long seq = lastSeq();
        Set<Long> dropped = new HashSet<>();
        try (PreparedStatement stored = connection.prepareStatement(
                     "SELECT seq, ingested_at, dyad_version, coding FROM articles WHERE article_key = ?");
             PreparedStatement article = connection.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mention = connection.prepareStatement(
                     "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement quote = connection.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement actor = connection.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             EventRows events = new EventRows(connection)) {
            for (CodedArticle coded : articles) {
                String key = coded.key();
                long at;
                Timestamp firstStored;
                boolean newest;
                stored.setString(1, key);
                try (var rs = stored.executeQuery()) {
                    if (!rs.next()) {
                        at = ++seq;
                        firstStored = now;
                        newest = true;
                    } else if (coded.provenance().equals(new Provenance(rs.getString(3), rs.getString(4)))) {
                        continue;
                    } else {
                        // Coded anew: it keeps its place in the order of articles and when it was first stored.
                        at = rs.getLong(1);
                        firstStored = rs.getTimestamp(2);
                        newest = false;
                        dropped.addAll(clear(key));
                    }
                }
                ArticleRows rows = ArticleRows.of(coded, at, firstStored);
                ArticleRows.bind(article, rows.article());
                article.executeUpdate();
                for (List<Object> event : rows.events()) events.write(event, at, newest);
                batch(mention, rows.mentions());
                batch(quote, rows.quotes());
                batch(actor, rows.actors());
                written++;
                // Once an article is replaced, which article first reports an event is read from mentions: keep them current.
                if (!newest) mention.executeBatch();
            }
            for (PreparedStatement ps : List.of(mention, quote, actor)) ps.executeBatch();
            events.dropUnreported(dropped);
        }
        return written;
    }

    /** Deletes a stored article with its mentions, quotes and actors; returns the events it reported. */
    private Set<Long> clear(String key) throws SQLException {
        Set<Long> reported = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT event_id FROM mentions WHERE article_key = ?")) {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) reported.add(rs.getLong(1));
            }
        }
        for (String table : List.of("articles", "mentions", "quotes", "actors")) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table + " WHERE article_key = ?")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
        }
        return reported;
    }

    private long lastSeq() throws SQLException {
        try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void batch(PreparedStatement ps, List<List<Object>> rows) throws SQLException {
        for (List<Object> row : rows) {
            ArticleRows.bind(ps, row);
            ps.addBatch();
        }
    }
}
