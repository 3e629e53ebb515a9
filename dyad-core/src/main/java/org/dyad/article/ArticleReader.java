package org.dyad.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads articles from plain-text files, JSONL files (one article a line, fields
 * {@code id, text, published, source, url, title}) and standard input. Bad content never
 * throws: each problem becomes a {@link ArticleInput.Rejected} naming the file, the line and
 * the problem, and the rest of the input is still read.
 */
public final class ArticleReader {

    /** Larger inputs are refused: no news article is 10 MB of text. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Defaults defaults;

    /**
     * What to use where the input says nothing.
     *
     * @param published the user's date (null: the input's own, else today)
     * @param today     the date used when nothing else gives one
     */
    public record Defaults(LocalDate published, LocalDate today, String source, String url) {

        /**
         * An article from what its item said and, where it said nothing, these defaults, so that
         * a text file, a JSONL line, a page and a feed item are dated alike: the item's own date
         * ({@link Article.DatedBy#METADATA}), else the user's ({@code FLAG}), else today
         * ({@code TODAY}); the item's own source and URL, else the user's.
         *
         * @param published the item's own date, or null
         */
        public Article complete(String id, String text, LocalDate published, String source, String url, String title) {
            LocalDate date;
            Article.DatedBy by;
            if (published != null) {
                date = published;
                by = Article.DatedBy.METADATA;
            } else if (this.published != null) {
                date = this.published;
                by = Article.DatedBy.FLAG;
            } else {
                date = today;
                by = Article.DatedBy.TODAY;
            }
            return new Article(id, text, date, by, or(source, this.source), or(url, this.url), blankToNull(title));
        }

        private static String or(String value, String fallback) {
            String v = blankToNull(value);
            return v != null ? v : fallback;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public ArticleReader(Defaults defaults) {
        this.defaults = defaults;
    }

    public List<ArticleInput> read(Path file) {
        String origin = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) return List.of(new ArticleInput.Rejected(origin, "is a directory, not a file"));
            long size = Files.size(file);
            if (size > MAX_BYTES) return List.of(new ArticleInput.Rejected(origin, "too large: " + size + " bytes (limit " + MAX_BYTES + ")"));
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of(new ArticleInput.Rejected(origin, "no such file"));
        } catch (IOException e) {
            return List.of(new ArticleInput.Rejected(origin, "cannot read: " + e.getMessage()));
        }
        String name = file.getFileName().toString();
        return read(origin, stem(file), bytes, isJsonlName(name));
    }

    /** Reads bytes from a stream such as standard input; JSONL is recognized by its first character. */
    public List<ArticleInput> read(String origin, byte[] bytes) {
        return read(origin, origin, bytes, false);
    }

    private List<ArticleInput> read(String origin, String id, byte[] bytes, boolean jsonlByName) {
        if (bytes.length > MAX_BYTES) return List.of(new ArticleInput.Rejected(origin, "too large: " + bytes.length + " bytes (limit " + MAX_BYTES + ")"));
        String problem = binaryProblem(bytes);
        if (problem == null) problem = utf8Problem(bytes);
        if (problem != null) return List.of(new ArticleInput.Rejected(origin, problem));
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) return List.of(new ArticleInput.Rejected(origin, "empty: no text to code"));
        if (jsonlByName || text.stripLeading().startsWith("{")) return jsonl(origin, id, text);
        return List.of(new ArticleInput.Accepted(origin, defaults.complete(id, text, null, null, null, null)));
    }

    private List<ArticleInput> jsonl(String origin, String id, String text) {
        List<ArticleInput> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            String where = origin + ":" + (i + 1);
            out.add(jsonLine(where, id + "-" + (i + 1), line));
        }
        if (out.isEmpty()) out.add(new ArticleInput.Rejected(origin, "empty: no JSONL lines"));
        return out;
    }

    /**
     * One JSON object as an article, under the rules of a JSONL line: public for readers of other
     * containers of the same fields (the Spark job reads Parquet rows this way).
     *
     * @param where     the origin to report, such as {@code file:line}
     * @param defaultId the id when the object has none
     */
    public ArticleInput jsonLine(String where, String defaultId, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new ArticleInput.Rejected(where, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) return new ArticleInput.Rejected(where, "malformed JSON: a line must be one object");
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) return new ArticleInput.Rejected(where, "missing the string field \"text\"");
        if (text.asText().isBlank()) return new ArticleInput.Rejected(where, "empty: \"text\" has no text to code");
        LocalDate published = null;
        String date = field(node, "published");
        if (date != null) {
            try {
                published = parseDate(date);
            } catch (DateTimeParseException e) {
                return new ArticleInput.Rejected(where, "invalid \"published\" date '" + date + "' (expected YYYY-MM-DD)");
            }
        }
        String id = field(node, "id");
        return new ArticleInput.Accepted(where, defaults.complete(id != null ? id : defaultId, text.asText(), published,
                field(node, "source"), field(node, "url"), field(node, "title")));
    }

    /** Accepts YYYY-MM-DD, and the date part of an ISO date-time. */
    public static LocalDate parseDate(String value) {
        String v = value.trim();
        if (v.length() > 10 && v.charAt(10) == 'T') v = v.substring(0, 10);
        return LocalDate.parse(v);
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * Why these bytes are not valid UTF-8, naming the offset of the first bad byte, or null when they are.
     * Public so that other readers (HTML, CSV) reject bad encodings in the same words.
     */
    public static String utf8Problem(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(bytes.length), true);
        return result.isError()
                ? "not valid UTF-8 text (bad byte at offset " + in.position() + "; convert it, e.g. iconv -f LATIN1 -t UTF-8)"
                : null;
    }

    /**
     * NUL bytes or many control characters mean a binary file, not text. Returns the reason, or null for text.
     * Public so that other readers reject binary files in the same words.
     */
    public static String binaryProblem(byte[] bytes) {
        int control = 0;
        int n = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return "binary file (contains NUL bytes), not text";
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return n > 0 && control * 20 > n ? "binary file (" + control + " control bytes in the first " + n + "), not text" : null;
    }

    private static boolean isJsonlName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    /** A file's name without its extension: the id of an article that has none of its own. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
