package org.dyad.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of a piece of HTML, one paragraph per block element, paragraphs separated by a
 * blank line. The coder splits sentences at blank lines, so a headline or caption never runs on
 * into the next paragraph's first sentence, as it would in jsoup's own one-line {@code text()}.
 */
final class Paragraphs {

    /** Elements that start and end a paragraph of their own. */
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "figcaption", "figure",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "table", "td", "th", "tr", "ul");

    /** Never text of the page: code, styling, what shows only without scripts, and the title bar's title. */
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "iframe", "svg", "head", "title");

    /** Source layout (newlines, indentation, no-break spaces) is not part of the text. */
    private static final Pattern LAYOUT = Pattern.compile("[\\s\\u00A0]+");

    private Paragraphs() {}

    static String of(Element root) {
        Collector collector = new Collector();
        root.traverse(collector);
        collector.endParagraph();
        return String.join("\n\n", collector.paragraphs);
    }

    private static final class Collector implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int silentDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SILENT.contains(tag)) silentDepth++;
                else if (BLOCKS.contains(tag)) endParagraph();
                else if (tag.equals("br")) current.append('\n');
            } else if (node instanceof TextNode t && silentDepth == 0) {
                current.append(LAYOUT.matcher(t.getWholeText()).replaceAll(" "));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SILENT.contains(tag)) silentDepth--;
                else if (BLOCKS.contains(tag)) endParagraph();
            }
        }

        /** Ends the paragraph being collected, keeping the line breaks a {@code <br>} made inside it. */
        void endParagraph() {
            String[] lines = current.toString().split("\n");
            current.setLength(0);
            StringBuilder paragraph = new StringBuilder();
            for (String line : lines) {
                String clean = LAYOUT.matcher(line).replaceAll(" ").strip();
                if (clean.isEmpty()) continue;
                if (!paragraph.isEmpty()) paragraph.append('\n');
                paragraph.append(clean);
            }
            if (!paragraph.isEmpty()) paragraphs.add(paragraph.toString());
        }
    }
}
