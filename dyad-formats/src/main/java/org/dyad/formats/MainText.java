package org.dyad.formats;

import java.util.Arrays;
import java.util.Locale;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

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

    /**
     * Readability's work grows with the square of a page's depth and of the number of siblings
     * it removes: 10,000 empty elements took 8 s, 50,000 took 6 minutes, 400 levels of nesting
     * 2 s (docs/inputs.md). News pages stay well inside these bounds; a page beyond them is
     * refused, so one pathological page cannot stall a run.
     */
    static final int MAX_ELEMENTS = 10_000;

    static final int MAX_DEPTH = 100;

    private MainText() {}

    /** Why the page is too complex to look for its article in bounded time, or null. */
    static String tooComplex(Document page) {
        int[] elements = {0};
        int[] depth = {0};
        NodeTraversor.traverse((node, d) -> {
            if (node instanceof Element) {
                elements[0]++;
                depth[0] = Math.max(depth[0], d);
            }
        }, page);
        if (elements[0] <= MAX_ELEMENTS && depth[0] <= MAX_DEPTH) return null;
        return String.format(Locale.ROOT, "the page has %,d elements nested %d deep; its article is looked for in pages of at most %,d elements "
                + "nested at most %d deep", elements[0], depth[0], MAX_ELEMENTS, MAX_DEPTH);
    }

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
