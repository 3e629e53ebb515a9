package org.dyad.coding;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;

/** The named word classes of data/coding/word-classes.tsv, shared by every pattern file. */
final class WordClasses {

    private final Map<String, WordClass> byName = new HashMap<>();

    private WordClasses() {}

    static WordClasses bundled() {
        return read(TsvFile.resource("coding/word-classes.tsv"));
    }

    static WordClasses read(TsvFile file) {
        WordClasses classes = new WordClasses();
        for (TsvFile.Row row : file.rows()) {
            String name = "&" + row.get("class").toLowerCase(Locale.ROOT);
            if (!name.matches("&[a-z0-9_]+")) throw new DataFileException(row.origin(), row.line(), "malformed class name " + name);
            if (classes.byName.containsKey(name)) throw new DataFileException(row.origin(), row.line(), "class " + name + " defined twice");
            Set<String> words = new LinkedHashSet<>();
            for (String w : row.list("words")) words.add(w.toLowerCase(Locale.ROOT));
            if (words.isEmpty()) throw new DataFileException(row.origin(), row.line(), "class " + name + " has no words");
            classes.byName.put(name, new WordClass(name, words));
        }
        return classes;
    }

    /** The class of that name ("&amp;aid"), or null. */
    WordClass get(String name) {
        return byName.get(name);
    }
}
