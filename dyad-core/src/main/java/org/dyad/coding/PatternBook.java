package org.dyad.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.ontology.CameoOntology;

/** The event patterns in force, indexed by head lemma. */
public final class PatternBook {

    private final Map<String, List<EventPattern>> byHead = new HashMap<>();
    private final List<EventPattern> all = new ArrayList<>();

    private PatternBook() {}

    public static PatternBook bundled(CameoOntology ontology) {
        PatternBook book = new PatternBook();
        book.addAll(TsvFile.resource("coding/patterns.tsv"), ontology);
        return book;
    }

    /** The bundled patterns plus users' pattern files, which compete with them by specificity. */
    public static PatternBook load(List<Path> userFiles, CameoOntology ontology) {
        PatternBook book = bundled(ontology);
        for (Path file : userFiles) {
            TsvFile tsv = TsvFile.read(file);
            if (!tsv.hasColumns("code", "pattern")) throw new DataFileException(file.toString(), 0, "a pattern file needs the columns code and pattern");
            book.addAll(tsv, ontology);
        }
        return book;
    }

    private void addAll(TsvFile file, CameoOntology ontology) {
        for (TsvFile.Row row : file.rows()) {
            EventPattern p = parse(row.get("code"), row.get("pattern"), row.where());
            if (ontology.find(p.code()).isEmpty()) throw new DataFileException(row.origin(), row.line(), "unknown CAMEO code " + p.code());
            byHead.computeIfAbsent(key(p.head(), p.nominal()), k -> new ArrayList<>()).add(p);
            all.add(p);
        }
    }

    static EventPattern parse(String code, String pattern, String where) {
        String[] parts = pattern.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) throw new DataFileException(where, 0, "empty pattern");
        boolean nominal = parts[0].startsWith("n:");
        String head = nominal ? parts[0].substring(2) : parts[0];
        if (head.isEmpty()) throw new DataFileException(where, 0, "pattern without a head: " + pattern);
        List<String> words = new ArrayList<>();
        String target = null;
        String source = null;
        for (int i = 1; i < parts.length; i++) {
            String e = parts[i];
            if (e.startsWith(">")) target = e.substring(1).replace('_', ' ');
            else if (e.startsWith("<")) source = e.substring(1).replace('_', ' ');
            else words.add(e);
        }
        return new EventPattern(code, head, nominal, List.copyOf(words), target, source, where);
    }

    public List<EventPattern> forHead(String lemma, boolean nominal) {
        return byHead.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), nominal), List.of());
    }

    public boolean isHead(String lemma, boolean nominal) {
        return byHead.containsKey(key(lemma.toLowerCase(Locale.ROOT), nominal));
    }

    public List<EventPattern> all() {
        return all;
    }

    private static String key(String lemma, boolean nominal) {
        return nominal ? "n:" + lemma : lemma;
    }
}
