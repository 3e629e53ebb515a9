package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A synset of a verb dictionary ("&amp;CURRENCY" and its "+" members), as the words it holds:
 * each member's last content word, with its regular plural unless the synset's name or the
 * member ends in "_". One whose members are all function words is itself functional.
 */
final class Synset {

    final String name;
    private final boolean plurals;
    final Set<String> words = new LinkedHashSet<>();
    private final List<String> functionKinds = new ArrayList<>();

    Synset(String name, boolean plurals) {
        this.name = name;
        this.plurals = plurals;
    }

    void add(String member) {
        Phrase p = Phrase.parse(member);
        String head = null;
        for (String w : p.words().toLowerCase(Locale.ROOT).split(" ")) {
            String k = PetrarchWords.BUNDLED.kind(w);
            if (k == null) head = w; // the last content word is the member's head
            else if (head == null) functionKinds.add(k);
        }
        if (head == null) return;
        words.add(head);
        if (plurals && !member.trim().endsWith("_")) words.add(Phrase.parse(head).plural().words().toLowerCase(Locale.ROOT));
    }

    boolean isFunctional() {
        return words.isEmpty();
    }

    /** A functional synset acts like its members: "passive" for &amp;AUXVERB1, "modal" for &amp;AUXVERB2. */
    String functionalKind() {
        for (String k : List.of("negation", "modal", "passive", "preposition")) if (functionKinds.contains(k)) return k;
        return "function";
    }
}
