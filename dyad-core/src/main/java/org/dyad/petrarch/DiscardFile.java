package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.coding.Discards;
import org.dyad.datafile.Warning;

/**
 * A PETRARCH discard list: one phrase a line; "+" before it discards the whole story, not only
 * the sentence; a phrase not ending in "_" is a stem.
 */
final class DiscardFile {

    private DiscardFile() {}

    static PetrarchDictionary.DiscardList read(String origin, List<PetrarchLines.Line> lines) {
        List<Discards.Phrase> out = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (PetrarchLines.Line line : lines) {
            String t = line.text();
            boolean story = t.startsWith("+");
            Phrase p = Phrase.parse(story ? t.substring(1) : t);
            if (p.words().isEmpty() || t.indexOf('[') >= 0) {
                warnings.add(new Warning(origin, line.number(), "not a discard phrase: '" + t + "'; the line is skipped"));
                continue;
            }
            List<String> words = Arrays.stream(p.words().toLowerCase(Locale.ROOT).split(" ")).toList();
            out.add(new Discards.Phrase(words, story, p.stem(), origin + ":" + line.number()));
        }
        return new PetrarchDictionary.DiscardList(origin, out.size(), new Discards(out), warnings);
    }
}
