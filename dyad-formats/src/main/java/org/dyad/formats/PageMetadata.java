package org.dyad.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about itself in its markup, as opposed to its visible text: the
 * headline, the publication date, the site and the page's own address. Any part may be null.
 */
record PageMetadata(String title, LocalDate published, String siteName, String url) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Where publishers put the publication date, most specific first: Open Graph's article
     * properties, then the older and rarer conventions (Dublin Core, schema.org microdata).
     * A value that is not a date is passed over for the next.
     */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[name=dc.date.issued]", "meta[name=dcterms.issued]", "meta[name=dc.date]", "meta[name=dcterms.date]",
            "meta[name=pubdate]", "meta[name=publish-date]", "meta[itemprop=datePublished]");

    static PageMetadata of(Document page) {
        return new PageMetadata(title(page), published(page), meta(page, "meta[property=og:site_name]"), url(page));
    }

    /** The source to report for a page: its site name, else the host it was served from. */
    String source(String fallbackUrl) {
        if (siteName != null) return siteName;
        String host = host(url != null ? url : fallbackUrl);
        return host != null && host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String title(Document page) {
        String og = meta(page, "meta[property=og:title]");
        if (og != null) return og;
        String title = page.title().strip();
        return title.isEmpty() ? null : title;
    }

    private static LocalDate published(Document page) {
        for (String selector : DATE_META) {
            for (Element meta : page.select(selector)) {
                Optional<LocalDate> date = PublicationDate.parse(meta.attr("content"));
                if (date.isPresent()) return date.get();
            }
        }
        for (Element item : page.select("[itemprop=datePublished]:not(meta)")) {
            Optional<LocalDate> date = PublicationDate.parse(item.hasAttr("datetime") ? item.attr("datetime") : item.attr("content"));
            if (date.isPresent()) return date.get();
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            LocalDate date = jsonLdDate(script.data());
            if (date != null) return date;
        }
        for (Element time : page.select("time[datetime]")) {
            Optional<LocalDate> date = PublicationDate.parse(time.attr("datetime"));
            if (date.isPresent()) return date.get();
        }
        return null;
    }

    /** The first {@code datePublished} in a JSON-LD block, wherever it sits (top level, {@code @graph}, a list). */
    private static LocalDate jsonLdDate(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null; // a broken JSON-LD block is the page's problem, not a reason to lose its text
        }
        return root == null ? null : jsonLdDate(root);
    }

    private static LocalDate jsonLdDate(JsonNode node) {
        JsonNode value = node.get("datePublished");
        if (value != null && value.isTextual()) {
            Optional<LocalDate> date = PublicationDate.parse(value.asText());
            if (date.isPresent()) return date.get();
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                LocalDate date = jsonLdDate(child);
                if (date != null) return date;
            }
        }
        return null;
    }

    private static String url(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            String href = canonical.absUrl("href");
            if (href.isEmpty()) href = canonical.attr("href").strip();
            if (!href.isEmpty()) return href;
        }
        return meta(page, "meta[property=og:url]");
    }

    private static String meta(Document page, String selector) {
        for (Element meta : page.select(selector)) {
            String content = meta.attr("content").strip();
            if (!content.isEmpty()) return content;
        }
        return null;
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
