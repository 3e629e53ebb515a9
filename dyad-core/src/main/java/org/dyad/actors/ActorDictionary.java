package org.dyad.actors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;
import java.util.IdentityHashMap;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Sentence;

/**
 * All actor dictionaries in force: the ones bundled with Dyad and any user files, which take
 * precedence. Finds dictionary phrases in a sentence with a word trie.
 */
public final class ActorDictionary {

    /** A dictionary phrase found in a sentence: tokens {@code first..last} and its entries. */
    public record Match(int first, int last, List<ActorEntry> entries) {}

    private final List<ActorEntry> entries;
    private final Map<String, String> countryNames;
    private final PhraseTrie<ActorEntry> cased = new PhraseTrie<>();
    private final PhraseTrie<ActorEntry> caseless = new PhraseTrie<>();

    private ActorDictionary(List<ActorEntry> entries, Map<String, String> countryNames, Set<ActorEntry> caselessNames) {
        this.entries = List.copyOf(entries);
        this.countryNames = Map.copyOf(countryNames);
        for (ActorEntry e : entries) {
            boolean ignoreCase = e.kind() == ActorEntry.Kind.AGENT || caselessNames.contains(e);
            add(e, ignoreCase);
        }
    }

    private void add(ActorEntry e, boolean ignoreCase) {
        List<String> words = PhraseTrie.words(e.surface(), ignoreCase);
        if (words.isEmpty()) return;
        (ignoreCase ? caseless : cased).add(words, e);
        // "the Jewish state" is also written "Jewish state".
        if (words.size() > 1 && words.get(0).equals("the")) (ignoreCase ? caseless : cased).add(words.subList(1, words.size()), e);
    }

    /** The dictionaries bundled with Dyad, listed in data/actors/bundled.txt. */
    public static ActorDictionary bundled() {
        return load(List.of());
    }

    /** The bundled dictionaries plus the user's files, Dyad TSV or PETRARCH format, told apart by content. */
    public static ActorDictionary load(List<Path> userFiles) {
        List<ActorEntry> all = new ArrayList<>();
        // TABARI dictionaries are upper case: their names match text regardless of case.
        Set<ActorEntry> caselessNames = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, String> countryNames = new HashMap<>();
        for (String name : bundledFileNames()) {
            all.addAll(DyadDictionaryFormat.entries(TsvFile.resource("actors/" + name), false, countryNames));
        }
        for (Path file : userFiles) {
            String text = readUserFile(file);
            if (looksLikeDyadTsv(text)) {
                try {
                    TsvFile tsv = TsvFile.read(file.toString(), new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
                    if (!DyadDictionaryFormat.recognizes(tsv)) throw new DataFileException(file.toString(), 0, "unknown dictionary header " + tsv.header());
                    all.addAll(DyadDictionaryFormat.entries(tsv, true, countryNames));
                } catch (IOException e) {
                    throw new DataFileException(file.toString(), 0, e.getMessage());
                }
            } else {
                List<ActorEntry> imported = PetrarchDictionaryFormat.entries(file.toString(), text, true);
                all.addAll(imported);
                for (ActorEntry e : imported) if (e.kind() != ActorEntry.Kind.AGENT) caselessNames.add(e);
            }
        }
        return new ActorDictionary(all, countryNames, caselessNames);
    }

    private static List<String> bundledFileNames() {
        try (InputStream in = ActorDictionary.class.getResourceAsStream("/dyad-data/actors/bundled.txt")) {
            if (in == null) throw new DataFileException("dyad-data/actors/bundled.txt", 0, "missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new DataFileException("dyad-data/actors/bundled.txt", 0, e.getMessage());
        }
    }

    private static String readUserFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new DataFileException(file.toString(), 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new DataFileException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /** A Dyad file's first non-comment line is a tab-separated header; TABARI files have no tabs there. */
    private static boolean looksLikeDyadTsv(String text) {
        return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst().map(l -> l.contains("\t")).orElse(false);
    }

    public List<ActorEntry> entries() {
        return entries;
    }

    public String countryName(String iso3) {
        return countryNames.getOrDefault(iso3, iso3);
    }

    /** Longest dictionary phrases in a sentence, left to right, not overlapping. */
    public List<Match> matches(Sentence sentence) {
        List<Match> out = new ArrayList<>();
        int n = sentence.size();
        // Normalized once per sentence, not once per candidate start.
        String[] casedWords = new String[n];
        String[] caselessWords = new String[n];
        for (int k = 0; k < n; k++) {
            casedWords[k] = PhraseTrie.normalize(sentence.token(k).word(), false);
            caselessWords[k] = casedWords[k].toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < n; ) {
            PhraseTrie.Match<ActorEntry> a = cased.longest(k -> casedWords[k], i, n);
            PhraseTrie.Match<ActorEntry> b = caseless.longest(k -> caselessWords[k], i, n);
            PhraseTrie.Match<ActorEntry> best = a == null ? b : b == null || a.length() >= b.length() ? a : b;
            if (best == null) {
                i++;
            } else {
                out.add(new Match(i, i + best.length() - 1, best.values()));
                i += best.length();
            }
        }
        return out;
    }

    /** The entry in force on a date: user entries first, then the order of the files. */
    public static Optional<ActorEntry> inForce(List<ActorEntry> candidates, LocalDate date) {
        return candidates.stream().filter(e -> e.holdsOn(date))
                .min(Comparator.comparing((ActorEntry e) -> !e.user()));
    }

    /** Every entry whose surface is exactly {@code name} (case-insensitively when no cased entry matches). */
    public List<ActorEntry> lookup(String name) {
        List<String> casedWords = PhraseTrie.words(name, false);
        PhraseTrie.Match<ActorEntry> m = cased.longest(casedWords::get, 0, casedWords.size());
        List<ActorEntry> out = new ArrayList<>();
        if (m != null && m.length() == casedWords.size()) out.addAll(m.values());
        List<String> lower = PhraseTrie.words(name, true);
        PhraseTrie.Match<ActorEntry> c = caseless.longest(lower::get, 0, lower.size());
        if (c != null && c.length() == lower.size()) out.addAll(c.values());
        if (out.isEmpty()) {
            for (ActorEntry e : entries) if (e.surface().equalsIgnoreCase(name.trim())) out.add(e);
        }
        out.sort(Comparator.comparing((ActorEntry e) -> !e.user()));
        return out;
    }
}
