package org.dyad.actors;

import java.time.LocalDate;

/**
 * One dictionary entry: a surface form and the actor it names, possibly only between two dates.
 *
 * @param from  first day the entry holds, or null for "always before"
 * @param to    first day it no longer holds, or null for "still holds"
 * @param where file and line the entry came from, shown by {@code dyad actors lookup}
 * @param user  true for entries from a user's dictionary file, which take precedence
 */
public record ActorEntry(String surface, Kind kind, Actor actor, LocalDate from, LocalDate to, String where, boolean user) {

    /** What kind of name an entry is; it decides how the entry composes with its neighbours. */
    public enum Kind {
        /** A country by name, short name or adjective: "Israel", "Israeli". */
        COUNTRY,
        /** A capital or institution standing for a country's government or another role: "Washington", "the Kremlin", "Pentagon". */
        INSTITUTION,
        /** An international or non-state organization, party or agency. */
        ORGANIZATION,
        /** A person, coded by the office held on the date. */
        PERSON,
        /** A role word: "spokesman", "police", "rebels". Its actor code is the bare role. */
        AGENT
    }

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }

    public String range() {
        return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }
}
