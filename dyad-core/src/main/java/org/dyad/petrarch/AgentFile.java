package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorEntry;
import org.dyad.datafile.Warning;

/**
 * A PETRARCH agent dictionary: role words and the role code they add to an actor.
 *
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON    a substitution set
 * CONGRESS!PERSON! [~LEG]                      one entry per member, no further plurals
 * POLICEMAN {POLICEMEN} [~COP]                 irregular plurals in braces
 * TROOP {} [~MIL]                              no plural
 * SOLDIER_ [~MIL]                              a regular plural is formed: SOLDIERS
 * HUMAN_RIGHTS_BODY [NGO~]                     a code PETRARCH puts before the country's
 * </pre>
 * Agents match regardless of case.
 */
final class AgentFile {

    private static final Pattern SUBSTITUTION = Pattern.compile("(![A-Z0-9_]+!)\\s*=\\s*(.*)");
    private static final Pattern BRACES = Pattern.compile("\\{([^}]*)}");

    private AgentFile() {}

    static PetrarchDictionary.Actors read(String origin, List<PetrarchLines.Line> lines, ActorEntry.Layer layer) {
        List<Warning> warnings = new ArrayList<>();
        Map<String, List<String>> sets = new HashMap<>();
        for (PetrarchLines.Line line : lines) {
            Matcher m = SUBSTITUTION.matcher(line.text());
            if (m.matches()) {
                List<String> members = new ArrayList<>();
                for (String s : m.group(2).split(",")) if (!s.isBlank()) members.add(s.trim().replace(" ", ""));
                sets.put(m.group(1), members);
            }
        }
        List<ActorEntry> out = new ArrayList<>();
        int entries = 0;
        for (PetrarchLines.Line line : lines) {
            String t = line.text();
            if (SUBSTITUTION.matcher(t).matches()) continue;
            List<String> problems = new ArrayList<>();
            List<String> brackets = CodeTag.brackets(t, problems);
            CodeTag code = null;
            for (String inside : brackets) {
                try {
                    CodeTag c = CodeTag.parse(inside);
                    if (c.agent() && c.code() != null) code = c;
                    else problems.add("'[" + inside + "]' is not a role code ('~' before or after it)");
                } catch (CodeTag.Malformed e) {
                    problems.add(e.getMessage());
                }
            }
            if (code == null) {
                if (problems.isEmpty()) problems.add("an agent without a role code");
                for (String p : problems) warnings.add(new Warning(origin, line.number(), p + "; the line is skipped"));
                continue;
            }
            for (String p : problems) warnings.add(new Warning(origin, line.number(), p));
            int cut = ActorFile.indexOfAny(t, "[{");
            String phraseText = (cut < 0 ? t : t.substring(0, cut)).trim();
            List<Phrase> forms = new ArrayList<>();
            try {
                forms.addAll(expand(phraseText, sets, plurals(t, phraseText)));
            } catch (IllegalArgumentException e) {
                warnings.add(new Warning(origin, line.number(), e.getMessage() + "; the line is skipped"));
                continue;
            }
            entries++;
            String where = origin + ":" + line.number();
            Actor actor = Actor.of(null, code.code(), forms.get(0).words().toLowerCase());
            for (Phrase p : forms) {
                out.add(new ActorEntry(p.words(), ActorEntry.Kind.AGENT, actor, null, null, where, layer, ActorEntry.Casing.IGNORE, p.stem(), false));
            }
        }
        return new PetrarchDictionary.Actors(origin, entries, out, warnings);
    }

    /** The plurals written in braces, or null when there are no braces (a regular plural is formed). */
    private static List<Phrase> plurals(String line, String phrase) {
        Matcher m = BRACES.matcher(line);
        if (!m.find()) return null;
        List<Phrase> out = new ArrayList<>();
        for (String p : m.group(1).trim().split("\\s+")) if (!p.isEmpty()) out.add(Phrase.parse(p));
        return out;
    }

    /** The phrase with each substitution set spelled out, and its plurals. */
    private static List<Phrase> expand(String phrase, Map<String, List<String>> sets, List<Phrase> plurals) {
        Matcher m = Pattern.compile("![A-Z0-9_]+!").matcher(phrase);
        if (m.find()) {
            List<String> members = sets.get(m.group());
            if (members == null) throw new IllegalArgumentException("undefined substitution set " + m.group());
            List<Phrase> out = new ArrayList<>();
            for (String member : members) {
                out.addAll(expand(phrase.substring(0, m.start()) + member + phrase.substring(m.end()), sets, List.of()));
            }
            return out;
        }
        Phrase p = Phrase.parse(phrase);
        if (p.words().isEmpty()) throw new IllegalArgumentException("an agent without words");
        List<Phrase> out = new ArrayList<>(List.of(p));
        if (plurals == null) {
            if (!p.stem()) out.add(p.plural()); // a stem already matches its plurals
        } else {
            out.addAll(plurals);
        }
        return out;
    }
}
