package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dictionary upkeep: the names found most often in a store without a code, with how often, when,
 * and an example of their use, so that a user can code them and pass the file back.
 */
public final class UnknownNames {

    /** One uncoded name: its mentions and articles, first and last publication dates, and an example sentence. */
    public record Name(String name, long mentions, long articles, LocalDate first, LocalDate last, String example) {}

    private static final String COUNTS = """
            SELECT ac.text AS name, count(*) AS mentions, count(DISTINCT ac.article_key) AS articles,
                   min(a.published) AS first, max(a.published) AS last
            FROM actors ac JOIN articles a USING (article_key)
            WHERE ac.code IS NULL AND ac.type IN ('name', 'person', 'organization')
            GROUP BY ac.text
            ORDER BY mentions DESC, articles DESC, name
            LIMIT ?""";

    private static final String EXAMPLE = """
            SELECT a.text, ac.start_offset, ac.end_offset
            FROM actors ac JOIN articles a USING (article_key)
            WHERE ac.code IS NULL AND ac.text = ?
            ORDER BY a.published, a.seq, ac.start_offset
            LIMIT 1""";

    private UnknownNames() {}

    public static List<Name> top(EventStore store, int n) {
        List<Name> out = new ArrayList<>();
        for (List<Object> row : store.query(COUNTS, List.of(n)).rows()) {
            String name = (String) row.get(0);
            List<Object> ex = store.query(EXAMPLE, List.of(name)).rows().get(0);
            out.add(new Name(name, ((Number) row.get(1)).longValue(), ((Number) row.get(2)).longValue(), date(row.get(3)), date(row.get(4)),
                    sentence((String) ex.get(0), ((Number) ex.get(1)).intValue(), ((Number) ex.get(2)).intValue())));
        }
        return out;
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }

    /** The sentence around a mention: from the end of the previous sentence to the end of its own, on one line. */
    static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && !(isStop(text.charAt(from - 1)) && Character.isWhitespace(text.charAt(from)))) from--;
        int to = end;
        while (to < text.length() && !isStop(text.charAt(to))) to++;
        return text.substring(from, Math.min(text.length(), to + 1)).replaceAll("\\s+", " ").trim();
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }
}
