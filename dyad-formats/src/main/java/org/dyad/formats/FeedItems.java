package org.dyad.formats;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jsoup.Jsoup;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed, one article per item, through ROME. Item
 * {@code N} (1-based, in document order) has the origin {@code file:N}.
 */
final class FeedItems {

    /** The elements that date an item, most specific first: RSS, Dublin Core, Atom 1.0, Atom 0.3. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "date", "published", "issued", "updated", "modified");

    /** Atom's plain-text content: kept as written, where HTML would be parsed. */
    private static final Set<String> PLAIN_TEXT = Set.of("text", "text/plain");

    private final ArticleReader.Defaults defaults;

    FeedItems(ArticleReader.Defaults defaults) {
        this.defaults = defaults;
    }

    List<ArticleInput> read(String origin, String stem, byte[] bytes) {
        String problem = ArticleReader.binaryProblem(bytes);
        if (problem != null) return List.of(new ArticleInput.Rejected(origin, problem));
        Document xml;
        SyndFeed feed;
        try {
            xml = SafeXml.parse(new XmlReader(new ByteArrayInputStream(bytes), true));
            feed = new SyndFeedInput().build(xml);
        } catch (IOException | JDOMException | FeedException e) {
            return List.of(new ArticleInput.Rejected(origin, "not a readable RSS or Atom feed: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            return List.of(new ArticleInput.Rejected(origin, "XML, but not an RSS or Atom feed"));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) return List.of(new ArticleInput.Rejected(origin, "feed has no items"));
        List<String> writtenDates = writtenDates(xml.getRootElement());
        String source = feed.getTitle() == null ? null : Jsoup.parse(feed.getTitle()).text();
        List<ArticleInput> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String written = writtenDates.size() == entries.size() ? writtenDates.get(i) : null;
            out.add(item(origin + ":" + (i + 1), stem + "-" + (i + 1), entries.get(i), written, source));
        }
        return out;
    }

    private ArticleInput item(String where, String fallbackId, SyndEntry entry, String writtenDate, String source) {
        String text = text(entry);
        if (text.isBlank()) return new ArticleInput.Rejected(where, "item has no text (no content or description)");
        LocalDate published = PublicationDate.parse(writtenDate).orElseGet(() -> utcDate(entry));
        String url = entry.getLink();
        String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : url;
        String title = entry.getTitle() == null ? null : Jsoup.parse(entry.getTitle()).text();
        return new ArticleInput.Accepted(where, defaults.complete(id != null && !id.isBlank() ? id.strip() : fallbackId,
                text, published, source, url, title));
    }

    /** The full content where the feed carries it ({@code content:encoded}, Atom content), else the description or summary. */
    private static String text(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            String text = plain(content);
            if (!text.isBlank()) return text;
        }
        return entry.getDescription() == null ? "" : plain(entry.getDescription());
    }

    private static String plain(SyndContent content) {
        String value = content.getValue();
        if (value == null) return "";
        if (content.getType() != null && PLAIN_TEXT.contains(content.getType())) return value.strip();
        return Paragraphs.of(Jsoup.parseBodyFragment(value).body());
    }

    /** ROME's fallback when the written date is not one {@link PublicationDate} reads: the instant, on the UTC calendar. */
    private static LocalDate utcDate(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * Each item's date as written, in document order. ROME turns dates into instants, losing the
     * publisher's offset and so, for an evening item, its calendar date; the written form keeps it.
     */
    private static List<String> writtenDates(Element root) {
        Element parent = root.getName().equals("rss") ? root.getChild("channel") : root;
        List<String> dates = new ArrayList<>();
        if (parent == null) return dates;
        for (Element item : parent.getChildren()) {
            if (!item.getName().equals("item") && !item.getName().equals("entry")) continue;
            dates.add(writtenDate(item));
        }
        return dates;
    }

    private static String writtenDate(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) return child.getTextTrim();
            }
        }
        return null;
    }

    /**
     * ROME's own hardened XML parser (no DOCTYPEs, no external entities) and its healer for the
     * HTML entities feeds often contain; used directly so the document is kept for {@link #writtenDates}.
     */
    private static final class SafeXml extends WireFeedInput {
        static Document parse(Reader reader) throws IOException, JDOMException {
            try (Reader healed = new XmlFixerReader(reader)) {
                return new SafeXml().createSAXBuilder().build(healed);
            }
        }
    }
}
