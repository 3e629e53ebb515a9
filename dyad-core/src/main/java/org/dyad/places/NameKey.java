package org.dyad.places;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names are compared: lower case, accents dropped, one space between words,
 * typographic apostrophes made straight. "São Paulo", "Sao Paulo" and "SAO PAULO" are one key,
 * as news copy writes names all three ways.
 */
final class NameKey {

    /**
     * Each character's folded form, filled as characters are met. The gazetteer makes a key for
     * each of its 135,000 names when it loads; folding a name character by character from this
     * table is several times faster than normalizing every name, and gives the same key, as
     * the marks a decomposition would reorder are dropped anyway. Races are benign: every
     * thread computes the same immutable string.
     */
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];

    private NameKey() {}

    static String of(String name) {
        if (isPlain(name)) return name.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(name.length());
        boolean space = true; // drops spaces at the start, and runs of them
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) key.append(' ');
                space = true;
            } else {
                if (c < 0x80) key.append(Character.toLowerCase(c));
                else key.append(folded(c));
                space = false;
            }
        }
        int end = key.length();
        if (end > 0 && key.charAt(end - 1) == ' ') key.setLength(end - 1);
        return key.toString();
    }

    /**
     * The hash code of {@code of(name)}, without making the key: the gazetteer's city index
     * hashes 135,000 names and keeps none of their keys.
     */
    static int hash(String name) {
        int h = 0;
        boolean space = true;
        boolean pendingSpace = false; // a space is hashed only once a word follows it, as trailing ones are dropped
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) pendingSpace = true;
                space = true;
                continue;
            }
            if (pendingSpace) h = 31 * h + ' ';
            pendingSpace = false;
            space = false;
            if (c < 0x80) {
                h = 31 * h + Character.toLowerCase(c);
            } else {
                String f = folded(c);
                for (int k = 0; k < f.length(); k++) h = 31 * h + f.charAt(k);
            }
        }
        return h;
    }

    private static String folded(char c) {
        String f = FOLDED[c];
        if (f == null) {
            StringBuilder b = new StringBuilder(2);
            for (char d : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
                int type = Character.getType(d);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) continue;
                b.append(d == '\u2019' || d == '\u2018' ? '\'' : d);
            }
            f = b.toString().toLowerCase(Locale.ROOT);
            FOLDED[c] = f;
        }
        return f;
    }

    /** ASCII with single spaces inside and none at the ends: most names, which need no more work. */
    private static boolean isPlain(String name) {
        int n = name.length();
        if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') return false;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || c < ' ' || c == ' ' && name.charAt(i + 1) == ' ') return false;
        }
        return true;
    }
}
