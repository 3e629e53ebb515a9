package org.dyad.petrarch;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.datafile.TsvFile;

/** data/coding/petrarch-words.tsv: the kind of each word a PETRARCH pattern may hold beside content words. */
final class PetrarchWords {

    static final PetrarchWords BUNDLED = new PetrarchWords(TsvFile.resource("coding/petrarch-words.tsv"));

    private final Map<String, Set<String>> kinds = new HashMap<>();

    private PetrarchWords(TsvFile file) {
        for (TsvFile.Row r : file.rows()) kinds.computeIfAbsent(r.get("word").toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(r.get("kind"));
    }

    /** The word's first kind other than "particle" ("function", "preposition", "passive", "negation", "modal"), or null for a content word. */
    String kind(String w) {
        for (String k : kinds.getOrDefault(w, Set.of())) if (!k.equals("particle")) return k;
        return null;
    }

    boolean is(String w, String kind) {
        return kinds.getOrDefault(w, Set.of()).contains(kind);
    }
}
