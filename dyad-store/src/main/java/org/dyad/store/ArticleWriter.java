package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** Writes coded articles' rows ({@link ArticleRows}) inside the caller's transaction. */
final class ArticleWriter {

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
                exists.setString(1, coded.key());
                try (var rs = exists.executeQuery()) {
                    if (rs.next()) continue;
                }
                ArticleRows rows = ArticleRows.of(coded, ++seq, now);
                bind(article, rows.article());
                article.executeUpdate();
                batch(event, rows.events());
                batch(mention, rows.mentions());
                batch(quote, rows.quotes());
                batch(actor, rows.actors());
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

    private static void batch(PreparedStatement ps, List<List<Object>> rows) throws SQLException {
        for (List<Object> row : rows) {
            bind(ps, row);
            ps.addBatch();
        }
    }

    private static void bind(PreparedStatement ps, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) ps.setObject(i + 1, values.get(i));
    }
}
