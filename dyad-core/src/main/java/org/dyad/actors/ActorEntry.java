package org.dyad.actors;

import java.time.LocalDate;

/**
 * One dictionary entry: a surface form and the actor it names, possibly only between two dates.
 *
 * @param actor    the actor, or null for a name known to code nothing (PETRARCH's "[---]")
 * @param from     first day the entry holds, or null for "always before"
 * @param to       first day it no longer holds, or null for "still holds"
 * @param where    file and line the entry came from, shown by {@code dyad actors lookup}
 * @param layer    which dictionaries it belongs to; a higher layer takes precedence
 * @param casing   how the surface matches the case of the text
 * @param stem     the last word of the surface matches any word it begins ("Palestin" matches "Palestinian")
 * @param fallback a default code, in force only when no dated entry of the same file holds
 */
public record ActorEntry(String surface, Kind kind, Actor actor, LocalDate from, LocalDate to, String where,
                         Layer layer, Casing casing, boolean stem, boolean fallback) {

    /** What kind of name an entry is; it decides how the entry composes with its neighbours. */
    public enum Kind {
        /** A country by name, short name or adjective: "Israel", "Israeli". */
        COUNTRY,
        /** A capital, standing for its country's government ("Washington") or, before a role word, the country ("a Nairobi court"). */
        CAPITAL,
        /** An institution standing for a country's government or another role: "the Kremlin", "Pentagon". */
        INSTITUTION,
        /** An international or non-state organization, party or agency. */
        ORGANIZATION,
        /** A person, coded by the office held on the date. */
        PERSON,
        /** A role word: "spokesman", "police", "rebels". Its actor code is the bare role. */
        AGENT
    }

    /** Where an entry comes from, in order of precedence. */
    public enum Layer {
        /** A file the user gave with --dictionary. */
        USER,
        /** Dyad's own dictionaries. */
        BUNDLED,
        /** PETRARCH dictionaries shipped with Dyad, beneath its own. */
        BUNDLED_IMPORT
    }

    /** How a surface matches the text. */
    public enum Casing {
        /** As written: "Israel", "the Kremlin". */
        EXACT,
        /** Regardless of case: role words. */
        IGNORE,
        /** A name from an upper-case dictionary: capitalized words ("United States", "UNITED STATES", not "united states"). */
        NAME
    }

    /**
     * An entry of Dyad's own format: matched as written, no stem, no default. A role word written
     * in lower case matches regardless of case; one written with a capital only so ("the House"
     * is a legislature, "a house" is not).
     */
    public ActorEntry(String surface, Kind kind, Actor actor, LocalDate from, LocalDate to, String where, boolean user) {
        this(surface, kind, actor, from, to, where, user ? Layer.USER : Layer.BUNDLED,
                kind == Kind.AGENT && surface.equals(surface.toLowerCase(java.util.Locale.ROOT)) ? Casing.IGNORE : Casing.EXACT, false, false);
    }

    public boolean user() {
        return layer == Layer.USER;
    }

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }

    public String range() {
        return fallback ? "otherwise" : (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }

    /**
     * The last word of a person's name as news writes it alone ("Kerry", also from an upper-case
     * dictionary's "KERRY"), or null for an entry that is no person of two or more words.
     */
    public String surname() {
        if (kind != Kind.PERSON || actor == null) return null;
        String[] words = surface.trim().split("\\s+");
        if (words.length < 2) return null;
        String last = words[words.length - 1];
        return casing == Casing.NAME ? last.charAt(0) + last.substring(1).toLowerCase(java.util.Locale.ROOT) : last;
    }

    /** The code as a dictionary writes it: "---" for a name that codes nothing. */
    public String code() {
        return actor == null ? "---" : actor.code();
    }
}
