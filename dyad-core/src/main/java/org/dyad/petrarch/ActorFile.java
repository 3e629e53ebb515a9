package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorCodes;
import org.dyad.actors.ActorEntry;
import org.dyad.datafile.Warning;

/**
 * A PETRARCH/TABARI actor dictionary: a phrase, its "+" synonyms and its codes, each code either
 * the default or restricted to dates, on the phrase's line or on indented lines below.
 *
 * <pre>
 * MOHAMMAD_ZAHIR_SHAH_  [AFGELI]      the default code, when no dated one holds
 * +ZAHIR_SHAH_                        a synonym
 * 	[AFGGOV 331108-730717]          a dated code (also &lt;date, &gt;date)
 * AHMED_DARWISH_ [---]                a name that codes nothing
 * </pre>
 */
final class ActorFile {

    private ActorFile() {}

    private record Block(List<Phrase> phrases, List<CodeTag> codes, int line) {}

    static PetrarchDictionary.Actors read(String origin, List<PetrarchLines.Line> lines, ActorEntry.Layer layer) {
        List<ActorEntry> out = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Block block = null;
        int blocks = 0;
        for (PetrarchLines.Line line : lines) {
            String t = line.text();
            if (t.startsWith("+") || t.startsWith("[")) {
                if (block == null) {
                    warnings.add(new Warning(origin, line.number(), (t.startsWith("+") ? "synonym" : "code") + " before any entry"));
                    continue;
                }
            } else {
                emit(block, origin, layer, out);
                block = new Block(new ArrayList<>(), new ArrayList<>(), line.number());
                blocks++;
            }
            if (!t.startsWith("[")) {
                String phrase = t.startsWith("+") ? t.substring(1) : t;
                int cut = indexOfAny(phrase, "[{");
                Phrase p = Phrase.parse(cut < 0 ? phrase : phrase.substring(0, cut));
                if (p.words().isEmpty()) warnings.add(new Warning(origin, line.number(), "an entry without words"));
                else block.phrases().add(p);
            }
            readCodes(t, block, origin, line.number(), warnings);
        }
        emit(block, origin, layer, out);
        return new PetrarchDictionary.Actors(origin, blocks, out, warnings);
    }

    static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    private static void readCodes(String text, Block block, String origin, int number, List<Warning> warnings) {
        List<String> problems = new ArrayList<>();
        for (String inside : CodeTag.brackets(text, problems)) {
            try {
                block.codes().add(CodeTag.parse(inside));
            } catch (CodeTag.Malformed e) {
                problems.add(e.getMessage() + "; the code is skipped");
            }
        }
        for (String p : problems) warnings.add(new Warning(origin, number, p));
    }

    private static void emit(Block block, String origin, ActorEntry.Layer layer, List<ActorEntry> out) {
        if (block == null || block.phrases().isEmpty()) return;
        boolean dated = block.codes().stream().anyMatch(CodeTag::dated);
        String where = origin + ":" + block.line();
        String name = block.phrases().get(0).titleCase();
        for (CodeTag c : block.codes()) {
            ActorEntry.Kind kind = dated ? ActorEntry.Kind.PERSON
                    : c.code() != null && c.code().length() == 3 && !ActorCodes.isTransnational(c.code()) ? ActorEntry.Kind.COUNTRY
                    : ActorEntry.Kind.ORGANIZATION;
            Actor actor = c.code() == null ? null : new Actor(c.code(), name, ActorCodes.country(c.code()), ActorCodes.role(c.code()));
            for (Phrase p : block.phrases()) {
                out.add(new ActorEntry(p.words(), kind, actor, c.from(), c.to(), where, layer, ActorEntry.Casing.NAME, p.stem(), dated && !c.dated()));
            }
        }
    }
}
