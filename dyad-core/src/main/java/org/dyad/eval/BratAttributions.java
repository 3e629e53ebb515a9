package org.dyad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.datafile.DataFileException;

/**
 * Reads texts annotated for attribution in brat standoff, as PolNeAR publishes them: each
 * {@code NAME.ann} holds text-bound spans ({@code T1 Source 89 106 ...}, discontinuous spans
 * joined by ";") and attribution events joining them by role ({@code E1 Attribution:T4
 * Content:T3 Cue:T2 Source:T1}; Content2 continues a content). The text is {@code NAME.txt}
 * beside the .ann or in a sibling {@code text} folder, where NAME may drop the last
 * "_part" of the .ann's name (PolNeAR adds the annotator's id). A text annotated several
 * times is read once, with the first annotation in name order. The publication date is the
 * first YYYY-MM-DD in the file name, else the date given. Format: docs/eval.md.
 */
public final class BratAttributions {

    /** A character span of the text. */
    public record Span(int start, int end) {

        public boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }
    }

    /** One attribution relation: who (source, may be empty), the cue, and what was attributed. */
    public record GoldAttribution(List<Span> source, List<Span> cue, List<Span> content) {}

    /** A text with its attributions. */
    public record AnnotatedText(String id, String text, LocalDate published, List<GoldAttribution> attributions) {}

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private BratAttributions() {}

    /** Every annotated text under a folder (searched recursively), in name order. */
    public static List<AnnotatedText> read(Path folder, LocalDate fallbackDate) {
        Map<Path, Path> annotationOf = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                Path text = textOf(ann);
                if (text == null) throw new DataFileException(ann.toString(), 0, "no text file for it (NAME.txt beside it or in ../text)");
                annotationOf.putIfAbsent(text, ann);
            }
        } catch (IOException e) {
            throw new DataFileException(folder.toString(), 0, "cannot read: " + e.getMessage());
        }
        if (annotationOf.isEmpty()) throw new DataFileException(folder.toString(), 0, "no .ann files");
        List<AnnotatedText> out = new ArrayList<>();
        annotationOf.forEach((text, ann) -> out.add(read(text, ann, fallbackDate)));
        return out;
    }

    private static Path textOf(Path ann) {
        String name = ann.getFileName().toString().replaceFirst("\\.ann$", "");
        List<String> stems = new ArrayList<>(List.of(name));
        if (name.lastIndexOf('_') > 0) stems.add(name.substring(0, name.lastIndexOf('_')));
        Path dir = ann.getParent();
        for (String stem : stems) {
            for (Path candidate : List.of(dir.resolve(stem + ".txt"), dir.resolveSibling("text").resolve(stem + ".txt"))) {
                if (Files.isRegularFile(candidate)) return candidate;
            }
        }
        return null;
    }

    private static AnnotatedText read(Path textFile, Path ann, LocalDate fallbackDate) {
        String text = readString(textFile);
        String id = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
        Matcher date = DATE.matcher(id);
        LocalDate published = date.find() ? LocalDate.parse(date.group()) : fallbackDate;
        if (published == null) throw new DataFileException(textFile.toString(), 0, "no YYYY-MM-DD date in the file name, and no --published date");
        Map<String, List<Span>> spans = new HashMap<>();
        List<String> lines = readString(ann).lines().toList();
        List<GoldAttribution> attributions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            if (f[0].startsWith("T") && f.length >= 2) spans.put(f[0], spans(ann, i + 1, f[1], text.length()));
        }
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            if (f[0].startsWith("E") && f.length >= 2) attributions.add(attribution(ann, i + 1, f[1], spans));
        }
        return new AnnotatedText(id, text, published, attributions);
    }

    /** "Source 89 106" or "Content 2103 2168;2170 2425". */
    private static List<Span> spans(Path ann, int line, String field, int length) {
        String[] typeAndSpans = field.split(" ", 2);
        if (typeAndSpans.length < 2) throw new DataFileException(ann.toString(), line, "a text-bound annotation without offsets");
        List<Span> out = new ArrayList<>();
        for (String part : typeAndSpans[1].split(";")) {
            String[] se = part.trim().split(" ");
            try {
                Span s = new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1]));
                if (s.start() < 0 || s.end() > length || s.start() > s.end()) throw new NumberFormatException();
                out.add(s);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new DataFileException(ann.toString(), line, "offsets \"" + part + "\" are not a span of the text");
            }
        }
        return out;
    }

    /** "Attribution:T4 Content:T3 Cue:T2 Source:T1": roles Source, Cue, Content, Content2 ... */
    private static GoldAttribution attribution(Path ann, int line, String field, Map<String, List<Span>> spans) {
        List<Span> source = new ArrayList<>();
        List<Span> cue = new ArrayList<>();
        List<Span> content = new ArrayList<>();
        String[] args = field.split(" ");
        for (int k = 1; k < args.length; k++) {
            String[] roleAndId = args[k].split(":");
            List<Span> s = roleAndId.length == 2 ? spans.get(roleAndId[1]) : null;
            if (s == null) throw new DataFileException(ann.toString(), line, "argument \"" + args[k] + "\" names no text-bound annotation");
            String role = roleAndId[0];
            if (role.equals("Source")) source.addAll(s);
            else if (role.equals("Cue")) cue.addAll(s);
            else if (role.startsWith("Content")) content.addAll(s);
        }
        return new GoldAttribution(source, cue, content);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFileException(file.toString(), 0, "cannot read as UTF-8 text: " + e.getMessage());
        }
    }
}
