package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH or TABARI dictionary without its comments: "#" and the legacy ";" to
 * the end of the line, and "&lt;!-- ... --&gt;" over any number of lines. Blank lines are kept
 * out; each line keeps its number in the file.
 */
final class PetrarchLines {

    /** A line with content: its number, its text without comments, and whether it was indented. */
    record Line(int number, String text, boolean indented) {}

    private PetrarchLines() {}

    static List<Line> read(String text) {
        List<Line> out = new ArrayList<>();
        boolean inComment = false;
        int number = 0;
        for (String raw : text.split("\r?\n|\r", -1)) {
            number++;
            StringBuilder kept = new StringBuilder();
            int i = 0;
            while (i < raw.length()) {
                if (inComment) {
                    int end = raw.indexOf("-->", i);
                    if (end < 0) { i = raw.length(); break; }
                    inComment = false;
                    i = end + 3;
                } else {
                    int open = raw.indexOf("<!--", i);
                    int stop = firstOf(raw, i, '#', ';');
                    if (stop >= 0 && (open < 0 || stop < open)) { kept.append(raw, i, stop); break; }
                    if (open < 0) { kept.append(raw, i, raw.length()); break; }
                    kept.append(raw, i, open);
                    inComment = true;
                    i = open + 4;
                }
            }
            String line = kept.toString();
            if (line.isBlank()) continue;
            out.add(new Line(number, line.strip(), Character.isWhitespace(raw.charAt(0))));
        }
        return out;
    }

    private static int firstOf(String s, int from, char a, char b) {
        int x = s.indexOf(a, from);
        int y = s.indexOf(b, from);
        return x < 0 ? y : y < 0 ? x : Math.min(x, y);
    }
}
