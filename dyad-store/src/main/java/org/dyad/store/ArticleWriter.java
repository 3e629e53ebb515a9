package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.attribution.Quote;
import org.dyad.coding.Event;
import org.dyad.coding.Participant;
import org.dyad.record.DyadRecord;
import org.dyad.record.RecordJson;

/** Writes coded articles' rows inside the caller's transaction. */
final class ArticleWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final Timestamp now;

    ArticleWriter(Connection connection, Timestamp now) {
        this.connection = connection;
        this.now = now;
    }

    int write(List<CodedArticle> articles) throws SQLException {
        int added = 0;
        long seq = lastSeq();
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM articles WHERE article_key = ?");
             PreparedStatement article = connection.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement event = connection.prepareStatement(
                     "INSERT INTO coded_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement mention = connection.prepareStatement(
                     "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement quote = connection.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement actor = connection.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CodedArticle coded : articles) {
                String key = coded.key();
                exists.setString(1, key);
                try (var rs = exists.executeQuery()) {
                    if (rs.next()) continue;
                }
                insertArticle(article, key, ++seq, coded);
                DyadRecord record = coded.record();
                for (Event e : record.events()) {
                    long id = EventIdentity.of(e);
                    insertEvent(event, id, e);
                    insertMention(mention, id, key, e);
                }
                int n = 0;
                for (Quote q : record.quotes()) insertQuote(quote, key, ++n, q);
                n = 0;
                for (DyadRecord.MentionInfo m : record.mentions()) insertActor(actor, key, ++n, m);
                added++;
            }
            for (PreparedStatement ps : List.of(event, mention, quote, actor)) ps.executeBatch();
        }
        return added;
    }

    private long lastSeq() throws SQLException {
        try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void insertArticle(PreparedStatement ps, String key, long seq, CodedArticle coded) throws SQLException {
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
        ps.setTimestamp(13, now);
        ps.executeUpdate();
    }

    private static void insertEvent(PreparedStatement ps, long id, Event e) throws SQLException {
        Participant s = e.source();
        Participant t = e.target();
        ps.setLong(1, id);
        ps.setString(2, e.date());
        ps.setString(3, s.code());
        ps.setString(4, s.name());
        ps.setString(5, s.country());
        ps.setString(6, t == null ? null : t.code());
        ps.setString(7, t == null ? null : t.name());
        ps.setString(8, t == null ? null : t.country());
        ps.setString(9, e.cameo());
        ps.setString(10, e.cameoRoot());
        ps.setString(11, e.label());
        ps.setString(12, e.plover());
        ps.setString(13, e.ploverMode());
        ps.setInt(14, e.quadClass());
        ps.setDouble(15, e.goldstein());
        ps.setBoolean(16, e.negated());
        if (e.location() == null) ps.setNull(17, Types.VARCHAR);
        else ps.setString(17, json(e.location()));
        ps.addBatch();
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

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record value always serializes", e);
        }
    }
}
