package org.dyad.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.article.Article;
import org.dyad.attribution.Quote;
import org.dyad.coding.Event;
import org.dyad.record.DyadRecord;
import org.dyad.record.Provenance;
import org.dyad.record.RecordJson;

/** Writes coded articles' rows inside the caller's transaction. */
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
                boolean newest;
                stored.setString(1, key);
                try (var rs = stored.executeQuery()) {
                    if (!rs.next()) {
                        at = ++seq;
                        newest = true;
                        insertArticle(article, key, at, coded, now);
                    } else if (coded.provenance().equals(new Provenance(rs.getString(3), rs.getString(4)))) {
                        continue;
                    } else {
                        // Coded anew: it keeps its place in the order of articles and when it was first stored.
                        at = rs.getLong(1);
                        newest = false;
                        dropped.addAll(clear(key));
                        insertArticle(article, key, at, coded, rs.getTimestamp(2));
                    }
                }
                DyadRecord record = coded.record();
                for (Event e : record.events()) {
                    long id = EventIdentity.of(e);
                    events.write(id, e, at, newest);
                    insertMention(mention, id, key, e);
                }
                int n = 0;
                for (Quote q : record.quotes()) insertQuote(quote, key, ++n, q);
                n = 0;
                for (DyadRecord.MentionInfo m : record.mentions()) insertActor(actor, key, ++n, m);
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

    private static void insertArticle(PreparedStatement ps, String key, long seq, CodedArticle coded, Timestamp stored) throws SQLException {
        Article a = coded.article();
        ps.setString(1, key);
        ps.setLong(2, seq);
        ps.setString(3, a.id());
        ps.setDate(4, Date.valueOf(a.published()));
        ps.setString(5, coded.record().article().publishedFrom());
        ps.setString(6, a.source());
        ps.setString(7, a.url());
        ps.setString(8, a.title());
        ps.setString(9, coded.origin());
        ps.setString(10, a.text());
        ps.setInt(11, coded.record().events().size());
        ps.setString(12, RecordJson.line(coded.record()));
        ps.setTimestamp(13, stored);
        ps.setString(14, coded.provenance().version());
        ps.setString(15, coded.provenance().digest());
        ps.executeUpdate();
    }

    private static void insertMention(PreparedStatement ps, long id, String key, Event e) throws SQLException {
        var ev = e.evidence();
        ps.setLong(1, id);
        ps.setString(2, key);
        ps.setString(3, e.id());
        ps.setInt(4, ev.sentence());
        ps.setInt(5, ev.start());
        ps.setInt(6, ev.end());
        ps.setString(7, ev.text());
        ps.setString(8, ev.trigger());
        ps.setString(9, ev.pattern());
        ps.setString(10, e.dateText());
        ps.setString(11, e.source().text());
        ps.setString(12, e.target() == null ? null : e.target().text());
        ps.setString(13, e.attribution() == null || e.attribution().speaker() == null ? null : e.attribution().speaker().name());
        ps.setDouble(14, e.confidence());
        ps.setInt(15, e.mentions());
        ps.addBatch();
    }

    private static void insertQuote(PreparedStatement ps, String key, int n, Quote q) throws SQLException {
        ps.setString(1, key);
        ps.setInt(2, n);
        ps.setString(3, q.text());
        ps.setString(4, q.speaker() == null ? null : q.speaker().name());
        ps.setString(5, q.speaker() == null ? null : q.speaker().code());
        ps.setString(6, q.verb());
        ps.setInt(7, q.sentence());
        ps.setInt(8, q.start());
        ps.setInt(9, q.end());
        ps.addBatch();
    }

    private static void insertActor(PreparedStatement ps, String key, int n, DyadRecord.MentionInfo m) throws SQLException {
        ps.setString(1, key);
        ps.setInt(2, n);
        ps.setString(3, m.text());
        ps.setString(4, m.code());
        ps.setString(5, m.name());
        ps.setString(6, m.country());
        ps.setString(7, m.role());
        ps.setString(8, m.type());
        ps.setInt(9, m.sentence());
        ps.setInt(10, m.start());
        ps.setInt(11, m.end());
        ps.addBatch();
    }
}
