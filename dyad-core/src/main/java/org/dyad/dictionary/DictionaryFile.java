package org.dyad.dictionary;

import java.util.List;
import java.util.Map;
import org.dyad.datafile.Warning;

/**
 * What was read from one dictionary file, for {@code dyad dictionary check} and for warnings.
 *
 * @param origin       the file
 * @param kind         "actors", "agents", "verbs", "discards" (PETRARCH) or "dyad actors", "dyad patterns"
 * @param entries      entries read (see {@link org.dyad.petrarch.PetrarchDictionary#entries()})
 * @param warnings     lines skipped or read leniently, with reasons
 * @param translated   for verbs: pattern lines translated
 * @param untranslated for verbs: pattern lines not translated, by reason
 */
public record DictionaryFile(String origin, String kind, int entries, List<Warning> warnings, int translated,
                             Map<String, Integer> untranslated) {

    public DictionaryFile {
        warnings = List.copyOf(warnings);
        untranslated = Map.copyOf(untranslated);
    }
}
