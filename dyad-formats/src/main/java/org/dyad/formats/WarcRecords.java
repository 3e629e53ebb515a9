package org.dyad.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the web pages in a WARC archive (plain or gzipped), through jwarc. The archive is
 * streamed, one record at a time: crawls run to gigabytes, so only a record's payload, never
 * the file, must fit the 10 MB limit. Record {@code N} (1-based, counting every record, whatever
 * its type) has the origin {@code file:N}.
 *
 * <p>Only successful HTML responses are articles. Requests, metadata, images, scripts, redirects
 * and errors are what a crawl is mostly made of; they are passed over without a word.
 */
final class WarcRecords {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final HtmlPages pages;

    WarcRecords(HtmlPages pages) {
        this.pages = pages;
    }

    void read(Path file, Consumer<ArticleInput> sink) {
        String origin = file.toString();
        int number = 0;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                number++;
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) break;
                if (record.get() instanceof WarcResponse response) page(origin + ":" + number, response, sink);
            }
        } catch (IOException | RuntimeException e) {
            // Record boundaries come from each header's length, so nothing after a damaged record can be trusted.
            String reason = "truncated or corrupt WARC: reading stopped at record " + number + " (" + shortened(e.getMessage()) + ")";
            sink.accept(new ArticleInput.Rejected(origin + ":" + number,
                    number == 1 ? reason + "; not a WARC file, or damaged from its start" : reason + "; the records before it were read"));
            return;
        }
        if (number == 1) sink.accept(new ArticleInput.Rejected(origin, "empty: no WARC records"));
    }

    private void page(String where, WarcResponse response, Consumer<ArticleInput> sink) throws IOException {
        if (!name(response.contentType()).equals("application/http")) return;
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            // The record itself is whole (its length is known), so the archive reads on past it.
            sink.accept(new ArticleInput.Rejected(where, "not a readable HTTP response (" + shortened(e.getMessage()) + ")"));
            return;
        }
        MediaType type = http.contentType();
        if (http.status() != 200 || !HTML_TYPES.contains(name(type))) return;
        // Not closed: the body is a window on the archive, which the reader moves past on its own.
        byte[] body = http.bodyDecoded().stream().readNBytes((int) ArticleReader.MAX_BYTES + 1);
        if (body.length > ArticleReader.MAX_BYTES) {
            sink.accept(new ArticleInput.Rejected(where, "too large: the page is over " + ArticleReader.MAX_BYTES
                    + " bytes (limit " + ArticleReader.MAX_BYTES + ")"));
            return;
        }
        LocalDate captured = response.headers().first("WARC-Date").isPresent()
                ? response.date().atZone(ZoneOffset.UTC).toLocalDate() : null;
        HtmlPages.Capture capture = new HtmlPages.Capture(response.target(), captured, type.parameters().get("charset"));
        sink.accept(pages.read(where, response.target(), body, capture));
    }

    /** jwarc quotes the bytes it choked on; a few are enough to recognise, a screenful is not. */
    private static String shortened(String message) {
        return message == null || message.length() <= 120 ? message : message.substring(0, 120) + "...";
    }

    private static String name(MediaType type) {
        return (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    }
}
