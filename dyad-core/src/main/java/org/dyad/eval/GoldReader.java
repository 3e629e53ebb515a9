package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.datafile.DataFileException;

/** Reads a gold file: JSONL, one {@link GoldItem} a line. Problems name the file and line. */
public final class GoldReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {}

    /** Gold items to code: each needs its text and publication date. */
    public static List<GoldItem> read(Path file) {
        return read(file, true);
    }

    /** Codings of items given elsewhere (a coder's pass, for agreement): id and events are enough. */
    public static List<GoldItem> readCodings(Path file) {
        return read(file, false);
    }

    private static List<GoldItem> read(Path file, boolean withText) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFileException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        List<GoldItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            items.add(item(file.toString(), i + 1, line, withText));
        }
        return items;
    }

    private static GoldItem item(String origin, int line, String json, boolean withText) {
        try {
            JsonNode n = JSON.readTree(json);
            List<GoldItem.GoldEvent> events = new ArrayList<>();
            for (JsonNode e : n.path("events")) {
                String code = required(origin, line, e, "code");
                events.add(new GoldItem.GoldEvent(required(origin, line, e, "source"), text(e, "target"), code, text(e, "date"), text(e, "evidence")));
            }
            List<GoldItem.GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : n.path("quotes")) {
                quotes.add(new GoldItem.GoldQuote(required(origin, line, q, "text"), text(q, "speaker")));
            }
            String text = withText ? required(origin, line, n, "text") : text(n, "text");
            String published = withText ? required(origin, line, n, "published") : text(n, "published");
            return new GoldItem(required(origin, line, n, "id"), text, published == null ? null : LocalDate.parse(published),
                    events, quotes, text(n, "note"));
        } catch (JsonProcessingException e) {
            throw new DataFileException(origin, line, "malformed JSON: " + e.getOriginalMessage());
        } catch (DateTimeParseException e) {
            throw new DataFileException(origin, line, "\"published\" is not a YYYY-MM-DD date");
        }
    }

    private static String required(String origin, int line, JsonNode n, String field) {
        String v = text(n, field);
        if (v == null || v.isBlank()) throw new DataFileException(origin, line, "missing \"" + field + "\"");
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
