package org.dyad.spark;

import java.io.Serializable;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.store.ArticleRows;
import org.dyad.store.InputError;

/**
 * What coding one article gave, on its way from an executor to the tables: the store's rows for
 * it ({@link ArticleRows}), or the error that replaces them.
 *
 * @param published the article's date, by which its rows are partitioned
 * @param failure   why coding failed; null when it did not
 */
record CodedRows(long seq, Date published, List<Object> article, List<List<Object>> events, List<List<Object>> mentions,
                 List<List<Object>> quotes, List<List<Object>> actors, InputErrorRow failure) implements Serializable {

    /** An {@link InputError} that can travel. */
    record InputErrorRow(String file, int line, String reason) implements Serializable {
        static InputErrorRow of(InputError e) {
            return new InputErrorRow(e.file(), e.line(), e.reason());
        }
    }

    static CodedRows of(long seq, ArticleRows rows, java.time.LocalDate published) {
        return new CodedRows(seq, Date.valueOf(published), new ArrayList<>(rows.article()), copy(rows.events()), copy(rows.mentions()),
                copy(rows.quotes()), copy(rows.actors()), null);
    }

    static CodedRows failed(long seq, InputError error) {
        return new CodedRows(seq, null, null, List.of(), List.of(), List.of(), List.of(), InputErrorRow.of(error));
    }

    boolean coded() {
        return failure == null;
    }

    Tally tally() {
        return coded() ? new Tally(1, 0, events.size(), mentions.size(), quotes.size(), actors.size()) : new Tally(0, 1, 0, 0, 0, 0);
    }

    /** What a chunk's articles gave: how many were coded and how many failed, and their rows. */
    record Tally(long added, long failed, long events, long mentions, long quotes, long actors) implements Serializable {

        static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(added + o.added, failed + o.failed, events + o.events, mentions + o.mentions, quotes + o.quotes, actors + o.actors);
        }

        /** The tables these rows go to: a table with none is not written, which saves a Spark job. */
        Set<String> tables() {
            Set<String> tables = new HashSet<>();
            if (added > 0) tables.add("articles");
            if (events > 0) tables.addAll(List.of("coded_events", "mentions"));
            if (quotes > 0) tables.add("quotes");
            if (actors > 0) tables.add("actors");
            if (failed > 0) tables.add("errors");
            return tables;
        }
    }

    /** Lists that serialize whatever the store built them with. */
    private static List<List<Object>> copy(List<List<Object>> rows) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (List<Object> r : rows) out.add(new ArrayList<>(r));
        return out;
    }
}
