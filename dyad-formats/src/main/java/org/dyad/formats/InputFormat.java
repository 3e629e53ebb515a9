package org.dyad.formats;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The formats Dyad reads, and how a file's is found: by its extension where that is decisive,
 * else by its first few kilobytes.
 */
enum InputFormat {
    /** Plain text and JSONL, read by the core's {@link org.dyad.article.ArticleReader}. */
    TEXT,
    HTML,
    FEED,
    WARC,
    CSV,
    TSV;

    private static final Map<String, InputFormat> BY_EXTENSION = Map.ofEntries(
            Map.entry("txt", TEXT), Map.entry("text", TEXT), Map.entry("jsonl", TEXT), Map.entry("ndjson", TEXT),
            Map.entry("html", HTML), Map.entry("htm", HTML), Map.entry("xhtml", HTML),
            Map.entry("rss", FEED), Map.entry("atom", FEED),
            Map.entry("warc", WARC), Map.entry("csv", CSV), Map.entry("tsv", TSV), Map.entry("tab", TSV));

    /** Enough to get past an XML declaration, a doctype and a licence comment to the first element. */
    private static final int HEAD_BYTES = 8192;

    private static final Pattern PROLOG = Pattern.compile("<\\?.*?\\?>|<!--.*?-->|<![^>]*>", Pattern.DOTALL);
    private static final Pattern HTML_DOCTYPE = Pattern.compile("<!doctype\\s+html", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z][\\w:.-]*)");

    static InputFormat of(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc.gz")) return WARC;
        int dot = name.lastIndexOf('.');
        InputFormat known = dot > 0 ? BY_EXTENSION.get(name.substring(dot + 1)) : null;
        if (known != null) return known;
        InputFormat sniffed = sniff(head(file));
        // An .xml file that is not a web page is meant as a feed; ROME says so if it is not one.
        return name.endsWith(".xml") && sniffed != HTML ? FEED : sniffed;
    }

    /** Classifies content by its opening: a WARC version line, a feed or HTML root element, else text. */
    static InputFormat sniff(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00EF\u00BB\u00BF")) start = start.substring(3); // the UTF-8 byte order mark
        start = start.stripLeading();
        if (start.startsWith("WARC/")) return WARC;
        if (!start.startsWith("<")) return TEXT;
        if (HTML_DOCTYPE.matcher(start).find()) return HTML;
        Matcher element = FIRST_ELEMENT.matcher(PROLOG.matcher(start).replaceAll(""));
        if (!element.find()) return TEXT;
        return switch (element.group(1).toLowerCase(Locale.ROOT)) {
            case "rss", "feed", "rdf:rdf" -> FEED;
            case "html" -> HTML;
            default -> start.startsWith("<?xml") ? FEED : HTML;
        };
    }

    /** The first bytes of a file, decompressed if it is gzipped (a WARC often is, whatever its name). */
    private static byte[] head(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            return gzip ? unzippedHead(raw) : raw.readNBytes(HEAD_BYTES);
        }
    }

    /** As much of the start as decompresses: a WARC cut short is still a WARC (whose reader reports the cut). */
    private static byte[] unzippedHead(InputStream gzipped) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try (InputStream unzipped = new GZIPInputStream(gzipped)) {
            int b;
            while (head.size() < HEAD_BYTES && (b = unzipped.read()) != -1) head.write(b);
        } catch (IOException e) {
            // keep what was read; nothing at all means the text reader will call the file binary
        }
        return head.toByteArray();
    }
}
