package org.dyad.actors;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;

/** The function words that shape an actor's phrase (data/actors/phrase-words.tsv), read once. */
final class PhraseWords {

    private static final Set<String> LISTS = Set.of("owner-case", "example-case", "place-case", "former-word");

    private static final PhraseWords BUNDLED = new PhraseWords(TsvFile.resource("actors/phrase-words.tsv"));

    final List<String> ownerCases;
    final List<String> exampleCases;
    final List<String> placeCases;
    final Set<String> formerWords;

    PhraseWords(TsvFile file) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (TsvFile.Row row : file.rows()) {
            if (!LISTS.contains(row.get("list"))) throw new DataFileException(row.origin(), row.line(), "unknown list " + row.get("list"));
            lists.computeIfAbsent(row.get("list"), k -> new LinkedHashSet<>()).add(row.get("word"));
        }
        for (String l : LISTS) if (!lists.containsKey(l)) throw new DataFileException(file.origin(), 0, "list " + l + " is empty");
        ownerCases = List.copyOf(lists.get("owner-case"));
        exampleCases = List.copyOf(lists.get("example-case"));
        placeCases = List.copyOf(lists.get("place-case"));
        formerWords = Set.copyOf(lists.get("former-word"));
    }

    static PhraseWords bundled() {
        return BUNDLED;
    }
}
