package org.dyad.petrarch;

import java.util.Locale;

/**
 * A PETRARCH phrase: words joined by "_" or spaces ("CARLOS SANTOS_CRUZ_"). A phrase that does not
 * end in "_" is a stem: its last word matches every word it begins.
 */
record Phrase(String words, boolean stem) {

    static Phrase parse(String text) {
        String t = text.strip();
        boolean stem = !t.endsWith("_");
        String words = t.replace('_', ' ').trim().replaceAll("\\s+", " ");
        return new Phrase(words, stem);
    }

    /** "JOHN F. KERRY" as "John F. Kerry", for an actor's readable name. */
    String titleCase() {
        StringBuilder b = new StringBuilder();
        for (String w : words.toLowerCase(Locale.ROOT).split(" ")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /** The regular plural as PETRARCH forms it: -Y to -IES, -SS to -SSES, else -S, on the last word. */
    Phrase plural() {
        String w = words;
        String upper = w.toUpperCase(Locale.ROOT);
        String p = upper.endsWith("Y") ? w.substring(0, w.length() - 1) + "IES" : upper.endsWith("SS") ? w + "ES" : w + "S";
        return new Phrase(p, stem);
    }
}
