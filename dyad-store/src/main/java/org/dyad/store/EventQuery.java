package org.dyad.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Filters over the stored events; null means "any". Actor and code filters match prefixes,
 * as analysts use them: actor "ISR" matches ISRGOV and ISRMIL, code "19" matches 190 and 193.
 *
 * @param actor  an actor code that is the source or the target
 * @param source the source actor of a dyad
 * @param target the target actor of a dyad
 * @param from   first event date, inclusive (YYYY-MM-DD)
 * @param to     last event date, inclusive
 * @param outlet the news source (publisher) of at least one reporting article, case-insensitive
 * @param text   words that the evidence sentence of at least one mention contains, case-insensitive
 *
 * <p>Every value matches literally: {@code %}, {@code _} and {@code \} are characters like any
 * other (the statement uses no LIKE patterns).
 */
public record EventQuery(String actor, String source, String target, String code, Integer quadClass,
                         String from, String to, String outlet, String text, int limit) {

    private static final String COLUMNS = "event_id, date, source_code, source_name, cameo, label, target_code, target_name, "
            + "quad_class, goldstein, place->>'name' AS place, num_mentions, num_sources, num_articles, first_url";

    /** The SELECT statement and its parameters. */
    public Statement statement() {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (actor != null) {
            where.add("(starts_with(source_code, ?) OR starts_with(coalesce(target_code, ''), ?))");
            params.add(actor);
            params.add(actor);
        }
        if (source != null) {
            where.add("starts_with(source_code, ?)");
            params.add(source);
        }
        if (target != null) {
            where.add("starts_with(coalesce(target_code, ''), ?)");
            params.add(target);
        }
        if (code != null) {
            where.add("starts_with(cameo, ?)");
            params.add(code);
        }
        if (quadClass != null) {
            where.add("quad_class = ?");
            params.add(quadClass);
        }
        // Event dates may be a day, a month or a year; a month is in range if it overlaps it.
        if (from != null) {
            where.add("date >= left(?, length(date))");
            params.add(from);
        }
        if (to != null) {
            where.add("date <= left(?, length(date))");
            params.add(to);
        }
        if (outlet != null) {
            where.add("EXISTS (SELECT 1 FROM mentions m JOIN articles a USING (article_key) "
                    + "WHERE m.event_id = events.event_id AND lower(a.source) = lower(?))");
            params.add(outlet);
        }
        if (text != null) {
            where.add("EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.event_id AND contains(lower(m.evidence), lower(?)))");
            params.add(text);
        }
        String sql = "SELECT " + COLUMNS + " FROM events"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY date, event_id" + (limit > 0 ? " LIMIT " + limit : "");
        return new Statement(sql, params);
    }

    public record Statement(String sql, List<Object> parameters) {}
}
