package org.dyad.dictionary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorEntry;
import org.dyad.attribution.ReportedSpeech;
import org.dyad.coding.Discards;
import org.dyad.coding.PatternBook;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.datafile.Warning;
import org.dyad.ontology.CameoOntology;
import org.dyad.petrarch.PetrarchDictionary;

/**
 * The dictionaries in force: actors, event patterns and discard phrases, assembled from Dyad's
 * own files, the PETRARCH dictionaries bundled beneath them (data/petrarch/bundled.txt), and
 * the user's files, which take precedence. A user's file may be any of Dyad's formats or any
 * PETRARCH/TABARI dictionary; its kind is told from its content.
 */
public record Dictionaries(ActorDictionary actors, PatternBook patterns, Discards discards, List<DictionaryFile> files) {

    /**
     * How to assemble them.
     *
     * @param bundled use the dictionaries shipped with Dyad (off: only the user's files, to
     *                reproduce a PETRARCH set-up)
     * @param strict  a line that cannot be read fails the load instead of being skipped with a warning
     */
    public record Options(boolean bundled, boolean strict) {
        public static final Options DEFAULT = new Options(true, false);
    }

    /** Every warning of every file read. */
    public List<Warning> warnings() {
        List<Warning> out = new ArrayList<>();
        for (DictionaryFile f : files) out.addAll(f.warnings());
        out.addAll(patterns.warnings());
        return out;
    }

    public static Dictionaries bundled() {
        return load(List.of(), Options.DEFAULT);
    }

    public static Dictionaries load(List<Path> userFiles, Options options) {
        CameoOntology ontology = CameoOntology.bundled();
        ReportedSpeech speech = ReportedSpeech.bundled();
        Map<String, String> countryNames = new HashMap<>();
        List<ActorEntry> actors = new ArrayList<>();
        PatternBook.Builder patterns = PatternBook.builder(ontology);
        Discards discards = Discards.NONE;
        List<DictionaryFile> files = new ArrayList<>();
        if (options.bundled()) {
            PetrarchDictionary.Context context = new PetrarchDictionary.Context(ActorEntry.Layer.BUNDLED_IMPORT, speech::isReportingLemma,
                    c -> ontology.find(c).isPresent());
            for (String name : BundledImports.names()) {
                PetrarchDictionary d = PetrarchDictionary.read("dyad-data/petrarch/" + name, BundledImports.text(name), context);
                if (d instanceof PetrarchDictionary.Verbs v) patterns.addBeneath(v.patterns());
                else discards = add(d, actors, patterns, discards);
            }
            actors.addAll(ActorDictionary.bundledEntries(countryNames));
            patterns.addBundled();
        }
        for (Path file : userFiles) {
            String origin = file.toString();
            String text = read(file);
            DictionaryFile report;
            TsvFile tsv = dyadTsv(origin, text);
            if (tsv != null && ActorDictionary.isDyadDictionary(tsv)) {
                List<ActorEntry> entries = ActorDictionary.userEntries(tsv, countryNames);
                actors.addAll(entries);
                report = new DictionaryFile(origin, "dyad actors", entries.size(), List.of(), 0, Map.of());
            } else if (tsv != null && tsv.hasColumns("code", "pattern")) {
                int before = patterns.warningCount();
                patterns.addTsv(tsv);
                report = new DictionaryFile(origin, "dyad patterns", tsv.rows().size(), patterns.warningsSince(before), 0, Map.of());
            } else if (tsv != null) {
                throw new DataFileException(origin, 0, "a tab-separated file, but neither a Dyad dictionary nor a pattern file: header " + tsv.header());
            } else {
                PetrarchDictionary d = PetrarchDictionary.read(origin, text,
                        new PetrarchDictionary.Context(ActorEntry.Layer.USER, speech::isReportingLemma, c -> ontology.find(c).isPresent()));
                discards = add(d, actors, patterns, discards);
                report = report(d);
            }
            if (options.strict() && !report.warnings().isEmpty()) {
                Warning w = report.warnings().get(0);
                throw new DataFileException(w.origin(), w.line(), w.reason() + " (--strict)");
            }
            files.add(report);
        }
        PatternBook book = patterns.build();
        if (options.strict() && !book.warnings().isEmpty()) {
            Warning w = book.warnings().get(0);
            throw new DataFileException(w.origin(), w.line(), w.reason() + " (--strict)");
        }
        return new Dictionaries(ActorDictionary.of(actors, countryNames), book, discards, files);
    }

    private static Discards add(PetrarchDictionary d, List<ActorEntry> actors, PatternBook.Builder patterns, Discards discards) {
        if (d instanceof PetrarchDictionary.Actors a) actors.addAll(a.actors());
        if (d instanceof PetrarchDictionary.Verbs v) patterns.addLayer(v.patterns());
        return d instanceof PetrarchDictionary.DiscardList l ? discards.plus(l.discards()) : discards;
    }

    private static DictionaryFile report(PetrarchDictionary d) {
        if (d instanceof PetrarchDictionary.Verbs v) {
            return new DictionaryFile(v.origin(), v.kind(), v.entries(), v.warnings(), v.translated(), v.untranslated());
        }
        return new DictionaryFile(d.origin(), d.kind(), d.entries(), d.warnings(), 0, Map.of());
    }

    /** The file as UTF-8 text (PETRARCH files are ASCII). */
    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(file.toString(), 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new DataFileException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /** A Dyad file's first non-comment line is a tab-separated header; PETRARCH files have no tabs there. */
    private static TsvFile dyadTsv(String origin, String text) {
        boolean tsv = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst().map(l -> l.contains("\t")).orElse(false);
        if (!tsv) return null;
        try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            return TsvFile.read(origin, in);
        } catch (IOException e) {
            throw new DataFileException(origin, 0, e.getMessage());
        }
    }
}
