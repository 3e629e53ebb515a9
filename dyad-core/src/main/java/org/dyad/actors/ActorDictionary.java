package org.dyad.actors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Sentence;

/**
 * All actor dictionaries in force: Dyad's own, PETRARCH ones imported beneath them, and the
 * user's files, which take precedence. Finds dictionary phrases in a sentence with word tries,
 * one per way of matching case ({@link ActorEntry.Casing}).
 */
public final class ActorDictionary {

    private static final int OFFICE_NEWS_DAYS = 31;

    /** A dictionary phrase found in a sentence: tokens {@code first..last} and its entries. */
    public record Match(int first, int last, List<ActorEntry> entries) {}

    /** Lower-case words that may stand inside a capitalized name ("Bank of England"), besides name particles ("Abu al-Rahman"). */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "the", "and", "for", "-", "'s", "'", "&", ".");

    private final List<ActorEntry> entries;
    private final Map<String, String> countryNames;
    private final PhraseTrie<ActorEntry> exact = new PhraseTrie<>();
    private final PhraseTrie<ActorEntry> caseless = new PhraseTrie<>();
    private final PhraseTrie<ActorEntry> names = new PhraseTrie<>();

    private ActorDictionary(List<ActorEntry> entries, Map<String, String> countryNames) {
        this.entries = List.copyOf(entries);
        this.countryNames = Map.copyOf(countryNames);
        for (ActorEntry e : entries) add(e);
    }

    /** The entries, in any order: precedence is by layer, not position. */
    public static ActorDictionary of(List<ActorEntry> entries, Map<String, String> countryNames) {
        return new ActorDictionary(entries, countryNames);
    }

    private void add(ActorEntry e) {
        List<String> words = PhraseTrie.words(e.surface(), e.casing() != ActorEntry.Casing.EXACT);
        if (words.isEmpty()) return;
        PhraseTrie<ActorEntry> trie = switch (e.casing()) {
            case EXACT -> exact;
            case IGNORE -> caseless;
            // A short upper-case name alone is an acronym: "US" is not "us".
            case NAME -> words.size() == 1 && words.get(0).length() < PhraseTrie.MIN_STEM ? exact : names;
        };
        if (trie == exact && e.casing() == ActorEntry.Casing.NAME) words = List.of(words.get(0).toUpperCase(Locale.ROOT));
        trie.add(words, e, e.stem());
        // "the Jewish state" is also written "Jewish state".
        if (words.size() > 1 && words.get(0).equals("the")) trie.add(words.subList(1, words.size()), e, e.stem());
    }

    /** The dictionaries bundled with Dyad, alone. */
    public static ActorDictionary bundled() {
        Map<String, String> names = new HashMap<>();
        return of(bundledEntries(names), names);
    }

    /** The entries of Dyad's own dictionaries (data/actors/bundled.txt); country names go into {@code countryNames}. */
    public static List<ActorEntry> bundledEntries(Map<String, String> countryNames) {
        List<ActorEntry> all = new ArrayList<>();
        for (String name : bundledFileNames()) {
            all.addAll(DyadDictionaryFormat.entries(TsvFile.resource("actors/" + name), false, countryNames));
        }
        return all;
    }

    /** A user's dictionary in Dyad's TSV format (docs/dictionaries.md). */
    public static List<ActorEntry> userEntries(TsvFile file, Map<String, String> countryNames) {
        if (!DyadDictionaryFormat.recognizes(file)) throw new DataFileException(file.origin(), 0, "unknown dictionary header " + file.header());
        return DyadDictionaryFormat.entries(file, true, countryNames);
    }

    /** True for the header of one of Dyad's actor dictionary kinds. */
    public static boolean isDyadDictionary(TsvFile file) {
        return DyadDictionaryFormat.recognizes(file);
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

    public List<ActorEntry> entries() {
        return entries;
    }

    public String countryName(String iso3) {
        return countryNames.getOrDefault(iso3, iso3);
    }

    /** Longest dictionary phrases in a sentence, left to right, not overlapping. */
    public List<Match> matches(Sentence sentence) {
        int n = sentence.size();
        String[] words = new String[n];
        for (int k = 0; k < n; k++) words[k] = sentence.token(k).word();
        List<Match> out = new ArrayList<>();
        Forms forms = new Forms(words);
        for (int i = 0; i < n; ) {
            PhraseTrie.Match<ActorEntry> best = longest(forms, i, n);
            if (best == null) {
                i++;
            } else {
                out.add(new Match(i, i + best.length() - 1, best.values()));
                i += best.length();
            }
        }
        return out;
    }

    /** The words of a sentence in each normal form, computed once per sentence rather than once per candidate start. */
    private static final class Forms {
        final String[] cased;
        final String[] lower;
        final String[] name;

        Forms(String[] words) {
            int n = words.length;
            cased = new String[n];
            lower = new String[n];
            name = new String[n];
            for (int k = 0; k < n; k++) {
                cased[k] = PhraseTrie.normalize(words[k], false);
                lower[k] = cased[k].toLowerCase(Locale.ROOT);
                name[k] = isNameWord(cased[k]) ? lower[k] : null;
            }
        }

        private static boolean isNameWord(String w) {
            char c = w.charAt(0);
            return Character.isUpperCase(c) || Character.isDigit(c) || NAME_CONNECTORS.contains(w) || PhraseTrie.NAME_PARTICLES.contains(w);
        }
    }

    private PhraseTrie.Match<ActorEntry> longest(Forms f, int i, int n) {
        PhraseTrie.Match<ActorEntry> best = exact.longest(k -> f.cased[k], i, n);
        best = longer(best, caseless.longest(k -> f.lower[k], i, n));
        return longer(best, names.longest(k -> f.name[k], i, n));
    }

    private static PhraseTrie.Match<ActorEntry> longer(PhraseTrie.Match<ActorEntry> a, PhraseTrie.Match<ActorEntry> b) {
        return a == null || b != null && b.length() > a.length() ? b : a;
    }

    /**
     * The entry in force on a date: the highest layer first (user, Dyad's own, imported), and
     * within it a dated entry before a default one. It may be a name that codes nothing.
     */
    public static Optional<ActorEntry> inForce(List<ActorEntry> candidates, LocalDate date) {
        return candidates.stream().filter(e -> e.holdsOn(date))
                .min(Comparator.comparing(ActorEntry::layer).thenComparing(ActorEntry::fallback));
    }

    /**
     * The entry that codes a name on a date: the one in force, else, for a person who held an
     * office of state before the date, an elite of that country (ELI), as "a former minister" is
     * and as the Phoenix dictionaries code leaders out of office ("Bill Clinton" in 2019). The last
     * office counts, and for a month after it ends the news is still of its holder ("May steps
     * down today", "Soleimani was killed on Friday"). The elite is a default code: an office the
     * text gives with the name wins over it.
     */
    public static Optional<ActorEntry> codedOn(List<ActorEntry> candidates, LocalDate date) {
        Optional<ActorEntry> inForce = inForce(candidates, date);
        if (inForce.isPresent()) return inForce;
        Optional<ActorEntry> last = candidates.stream()
                .filter(e -> e.kind() == ActorEntry.Kind.PERSON && e.actor() != null && e.actor().country() != null
                        && ActorCodes.isOffice(e.actor().role()) && e.to() != null && !date.isBefore(e.to()))
                .max(Comparator.comparing(ActorEntry::to));
        if (last.isEmpty() || date.isBefore(last.get().to().plusDays(OFFICE_NEWS_DAYS))) return last;
        ActorEntry e = last.get();
        return Optional.of(new ActorEntry(e.surface(), e.kind(), ActorCodes.formerHolder(e.actor()), e.to(), null,
                e.where() + ", after " + e.actor().code() + " " + e.range(), e.layer(), e.casing(), e.stem(), true));
    }

    /** Every entry whose surface is exactly {@code name}, as the text would be matched. */
    public List<ActorEntry> lookup(String name) {
        List<String> words = PhraseTrie.words(name, false);
        List<ActorEntry> out = new ArrayList<>();
        if (words.isEmpty()) return out;
        Forms f = new Forms(words.toArray(String[]::new));
        int n = words.size();
        for (PhraseTrie.Match<ActorEntry> m : java.util.stream.Stream.of(exact.longest(k -> f.cased[k], 0, n),
                caseless.longest(k -> f.lower[k], 0, n), names.longest(k -> f.name[k], 0, n)).filter(Objects::nonNull).toList()) {
            if (m.length() == n) for (ActorEntry e : m.values()) if (!out.contains(e)) out.add(e);
        }
        out.sort(Comparator.comparing(ActorEntry::layer).thenComparing(ActorEntry::fallback));
        return out;
    }
}
