package org.dyad.formats;

import java.util.Arrays;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text of a web page without its boilerplate (navigation, advertising, related
 * links, footers), as Mozilla's Readability finds it; here through readability4j, its Java
 * port, and nowhere else in Dyad.
 */
final class MainText {

    /**
     * Readability always returns its best candidate, even on a page of menus. A page has an
     * article only if some paragraph holds this much text outside links: about one sentence.
     */
    private static final int PROSE_CHARS = 80;

    private MainText() {}

    /**
     * The page's main text, paragraphs separated by blank lines; empty when the page has none.
     * Readability rewrites the document it is given, so read the page's metadata first.
     */
    static String of(Document page) {
        Element content = new Readability4J(page.location(), page).parse().getArticleContent();
        if (content == null || !hasProse(content)) return "";
        return Paragraphs.of(content);
    }

    private static boolean hasProse(Element content) {
        Element unlinked = content.clone();
        unlinked.select("a").remove();
        return Arrays.stream(Paragraphs.of(unlinked).split("\n\n")).anyMatch(p -> p.length() >= PROSE_CHARS);
    }
}
