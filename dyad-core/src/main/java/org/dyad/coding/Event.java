package org.dyad.coding;

import org.dyad.attribution.Attribution;

/**
 * A coded event: who did what to whom, when, and who said so.
 *
 * @param date       ISO date (or year-month) of the event
 * @param dateText   the time expression that dated it, or null when the publication date was used
 * @param target     null when the event has no target ("Hamas protested")
 * @param negated    true when the text says it did not happen ("did not release")
 * @param location   reserved for the gazetteer stage; null until it is filled
 * @param confidence 0..1, from the cues listed in docs/record.md
 */
public record Event(String id, String date, String dateText, Participant source, Participant target,
                    String cameo, String cameoRoot, String label, String plover, String ploverMode,
                    int quadClass, double goldstein, boolean negated, Location location,
                    Attribution attribution, Evidence evidence, double confidence) {

    /** Where an event happened. */
    public record Location(String name, String country, Double lat, Double lon) {}

    /** Events with the same key in one article are one event. */
    public String key() {
        return date + "|" + source.code() + "|" + (target == null ? "" : target.code()) + "|" + cameo;
    }
}
