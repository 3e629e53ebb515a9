package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.datafile.DataFileException;

/**
 * Imports PETRARCH/TABARI actor and agent dictionaries, so users keep the dictionaries they have.
 *
 * <pre>
 * JOHN_KERRY_            a phrase: words joined by '_', a trailing '_' optional
 * +JOHN_F._KERRY_        a synonym of the phrase above
 * [USALEG 850103-130201] a code with a date range: both ends, '&gt;from' or '&lt;until'
 * [USAGOV &gt;130201]
 * POLICEMAN_ {POLICEMEN_} [~COP]   an agent: '{...}' plural forms, '~' marks the role code
 * # a comment, to the end of the line
 * </pre>
 *
 * Dates are YYMMDD or YYYYMMDD; a two-digit year up to 30 is 20YY, otherwise 19YY.
 * TABARI entries are upper case, so they match text regardless of case.
 */
final class PetrarchDictionaryFormat {

    private static final Pattern CODE = Pattern.compile("\\[\\s*(~?)([A-Za-z]*)\\s*([<>]?)\\s*(\\d{6}|\\d{8})?(?:\\s*-\\s*(\\d{6}|\\d{8}))?\\s*]");
    private static final Pattern PLURALS = Pattern.compile("\\{([^}]*)}");

    private PetrarchDictionaryFormat() {}

    /** A phrase with its synonyms and codes, while it is being read. */
    private record Block(List<String> phrases, List<String> codes, int line) {}

    static List<ActorEntry> entries(String origin, String text, boolean user) {
        List<ActorEntry> out = new ArrayList<>();
        Block block = null;
        int number = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String raw;
            while ((raw = reader.readLine()) != null) {
                number++;
                String line = stripComment(raw).trim();
                if (line.isEmpty()) continue;
                if (line.startsWith("+")) {
                    if (block == null) throw new DataFileException(origin, number, "synonym '+' before any entry");
                    block.phrases().add(phrase(line.substring(1)));
                    addCodes(line, block, origin, number);
                } else if (line.startsWith("[")) {
                    if (block == null) throw new DataFileException(origin, number, "code before any entry");
                    addCodes(line, block, origin, number);
                } else {
                    emit(block, origin, user, out);
                    block = new Block(new ArrayList<>(), new ArrayList<>(), number);
                    block.phrases().add(phrase(line));
                    Matcher plurals = PLURALS.matcher(line);
                    while (plurals.find()) {
                        for (String p : plurals.group(1).trim().split("\\s+")) if (!p.isEmpty()) block.phrases().add(phrase(p));
                    }
                    addCodes(line, block, origin, number);
                }
            }
        } catch (IOException e) {
            throw new DataFileException(origin, number, e.getMessage());
        }
        emit(block, origin, user, out);
        return out;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** "JOHN_F._KERRY_ [USAGOV]" to "JOHN F. KERRY". */
    private static String phrase(String line) {
        String head = line.trim().split("[\\s\\[{]", 2)[0];
        return head.replace('_', ' ').trim();
    }

    private static void addCodes(String line, Block block, String origin, int number) {
        Matcher m = CODE.matcher(line);
        while (m.find()) block.codes().add(m.group(0));
        if (line.indexOf('[') >= 0 && block.codes().isEmpty()) throw new DataFileException(origin, number, "malformed code in '" + line.trim() + "'");
    }

    private static void emit(Block block, String origin, boolean user, List<ActorEntry> out) {
        if (block == null) return;
        String where = origin + ":" + block.line();
        for (String codeText : block.codes()) {
            Matcher m = CODE.matcher(codeText);
            if (!m.matches()) continue;
            boolean agent = !m.group(1).isEmpty();
            String code = m.group(2).toUpperCase();
            if (code.isEmpty()) continue; // "[---]"-style placeholders code nothing
            if (!ActorCodes.isWellFormed(code)) throw new DataFileException(origin, block.line(), "malformed actor code '" + code + "'");
            LocalDate from = null;
            LocalDate to = null;
            try {
                if (m.group(4) != null) {
                    LocalDate first = date(m.group(4));
                    if (m.group(5) != null) {
                        from = first;
                        to = date(m.group(5));
                    } else if (m.group(3).equals("<")) {
                        to = first;
                    } else {
                        from = first; // ">date" and a bare date both mean "from"
                    }
                }
            } catch (DateTimeException e) {
                throw new DataFileException(origin, block.line(), "bad date in " + codeText);
            }
            ActorEntry.Kind kind = agent ? ActorEntry.Kind.AGENT
                    : code.length() == 3 && !ActorCodes.isTransnational(code) ? ActorEntry.Kind.COUNTRY
                    : (from != null || to != null) ? ActorEntry.Kind.PERSON
                    : ActorEntry.Kind.ORGANIZATION;
            String name = titleCase(block.phrases().get(0));
            Actor actor = agent ? new Actor(code, name.toLowerCase(), null, code)
                    : new Actor(code, name, ActorCodes.country(code), ActorCodes.role(code));
            for (String p : block.phrases()) out.add(new ActorEntry(p, kind, actor, from, to, where, user));
        }
    }

    static LocalDate date(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6)));
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4)));
    }

    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder();
        for (String w : upper.toLowerCase().split(" ")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
