package org.dyad.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;

/**
 * Whether the text reports an act as done, from the cues of data/coding/factuality.tsv:
 * "could attack", "plans to attack", "refused to attack", "if it attacks", "did not attack"
 * are not attacks.
 */
final class Factuality {

    /** What becomes of an act, the word that decided it and what that word says (both null when nothing did). */
    record Verdict(Effect effect, String cue, String kind) {
        static final Verdict DONE = new Verdict(Effect.DONE, null, null);

        /** Said not to have been done, or refused. */
        boolean isNegated() {
            return effect == Effect.NEGATED || effect == Effect.REFUSED;
        }
    }

    enum Effect {
        /** Coded as done. */
        DONE,
        /** Coded as its source's intent or threat. */
        INTENT,
        /** Coded as negated: dropped unless negated events are kept. */
        NEGATED,
        /** Negated with a modal of intent ("will not recognize", "would not resign"): cooperation so refused is a rejection. */
        REFUSED,
        /** Not coded. */
        NONE
    }

    private static final Set<String> POSITIONS = Set.of("aux", "negation", "subject", "governor", "noun-governor", "mark", "modifier", "adverb", "frame", "sentence-end");
    /** Relations by which an act is the content of a governing word. */
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp", "obj", "nmod", "acl");
    /** Relations through which a governing cue still reaches an act further down ("refused to meet or talk"). */
    private static final Set<String> CHAIN = Set.of("xcomp", "ccomp", "conj");
    private static final int MAX_CLIMB = 4;
    static final String OBLIGATION = "obligation";

    private final Map<String, Map<String, Verdict>> cues = new HashMap<>();

    Factuality(TsvFile table) {
        for (TsvFile.Row row : table.rows()) {
            String position = row.get("position");
            if (!POSITIONS.contains(position)) throw new DataFileException(row.origin(), row.line(), "unknown position " + position);
            Effect effect;
            try {
                effect = Effect.valueOf(row.get("effect").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DataFileException(row.origin(), row.line(), "unknown effect " + row.get("effect"));
            }
            String cue = row.get("cue").toLowerCase(Locale.ROOT);
            if (cues.computeIfAbsent(position, k -> new HashMap<>()).put(cue, new Verdict(effect, cue, row.get("kind"))) != null) {
                throw new DataFileException(row.origin(), row.line(), "cue '" + cue + "' listed twice as " + position);
            }
        }
    }

    static Factuality bundled() {
        return new Factuality(TsvFile.resource("coding/factuality.tsv"));
    }

    /** The verdict on the act expressed by the predicate token. */
    Verdict of(Sentence s, int predicate) {
        Verdict end = s.size() == 0 ? null : lookup("sentence-end", s.token(s.size() - 1).word());
        if (end != null) return end; // "Will Russia send troops?" asks; it does not report
        Verdict own = local(s, predicate);
        if (own != null) return own;
        if (s.isInfinitive(predicate)) {
            // "Israel's plans to attack ...", parsed with "plans" as the infinitive's subject.
            for (int subj : s.children(predicate, "nsubj")) {
                Verdict v = lookup("noun-governor", s.token(subj).lemma());
                if (v != null) return v;
            }
            // "welcomed Ecuador's pledge to release ...", parsed with the infinitive on the verb: the
            // object just before it is what it completes
            int verb = s.head(predicate);
            for (int obj : verb < 0 ? List.<Integer>of() : s.children(verb, "obj")) {
                Verdict v = obj < predicate ? lookup("noun-governor", s.token(obj).lemma()) : null;
                if (v != null) return v;
            }
        }
        for (int k = predicate, steps = 0; steps < MAX_CLIMB; steps++) {
            int g = s.head(k);
            if (g < 0) break;
            String rel = base(s.relation(k));
            if (COMPLEMENTS.contains(rel) || s.isInfinitive(k)) {
                String position = s.token(g).isNoun() ? "noun-governor" : "governor";
                // "is prepared to talk" is ready to; "prepared to talk" (active) makes ready, and says nothing yet
                Verdict v = firstOf(Arguments.isMarkedPassive(s, g) ? lookup(position, s.token(g).word().toLowerCase(Locale.ROOT)) : null,
                        lookup(position, s.token(g).lemma()));
                if (v != null) return v;
            }
            if (s.token(k).isNoun() && s.token(g).isVerb()) {
                // An event noun shares its verb's modality: "launched strikes" were done, "will launch
                // strikes" are intended; as the verb's subject or adjunct any modal makes it unreal
                // ("a strike could come").
                if (rel.equals("obj")) return of(s, g);
                Verdict v = cue(s, g, "aux");
                return v == null ? Verdict.DONE : new Verdict(Effect.NONE, v.cue(), v.kind());
            }
            if (!CHAIN.contains(rel) && !s.isInfinitive(k)) break;
            // "No group claimed it, but the militias made threats": a conjoined clause with its own subject stands alone.
            if (rel.equals("conj") && !s.children(k, "nsubj").isEmpty()) break;
            // A verb shares the modality of the verb it continues ("would keep working with Washington") or is
            // joined to with no auxiliary of its own ("will reopen their embassies and resume flights"), but
            // not across a contrast ("would have faced impeachment but resigned": the resignation happened).
            boolean sharesModality = rel.equals("xcomp") || rel.equals("conj") && s.children(k, "aux").isEmpty()
                    && s.children(k, "cc").stream().allMatch(c -> Set.of("and", "or", "nor").contains(s.token(c).lemma()));
            k = g;
            Verdict above = local(s, k);
            if (above != null && (sharesModality || above.isNegated())) return above; // "did not agree to meet"
        }
        return Verdict.DONE;
    }

    /** The verdict of cues on a word itself, or null: for the verbs a pattern names as its elements ("said it must withdraw"). */
    Verdict own(Sentence s, int token) {
        return local(s, token);
    }

    /** A cue on the predicate itself: a modal, a negation, a conditional marker, a modifier or an adverb. */
    private Verdict local(Sentence s, int p) {
        for (Dependency d : s.children(p)) {
            if (d.relation().equals("advmod")) {
                // "no longer", "not yet": a negation on the predicate's adverb.
                for (int n : s.children(d.dependent(), "advmod")) {
                    Verdict v = lookup("negation", s.token(n).lemma());
                    if (v != null) return v;
                }
            }
            if (d.relation().startsWith("nsubj")) {
                // "Neither Kenya nor Uganda recognized", "No country recognized": the subject negates the act.
                for (Dependency q : s.children(d.dependent())) {
                    Verdict v = q.relation().equals("det") || q.relation().equals("cc:preconj") ? lookup("subject", s.token(q.dependent()).lemma()) : null;
                    if (v != null) return v;
                }
            }
            String rel = base(d.relation());
            String lemma = s.token(d.dependent()).lemma();
            String word = s.token(d.dependent()).word();
            Verdict found = switch (rel) {
                case "advmod", "neg", "det" -> firstOf(lookup("negation", lemma), lookup("negation", word), rel.equals("advmod") ? lookup("adverb", lemma) : null);
                case "mark" -> lookup("mark", lemma);
                // "In Kenya's history, only one president was ever impeached": a statement of what is so, not a report
                case "obl" -> s.children(d.dependent(), "case").stream().anyMatch(c -> s.token(c).lemma().equals("in")) ? lookup("frame", lemma) : null;
                case "amod" -> s.token(p).isNoun() ? firstOf(lookup("modifier", word), lookup("modifier", lemma)) : null;
                default -> null;
            };
            if (found != null) return refusal(s, p, found); // "would never recognize": the negation outweighs the modal
        }
        Verdict v = cue(s, p, "aux");
        return v != null && (s.token(p).isVerb() || !s.children(p, "cop").isEmpty()) ? v : null;
    }

    /** A negation under a modal of intent refuses: "would not resign" says what its source will not do. */
    private Verdict refusal(Sentence s, int p, Verdict found) {
        if (found.effect() != Effect.NEGATED) return found;
        Verdict modal = cue(s, p, "aux");
        return modal != null && modal.effect() == Effect.INTENT ? new Verdict(Effect.REFUSED, modal.cue() + " " + found.cue(), "refused") : found;
    }

    /** The obligation modal of a verb ("should", "must"), as written, or null. */
    String obligation(Sentence s, int v) {
        if (!s.token(v).isVerb() && s.children(v, "cop").isEmpty()) return null;
        for (int aux : s.children(v, "aux")) {
            Verdict c = lookup("aux", s.token(aux).word());
            if (c != null && c.kind().equals(OBLIGATION)) return s.token(aux).word();
        }
        return null;
    }

    /** Every cue word of one kind ("obligation"): for choosing which sentences to parse. */
    Set<String> words(String kind) {
        Set<String> out = new java.util.HashSet<>();
        for (Map<String, Verdict> m : cues.values()) for (Verdict v : m.values()) if (v.kind().equals(kind)) out.add(v.cue());
        return Set.copyOf(out);
    }

    private Verdict cue(Sentence s, int p, String position) {
        for (int aux : s.children(p, "aux")) {
            Verdict v = firstOf(lookup(position, s.token(aux).lemma()), lookup(position, s.token(aux).word()));
            if (v != null) return v;
        }
        return null;
    }

    private Verdict lookup(String position, String word) {
        Map<String, Verdict> m = cues.get(position);
        return m == null ? null : m.get(word.toLowerCase(Locale.ROOT));
    }

    private static Verdict firstOf(Verdict... vs) {
        for (Verdict v : vs) if (v != null) return v;
        return null;
    }

    private static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
