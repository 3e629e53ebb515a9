package org.dyad.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads one web page, a saved file or a crawled response, into an article: the main text
 * without boilerplate ({@link MainText}) and the metadata the markup carries ({@link PageMetadata}).
 */
final class HtmlPages {

    /**
     * What the container of a page knows about it, any part null: a WARC record's target URL,
     * capture date and HTTP charset; nothing, for a file on disk.
     */
    record Capture(String url, LocalDate date, String charset) {
        static final Capture NONE = new Capture(null, null, null);
    }

    private final ArticleReader.Defaults defaults;

    HtmlPages(ArticleReader.Defaults defaults) {
        this.defaults = defaults;
    }

    /** @param fallbackId the id when the page names no URL of its own (a file's stem) */
    ArticleInput read(String origin, String fallbackId, byte[] bytes, Capture capture) {
        String problem = ArticleReader.binaryProblem(bytes);
        if (problem != null) return new ArticleInput.Rejected(origin, problem);
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), knownCharset(capture.charset()),
                    capture.url() != null ? capture.url() : "");
        } catch (IOException e) {
            return new ArticleInput.Rejected(origin, "cannot read the page: " + e.getMessage());
        }
        // A page that declares another encoding is decoded by it; one that declares none is UTF-8, and must be.
        if (page.charset().equals(StandardCharsets.UTF_8)) {
            problem = ArticleReader.utf8Problem(bytes);
            if (problem != null) return new ArticleInput.Rejected(origin, problem);
        }
        problem = MainText.tooComplex(page);
        if (problem != null) return new ArticleInput.Rejected(origin, problem);
        PageMetadata meta = PageMetadata.of(page);
        String text;
        try {
            text = MainText.of(page);
        } catch (RuntimeException e) {
            return new ArticleInput.Rejected(origin, "could not extract the article text (" + e + ")");
        }
        if (text.isBlank()) return new ArticleInput.Rejected(origin, "no article text found");
        // Where a crawl fetched the page is a fact; the address a page claims for itself is a fallback.
        String url = capture.url() != null ? capture.url() : meta.url();
        LocalDate published = meta.published() != null ? meta.published() : capture.date();
        return new ArticleInput.Accepted(origin, defaults.complete(url != null ? url : fallbackId, text, published,
                meta.source(url), url, meta.title()));
    }

    /** The charset a server declared, if Java knows it; else null, and jsoup looks in the page itself. */
    private static String knownCharset(String name) {
        try {
            return name != null && Charset.isSupported(name) ? name : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
