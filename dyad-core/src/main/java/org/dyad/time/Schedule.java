package org.dyad.time;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;

/** Whether a verb of scheduling (data/time/schedule-verbs.tsv) governs a time expression, which then lies ahead. */
final class Schedule {

    private enum Only { ANY, INFINITIVE, UNTIL }

    private static final Set<String> UNTIL = Set.of("until", "till", "to");
    private static final Map<String, Only> VERBS = read(TsvFile.resource("time/schedule-verbs.tsv"));

    private Schedule() {}

    private static Map<String, Only> read(TsvFile file) {
        return file.rows().stream().collect(Collectors.toUnmodifiableMap(r -> r.get("lemma"), r -> switch (r.get("only")) {
            case "" -> Only.ANY;
            case "infinitive" -> Only.INFINITIVE;
            case "until" -> Only.UNTIL;
            default -> throw new DataFileException(r.origin(), r.line(), "'only' must be empty, infinitive or until");
        }));
    }

    /** From the first verb above the expression, up through infinitives ("planned to leave on Thursday"). */
    static boolean governs(Sentence s, TimeExpression t, int verb) {
        for (int k = verb, steps = 0; k >= 0 && steps < 3; k = s.head(k), steps++) {
            Only only = VERBS.get(s.token(k).lemma().toLowerCase(Locale.ROOT));
            if (only != null && allows(only, s, t, k != verb)) {
                return s.children(k, "aux").stream().noneMatch(a -> s.token(a).word().equalsIgnoreCase("had"));
            }
            if (!s.relation(k).equals("xcomp")) break;
        }
        return false;
    }

    /** Without a parse: a verb of scheduling before the expression, not after "had" ("had been due to expire Friday"). */
    static boolean precedes(Sentence s, TimeExpression t) {
        for (int k = 0; k < t.firstToken(); k++) {
            Only only = VERBS.get(s.token(k).lemma().toLowerCase(Locale.ROOT));
            if (only == null || !isPredicate(s, k)) continue;
            boolean infinitive = k + 1 < s.size() && s.token(k + 1).word().equalsIgnoreCase("to");
            if (allows(only, s, t, infinitive)) {
                return s.tokens().subList(Math.max(0, k - 2), k).stream().noneMatch(a -> a.word().equalsIgnoreCase("had"));
            }
        }
        return false;
    }

    /** A verb or "due", but a participle only after "have" or "be": not "a service planned for Saturday", "lower-than-expected". */
    private static boolean isPredicate(Sentence s, int k) {
        String pos = s.token(k).pos();
        if (pos.equals("VBN")) {
            return s.tokens().subList(Math.max(0, k - 2), k).stream().anyMatch(a -> a.lemma().equals("have") || a.lemma().equals("be"));
        }
        return s.token(k).isVerb() || pos.equals("JJ");
    }

    private static boolean allows(Only only, Sentence s, TimeExpression t, boolean throughInfinitive) {
        return switch (only) {
            case ANY -> true;
            case INFINITIVE -> throughInfinitive;
            case UNTIL -> t.firstToken() > 0 && UNTIL.contains(s.token(t.firstToken() - 1).word().toLowerCase(Locale.ROOT));
        };
    }
}
