package org.dyad.petrarch;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dyad.actors.ActorEntry;
import org.dyad.coding.Discards;
import org.dyad.coding.PatternBook;
import org.dyad.datafile.Warning;

/**
 * A PETRARCH or TABARI dictionary file, read as PETRARCH reads it, whatever its kind: the kind
 * is told from the content. Lines that cannot be read become warnings; the rest is used.
 */
public sealed interface PetrarchDictionary {

    /** The file, as given. */
    String origin();

    /** Entries read: blocks of an actor file, lines of an agent or discard file, patterns of a verb file. */
    int entries();

    /** Lines that could not be read, each with its reason. */
    List<Warning> warnings();

    /** What the file holds, in words. */
    String kind();

    /** An actor or agent dictionary. */
    record Actors(String origin, int entries, List<ActorEntry> actors, List<Warning> warnings) implements PetrarchDictionary {
        public String kind() {
            return actors.stream().anyMatch(e -> e.kind() == ActorEntry.Kind.AGENT) ? "agents" : "actors";
        }
    }

    /**
     * A verb dictionary, translated into Dyad's patterns.
     *
     * @param patterns     the translation, one Dyad pattern per verb of a group and pattern line
     * @param translated   pattern lines (and verbs' own codes) translated
     * @param untranslated pattern lines not translated, counted by reason
     */
    record Verbs(String origin, int entries, List<PatternBook.Row> patterns, int translated, Map<String, Integer> untranslated,
                 List<Warning> warnings) implements PetrarchDictionary {
        public String kind() {
            return "verbs";
        }
    }

    /** A discard list. */
    record DiscardList(String origin, int entries, Discards discards, List<Warning> warnings) implements PetrarchDictionary {
        public String kind() {
            return "discards";
        }
    }

    /**
     * What a reader needs to know of Dyad.
     *
     * @param layer     the layer actor entries belong to
     * @param reporting tells reporting verbs ("say", "tell"), which a verb dictionary codes as
     *                  statements but Dyad reads as attribution
     * @param cameo     tells the codes of the CAMEO ontology
     */
    record Context(ActorEntry.Layer layer, Predicate<String> reporting, Predicate<String> cameo) {}

    /** Reads a file of any kind. */
    static PetrarchDictionary read(String origin, String text, Context context) {
        List<PetrarchLines.Line> lines = PetrarchLines.read(text);
        return switch (Kind.of(lines)) {
            case VERBS -> VerbFile.read(origin, lines, context);
            case AGENTS -> AgentFile.read(origin, lines, context.layer());
            case ACTORS -> ActorFile.read(origin, lines, context.layer());
            case DISCARDS -> DiscardFile.read(origin, lines);
        };
    }

    /** The kinds of PETRARCH file, told apart by their content. */
    enum Kind {
        VERBS, AGENTS, ACTORS, DISCARDS;

        static Kind of(List<PetrarchLines.Line> lines) {
            int verbHeaders = 0, patterns = 0, agentCodes = 0, codes = 0;
            for (PetrarchLines.Line l : lines) {
                String t = l.text();
                if (t.startsWith("---") && t.endsWith("---") && t.length() > 6) verbHeaders++;
                if (t.startsWith("- ")) patterns++;
                if (t.matches(".*\\[\\s*~.*|.*~\\s*[]}].*|^![A-Z0-9_]+!\\s*=.*")) agentCodes++;
                else if (t.indexOf('[') >= 0) codes++;
            }
            if (verbHeaders > 0 && patterns > 0) return VERBS;
            if (agentCodes > codes) return AGENTS;
            if (codes > 0) return ACTORS;
            return DISCARDS;
        }
    }
}
