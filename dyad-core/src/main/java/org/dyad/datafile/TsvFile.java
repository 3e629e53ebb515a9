package org.dyad.datafile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A data file in Dyad's TSV convention (see data/CONVENTIONS.md): '#' comments, blank lines
 * ignored, the first other line is the header. Rows keep their line numbers so every
 * entry can say where it came from.
 */
public record TsvFile(String origin, List<String> header, List<Row> rows) {

    /** One data line, with its fields trimmed; missing trailing fields read as empty. */
    public record Row(String origin, int line, List<String> header, String[] fields) {

        public String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) throw new DataFileException(origin, line, "no column '" + column + "'");
            return i < fields.length ? fields[i] : "";
        }

        /** A ';'-separated list field, without empty items. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) return List.of();
            return Arrays.stream(v.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        public String where() {
            return origin + ":" + line;
        }
    }

    /** The values of one column, lower-cased: for word lists such as reporting verbs. */
    public Set<String> words(String column) {
        Set<String> out = new HashSet<>();
        for (Row r : rows) out.add(r.get(column).toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    /**
     * A file of named word lists (columns {@code list} and {@code word}): each list's distinct
     * words in file order. Every list must be one of {@code names}, and every name must have words.
     */
    public Map<String, List<String>> namedLists(Set<String> names) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (Row row : rows) {
            String list = row.get("list");
            if (!names.contains(list)) throw new DataFileException(row.origin(), row.line(), "unknown list " + list);
            lists.computeIfAbsent(list, k -> new LinkedHashSet<>()).add(row.get("word"));
        }
        for (String name : names) if (!lists.containsKey(name)) throw new DataFileException(origin, 0, "list " + name + " is empty");
        Map<String, List<String>> out = new HashMap<>();
        lists.forEach((name, words) -> out.put(name, List.copyOf(words)));
        return Map.copyOf(out);
    }

    public boolean hasColumns(String... columns) {
        return header.containsAll(List.of(columns));
    }

    public static TsvFile read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.toString(), in);
        } catch (IOException e) {
            throw new DataFileException(path.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /** Reads a file bundled with Dyad under {@code dyad-data/}. */
    public static TsvFile resource(String name) {
        InputStream in = TsvFile.class.getResourceAsStream("/dyad-data/" + name);
        if (in == null) throw new DataFileException("dyad-data/" + name, 0, "missing from the build");
        try (in) {
            return read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TsvFile read(String origin, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] fields = line.split("\t", -1);
            for (int i = 0; i < fields.length; i++) fields[i] = fields[i].trim();
            if (header == null) {
                header = List.of(fields);
            } else {
                if (fields.length > header.size()) {
                    throw new DataFileException(origin, number, "has " + fields.length + " fields, the header names " + header.size());
                }
                rows.add(new Row(origin, number, header, fields));
            }
        }
        if (header == null) throw new DataFileException(origin, number, "no header line");
        return new TsvFile(origin, header, rows);
    }
}
