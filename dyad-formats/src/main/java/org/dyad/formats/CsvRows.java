package org.dyad.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;

/**
 * Reads a table with a header row, one article a row, through Commons CSV. The columns are
 * JSONL's fields ({@code id, text, published, source, url, title}, any case, in any order, others
 * ignored; {@code date} is taken for {@code published}). A row's origin is {@code file:L}, L the
 * line its record starts on, which a quoted field running over several lines makes differ from
 * the row number.
 */
final class CsvRows {

    private static final List<String> FIELDS = List.of("id", "text", "published", "source", "url", "title");

    private final ArticleReader.Defaults defaults;

    CsvRows(ArticleReader.Defaults defaults) {
        this.defaults = defaults;
    }

    /** @param delimiter ',' for CSV, a tab for TSV */
    List<ArticleInput> read(String origin, String stem, String text, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).get();
        LineStarts lines = new LineStarts(text);
        List<ArticleInput> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            if (!columns.containsKey("text")) {
                return List.of(new ArticleInput.Rejected(origin, "no \"text\" column in the header row (columns: "
                        + String.join(", ", parser.getHeaderNames()) + ")"));
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                long nextLine = parser.getCurrentLineNumber() + 1;
                try {
                    if (!rows.hasNext()) break;
                    CSVRecord row = rows.next();
                    int line = lines.lineOf(row.getCharacterPosition());
                    out.add(row(origin + ":" + line, stem + "-" + line, row, columns));
                } catch (UncheckedIOException | IllegalStateException e) {
                    // The rest of the file cannot be split into rows once a quote is left open.
                    out.add(new ArticleInput.Rejected(origin + ":" + nextLine, "malformed CSV: " + rootMessage(e)));
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return List.of(new ArticleInput.Rejected(origin, "malformed CSV header row: " + rootMessage(e)));
        }
        if (out.isEmpty()) out.add(new ArticleInput.Rejected(origin, "empty: no rows under the header"));
        return out;
    }

    private ArticleInput row(String where, String fallbackId, CSVRecord row, Map<String, Integer> columns) {
        String text = cell(row, columns, "text");
        if (text == null || text.isBlank()) return new ArticleInput.Rejected(where, "empty: the \"text\" column has no text to code");
        String date = cell(row, columns, "published");
        LocalDate published = null;
        if (date != null && !date.isBlank()) {
            Optional<LocalDate> parsed = PublicationDate.parse(date);
            if (parsed.isEmpty()) return new ArticleInput.Rejected(where, "invalid \"published\" date '" + date + "' (expected YYYY-MM-DD)");
            published = parsed.get();
        }
        String id = cell(row, columns, "id");
        return new ArticleInput.Accepted(where, defaults.complete(id != null && !id.isBlank() ? id.strip() : fallbackId, text,
                published, cell(row, columns, "source"), cell(row, columns, "url"), cell(row, columns, "title")));
    }

    /** Column positions by field name; {@code date} stands in for a missing {@code published}. */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        Integer date = null;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT);
            if (FIELDS.contains(name)) columns.putIfAbsent(name, i);
            if (name.equals("date") && date == null) date = i;
        }
        if (date != null) columns.putIfAbsent("published", date);
        return columns;
    }

    private static String cell(CSVRecord row, Map<String, Integer> columns, String field) {
        Integer i = columns.get(field);
        return i == null || i >= row.size() ? null : row.get(i);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return root.getMessage();
    }

    /** The offsets at which lines start, to turn a record's character position into its line number. */
    private static final class LineStarts {
        private final String text;
        private final int[] starts;

        LineStarts(String text) {
            this.text = text;
            int[] found = new int[16];
            int n = 0;
            found[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
                if (!end) continue;
                if (n == found.length) found = Arrays.copyOf(found, n * 2);
                found[n++] = i + 1;
            }
            starts = Arrays.copyOf(found, n);
        }

        /**
         * The 1-based line of the record starting at this character position. Commons CSV counts
         * skipped blank lines into the record after them; a record never starts with a line break.
         */
        int lineOf(long position) {
            int at = (int) position;
            while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) at++;
            int i = Arrays.binarySearch(starts, at);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }
}
