package org.dyad.eval;

import java.util.Objects;
import java.util.function.Function;

/**
 * A level of agreement between two codings of an event: what must be the same for them to match.
 * The country of an actor is its country block ("ISR" of "ISRGOV"), or for an international or
 * non-governmental organization its first two blocks ("IGOUNO" of "IGOUNOWHO").
 */
public enum Level {
    ROOT("root", e -> e.root()),
    CODE("code", e -> e.code()),
    PLOVER("plover", e -> e.plover()),
    ROOT_ACTORS("root+actors", e -> e.source() + "|" + Objects.toString(e.target(), "") + "|" + e.root()),
    COUNTRY_ROOT("country+root", e -> country(e.source()) + "|" + country(e.target()) + "|" + e.root()),
    COUNTRY_PLOVER("country+plover", e -> country(e.source()) + "|" + country(e.target()) + "|" + e.plover());

    private final String label;
    private final Function<Coded, String> key;

    Level(String label, Function<Coded, String> key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    String key(Coded e) {
        return key.apply(e);
    }

    /** An event as any coding gives it: codes only. */
    record Coded(String source, String target, String code, String plover, String date) {
        String root() {
            return code.substring(0, 2);
        }
    }

    static String country(String code) {
        if (code == null) return "";
        boolean transnational = code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC");
        return code.substring(0, Math.min(code.length(), transnational ? 6 : 3));
    }
}
