package org.dyad.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SUTime over windows of a few words around each time word or time-like number. Its cost
 * grows with the words it reads; a time expression never reaches further than the window
 * ("the second week of March 2013"), and weekdays, which need the sentence's tense, are
 * resolved by Dyad itself (org.dyad.time).
 */
final class TimeTagger {

    /** A year, a decade ("1990s", "mid-1990s", "'80s"), an ordinal day, a clock time or a numeric date: numbers that can be times ("39 people" cannot). */
    private static final Pattern TIME_NUMBER = Pattern.compile(
            "(mid-)?(1[5-9]|20)\\d\\d'?s?|'\\d0s|\\d{1,2}(st|nd|rd|th)|\\d{1,4}[/.:-]\\d{1,2}([/.:-]\\d{1,4})?|\\d{1,2}(am|pm|a\\.m\\.|p\\.m\\.)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> DEICTIC = Set.of("this", "last", "next");
    private static final Pattern DAY_OR_YEAR = Pattern.compile("\\d{1,2}|\\d{4}");
    private static final Set<String> BEFORE_MONTH = Set.of("in", "since", "until", "till", "by", "from", "through", "of", "during",
            "before", "after", "last", "next", "this", "early", "late", "mid", "mid-", "end", "between");

    /** Words read either side of a trigger: with five, TempEval-3's training data gave the same DATE values (docs/performance.md). */
    private static final int WINDOW = 3;

    private final TimeAnnotator sutime;
    private final Set<String> words = words();
    private final LongAdder windows = new LongAdder();

    TimeTagger() {
        Properties time = new Properties();
        time.setProperty("sutime.includeRange", "false");
        this.sutime = new TimeAnnotator("sutime", time);
    }

    /** The time expressions of tagged sentences, normalized against the document date. */
    List<CoreMap> tag(List<CoreMap> sentences, String text, String docDate) {
        List<CoreMap> windows = new ArrayList<>();
        Set<CoreLabel> notMonths = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CoreMap cm : sentences) {
            List<CoreLabel> tokens = cm.get(CoreAnnotations.TokensAnnotation.class);
            int from = -1;
            int to = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).word().equals("May") && !isMonthMay(tokens, i)) notMonths.add(tokens.get(i));
                if (!isTrigger(tokens, i)) continue;
                int start = Math.max(0, i - WINDOW);
                if (from >= 0 && start > to) {
                    windows.add(window(tokens.subList(from, to)));
                    from = -1;
                }
                if (from < 0) from = start;
                to = Math.min(tokens.size(), i + WINDOW + 1);
            }
            if (from >= 0) windows.add(window(tokens.subList(from, to)));
        }
        this.windows.add(windows.size());
        List<CoreMap> found = new ArrayList<>();
        List<CoreMap> parts = new ArrayList<>();
        for (CoreMap timex : sutime(windows, text, docDate)) {
            Timex t = timex.get(TimeAnnotations.TimexAnnotation.class);
            if (t != null && t.value() == null) parts.addAll(parts(timex));
            else if (!notMonths.containsAll(timex.get(CoreAnnotations.TokensAnnotation.class))) found.add(timex);
        }
        // "Nov. 3, the day before", "the first nine months of 1997": SUTime joins a date and the
        // phrase beside it into one expression with no value. The named date keeps its value; the
        // rest ("the day", "nine months") is relative to it and left out.
        for (CoreMap timex : sutime(parts, text, docDate)) {
            Timex t = timex.get(TimeAnnotations.TimexAnnotation.class);
            if (t != null && t.value() != null && isNamed(timex)) found.add(timex);
        }
        return found;
    }

    /** Windows SUTime has read so far. */
    long windows() {
        return windows.sum();
    }

    /** Each window is a sentence to the annotator, whose document entry point sets the date relative expressions are resolved against. */
    private List<CoreMap> sutime(List<CoreMap> windows, String text, String docDate) {
        if (windows.isEmpty()) return List.of();
        Annotation selected = new Annotation(text);
        selected.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        selected.set(CoreAnnotations.SentencesAnnotation.class, windows);
        sutime.annotate(selected);
        List<CoreMap> found = selected.get(TimeAnnotations.TimexAnnotations.class);
        return found == null ? List.of() : found;
    }

    /** A word of the list, also with an abbreviation's period ("Nov.", "Sept."), or a time-like number. */
    private boolean isTrigger(List<CoreLabel> tokens, int i) {
        String word = tokens.get(i).word();
        String w = word.toLowerCase(Locale.ROOT);
        return words.contains(w) || w.endsWith(".") && words.contains(w.substring(0, w.length() - 1))
                || TIME_NUMBER.matcher(word).matches() || isMonthMay(tokens, i);
    }

    /**
     * "May" is left out of the word list for the modal verb and the name ("Theresa May", "May's
     * agreement", which SUTime reads as the month when a time word is near). It is the month
     * before a day or a year ("May 6", "May 2019") and after a word that leads to a month ("in
     * May", "last May", "by May").
     */
    private static boolean isMonthMay(List<CoreLabel> tokens, int i) {
        if (!tokens.get(i).word().equals("May") || i == 0) return false;
        if (i + 1 < tokens.size() && DAY_OR_YEAR.matcher(tokens.get(i + 1).word()).matches()) return true;
        boolean possessive = i + 1 < tokens.size() && tokens.get(i + 1).word().startsWith("'");
        return !possessive && BEFORE_MONTH.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
    }

    /** A date with a number or a name in it ("Nov. 3", "1997", "December"), or one relative to the publication ("this year"). */
    private static boolean isNamed(CoreMap timex) {
        List<CoreLabel> tokens = timex.get(CoreAnnotations.TokensAnnotation.class);
        return DEICTIC.contains(tokens.get(0).word().toLowerCase(Locale.ROOT)) || tokens.stream()
                .anyMatch(k -> Character.isDigit(k.word().charAt(0)) || Character.isUpperCase(k.word().charAt(0)));
    }

    /** The parts of a composite expression between its commas and prepositions, and before "this", "last" or "next". */
    private static List<CoreMap> parts(CoreMap timex) {
        List<CoreLabel> tokens = timex.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean deictic = i < tokens.size() && i > from && DEICTIC.contains(tokens.get(i).word().toLowerCase(Locale.ROOT));
            boolean boundary = i == tokens.size() || tokens.get(i).word().equals(",") || "IN".equals(tokens.get(i).tag());
            if (!boundary && !deictic) continue;
            if (i > from) parts.add(window(tokens.subList(from, i).stream().map(TimeTagger::fresh).toList()));
            from = deictic ? i : i + 1;
        }
        return parts.size() > 1 ? parts : List.of();
    }

    /** A copy of a token without what the first reading left on it, which would lead SUTime back to the composite. */
    private static CoreLabel fresh(CoreLabel token) {
        CoreLabel copy = new CoreLabel();
        copy.setWord(token.word());
        copy.setValue(token.value());
        copy.setOriginalText(token.originalText());
        copy.setTag(token.tag());
        copy.setLemma(token.lemma());
        copy.setBeginPosition(token.beginPosition());
        copy.setEndPosition(token.endPosition());
        copy.setIndex(token.index());
        return copy;
    }

    private static CoreMap window(List<CoreLabel> words) {
        CoreMap window = new ArrayCoreMap();
        window.set(CoreAnnotations.TokensAnnotation.class, words);
        window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, words.get(0).beginPosition());
        window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, words.get(words.size() - 1).endPosition());
        window.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        window.set(CoreAnnotations.TokenEndAnnotation.class, words.size());
        return window;
    }

    private static Set<String> words() {
        try (InputStream in = TimeTagger.class.getResourceAsStream("/dyad-corenlp/time-words.txt")) {
            if (in == null) throw new IllegalStateException("dyad-corenlp/time-words.txt missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
