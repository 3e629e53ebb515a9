package org.dyad.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.dyad.actors.ActorCodes;

/**
 * Writes the stored events in the layouts analysts load elsewhere: GDELT 2.0's event table,
 * CSV, JSON lines, Parquet (which DuckDB and Spark read), and PLOVER/POLECAT-style JSON.
 * docs/store.md describes each.
 */
public final class Export {

    public enum Format { gdelt, csv, jsonl, parquet, plover }

    /** Every column of the events view, for the flat formats. */
    private static final String ALL = "SELECT * FROM events ORDER BY date, event_id";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore store;

    public Export(EventStore store) {
        this.store = store;
    }

    /** Writes to a file; Parquet can only be written to a file. */
    public void write(Format format, Path file) {
        try {
            switch (format) {
                case csv -> store.execute("COPY (" + ALL + ") TO " + literal(file) + " (FORMAT CSV, HEADER)");
                case jsonl -> store.execute("COPY (" + ALL + ") TO " + literal(file) + " (FORMAT JSON)");
                case parquet -> store.execute("COPY (" + ALL + ") TO " + literal(file) + " (FORMAT PARQUET)");
                case gdelt, plover -> {
                    try (Writer w = Files.newBufferedWriter(file)) {
                        write(format, w);
                    }
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new StoreException(file + ": cannot write: its folder does not exist", e);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Writes a text format to a stream such as standard output. */
    public void write(Format format, OutputStream out) {
        if (format == Format.parquet) throw new IllegalArgumentException("Parquet is binary: give an output file");
        try {
            if (format == Format.csv || format == Format.jsonl) {
                // DuckDB writes these formats itself, to a file; standard output gets a copy.
                Path tmp = Files.createTempFile("dyad-export", "." + format);
                try {
                    write(format, tmp);
                    Files.copy(tmp, out);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } else {
                PrintWriter w = new PrintWriter(out, false, java.nio.charset.StandardCharsets.UTF_8);
                write(format, w);
                w.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Format format, Writer out) throws IOException {
        if (format == Format.gdelt) gdelt(out);
        else plover(out);
    }

    private void gdelt(Writer out) throws IOException {
        GdeltLayout layout = new GdeltLayout();
        try (ResultSet rs = store.stream(GdeltLayout.QUERY)) {
            while (rs.next()) {
                Timestamp added = rs.getTimestamp("first_added");
                GdeltLayout.Event e = new GdeltLayout.Event(rs.getLong("event_id"), rs.getString("date"),
                        rs.getString("source_code"), rs.getString("source_name"), rs.getString("target_code"),
                        rs.getString("target_name"), rs.getString("cameo"), rs.getString("cameo_root"), rs.getInt("quad_class"),
                        rs.getDouble("goldstein"), rs.getLong("num_mentions"), rs.getLong("num_sources"), rs.getLong("num_articles"),
                        rs.getInt("first_sentence"), place(rs.getString("place")), added == null ? null : added.toLocalDateTime(),
                        rs.getString("first_url"));
                out.write(String.join("\t", layout.row(e)));
                out.write('\n');
            }
        } catch (SQLException e) {
            throw new StoreException(store.file() + ": cannot read events: " + EventStore.firstLine(e), e);
        }
    }

    /**
     * One PLOVER event record a line (the PLOVER specification's JSON field names; POLECAT
     * publishes the same fields). CAMEO 01 and 02 have PLOVER types here (data/ontology/cameo.tsv).
     */
    private void plover(Writer out) throws IOException {
        String sql = "SELECT e.*, m.evidence, m.sentence, m.start_offset, m.end_offset, a.url, a.title, a.source AS outlet "
                + "FROM events e JOIN mentions m USING (event_id) JOIN articles a USING (article_key) "
                + "QUALIFY row_number() OVER (PARTITION BY e.event_id ORDER BY a.published, a.seq) = 1 "
                + "ORDER BY e.date, e.event_id";
        String today = LocalDate.now().toString();
        try (ResultSet rs = store.stream(sql)) {
            while (rs.next()) {
                JsonGenerator g = JSON.createGenerator(out);
                g.writeStartObject();
                g.writeStringField("id", Long.toString(rs.getLong("event_id")));
                g.writeStringField("date", rs.getString("date"));
                actors(g, "source", rs.getString("source_code"), rs.getString("source_name"));
                actors(g, "recipient", rs.getString("target_code"), rs.getString("target_name"));
                g.writeArrayFieldStart("event");
                g.writeString(rs.getString("plover"));
                g.writeEndArray();
                if (rs.getString("plover_mode") != null && !rs.getString("plover_mode").isEmpty()) {
                    g.writeStringField("mode", rs.getString("plover_mode"));
                }
                g.writeNumberField("quad_code", rs.getInt("quad_class"));
                g.writeNumberField("event_scale", rs.getDouble("goldstein"));
                g.writeBooleanField("negated", rs.getBoolean("negated"));
                JsonNode place = place(rs.getString("place"));
                if (place != null) {
                    g.writeObjectFieldStart("event_loc");
                    copy(g, place, "geonameId", "geonameid");
                    copy(g, place, "name", "name");
                    copy(g, place, "lat", "latitude");
                    copy(g, place, "lon", "longitude");
                    copy(g, place, "country", "cc3");
                    copy(g, place, "admin1", "admin1 code");
                    g.writeEndObject();
                }
                g.writeArrayFieldStart("event_text");
                g.writeString(rs.getString("evidence"));
                g.writeEndArray();
                g.writeObjectFieldStart("text_info");
                g.writeNumberField("sequence", rs.getInt("sentence"));
                g.writeNumberField("start", rs.getInt("start_offset"));
                g.writeNumberField("end", rs.getInt("end_offset"));
                g.writeEndObject();
                g.writeObjectFieldStart("cite_info");
                g.writeStringField("url", rs.getString("url"));
                g.writeStringField("title", rs.getString("title"));
                g.writeStringField("publication", rs.getString("outlet"));
                g.writeEndObject();
                g.writeStringField("cameo", rs.getString("cameo"));
                g.writeNumberField("num_mentions", rs.getLong("num_mentions"));
                g.writeNumberField("num_sources", rs.getLong("num_sources"));
                g.writeNumberField("num_articles", rs.getLong("num_articles"));
                g.writeStringField("coder", "dyad");
                g.writeStringField("coded_date", today);
                g.writeEndObject();
                g.flush();
                out.write('\n');
            }
        } catch (SQLException e) {
            throw new StoreException(store.file() + ": cannot read events: " + EventStore.firstLine(e), e);
        }
    }

    /** PLOVER actors: a top-level code (a country, or IGO/NGO) and the sector blocks after it. */
    private static void actors(JsonGenerator g, String field, String code, String name) throws IOException {
        g.writeArrayFieldStart(field);
        if (code != null) {
            g.writeStartObject();
            g.writeStringField("code", code.substring(0, Math.min(3, code.length())));
            if (code.length() > 3) g.writeStringField("sector", code.substring(3));
            g.writeStringField("actor_text", name);
            if (ActorCodes.isTransnational(code)) g.writeStringField("type", code.substring(0, 3));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void copy(JsonGenerator g, JsonNode from, String name, String as) throws IOException {
        JsonNode v = from.get(name);
        if (v != null && !v.isNull()) {
            g.writeFieldName(as);
            g.writeTree(v);
        }
    }

    private static JsonNode place(String json) {
        if (json == null) return null;
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
