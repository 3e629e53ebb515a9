package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.article.Article;
import org.dyad.attribution.Quote;
import org.dyad.coding.Event;
import org.dyad.coding.Participant;
import org.dyad.record.DyadRecord;
import org.dyad.record.Provenance;
import org.dyad.record.RecordJson;

/**
 * The rows one coded article adds to the store's tables, each a list of values in its table's
 * column order (schema.sql): Strings, Longs, Integers, Doubles, Booleans, a {@link Date} and a
 * {@link Timestamp}, JSON as text, null for SQL NULL. The store binds them to its INSERTs and
 * the Spark job writes them to Parquet, so both hold the same rows. A skipped article's one row
 * ({@link #skipped}) is made here for the same reason.
 *
 * @param events one row per distinct event of the record, headed by its {@link EventIdentity event_id};
 *               across articles, the store keeps the first stored row of each id
 */
public record ArticleRows(List<Object> article, List<List<Object>> events, List<List<Object>> mentions,
                          List<List<Object>> quotes, List<List<Object>> actors) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param seq        the article's place in the order articles were stored
     * @param ingestedAt when it was first stored
     */
    public static ArticleRows of(CodedArticle coded, long seq, Timestamp ingestedAt) {
        String key = coded.key();
        DyadRecord record = coded.record();
        List<List<Object>> events = new ArrayList<>();
        List<List<Object>> mentions = new ArrayList<>();
        Set<Long> reported = new HashSet<>();
        for (Event e : record.events()) {
            long id = EventIdentity.of(e);
            // An article reports an event once: a second event of the record with the same identity adds no row.
            if (!reported.add(id)) continue;
            events.add(event(id, e));
            mentions.add(mention(id, key, e));
        }
        List<List<Object>> quotes = new ArrayList<>();
        for (Quote q : record.quotes()) quotes.add(quote(key, quotes.size() + 1, q));
        List<List<Object>> actors = new ArrayList<>();
        for (DyadRecord.MentionInfo m : record.mentions()) actors.add(actor(key, actors.size() + 1, m));
        return new ArticleRows(article(key, seq, coded, ingestedAt), events, mentions, quotes, actors);
    }

    private static List<Object> article(String key, long seq, CodedArticle coded, Timestamp ingestedAt) {
        Article a = coded.article();
        DyadRecord record = coded.record();
        Provenance p = coded.provenance();
        return values(key, seq, a.id(), Date.valueOf(a.published()), record.article().publishedFrom(), a.source(), a.url(),
                a.title(), coded.origin(), a.text(), record.events().size(), RecordJson.line(record), ingestedAt, p.version(), p.digest());
    }

    /** The row of the {@code skipped} table for an article not coded for its language. */
    public static List<Object> skipped(SkippedArticle s, Timestamp firstSeen) {
        InputError where = InputError.of(s.origin(), s.reason());
        return values(ArticleKey.of(s.article()), s.article().id(), where.file(), where.line(), s.language(), s.reason(), firstSeen);
    }

    private static List<Object> event(long id, Event e) {
        Participant s = e.source();
        Participant t = e.target();
        return values(id, e.date(), s.code(), s.name(), s.country(), t == null ? null : t.code(), t == null ? null : t.name(),
                t == null ? null : t.country(), e.cameo(), e.cameoRoot(), e.label(), e.plover(), e.ploverMode(), e.quadClass(),
                e.goldstein(), e.negated(), e.location() == null ? null : json(e.location()));
    }

    private static List<Object> mention(long id, String key, Event e) {
        var ev = e.evidence();
        String speaker = e.attribution() == null || e.attribution().speaker() == null ? null : e.attribution().speaker().name();
        return values(id, key, e.id(), ev.sentence(), ev.start(), ev.end(), ev.text(), ev.trigger(), ev.pattern(), e.dateText(),
                e.source().text(), e.target() == null ? null : e.target().text(), speaker, e.confidence(), e.mentions());
    }

    private static List<Object> quote(String key, int n, Quote q) {
        return values(key, n, q.text(), q.speaker() == null ? null : q.speaker().name(), q.speaker() == null ? null : q.speaker().code(),
                q.verb(), q.sentence(), q.start(), q.end());
    }

    private static List<Object> actor(String key, int n, DyadRecord.MentionInfo m) {
        return values(key, n, m.text(), m.code(), m.name(), m.country(), m.role(), m.type(), m.sentence(), m.start(), m.end());
    }

    /** Binds a row's values to a statement's parameters, in order. */
    static void bind(PreparedStatement ps, List<Object> row) throws SQLException {
        for (int i = 0; i < row.size(); i++) ps.setObject(i + 1, row.get(i));
    }

    /** A row that may hold nulls (List.of may not). */
    private static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record value always serializes", e);
        }
    }
}
