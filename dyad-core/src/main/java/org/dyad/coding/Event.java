package org.dyad.coding;

import org.dyad.attribution.Attribution;

/**
 * A coded event: who did what to whom, when, and who said so.
 *
 * @param date       ISO date (or year-month) of the event
 * @param dateText   the time expression that dated it, or null when the publication date was used
 * @param target     null when the event has no target ("Hamas protested")
 * @param negated    true when the text says it did not happen ("did not release")
 * @param location   where it happened, from the gazetteer (org.dyad.places), or null when the text does not say
 * @param confidence 0..1, from the cues listed in docs/record.md
 * @param mentions   how many sentences of the article report it (GDELT counts each in NumMentions)
 */
public record Event(String id, String date, String dateText, Participant source, Participant target,
                    String cameo, String cameoRoot, String label, String plover, String ploverMode,
                    int quadClass, double goldstein, boolean negated, Location location,
                    Attribution attribution, Evidence evidence, double confidence, int mentions) {

    /**
     * Where an event happened: a country, a first-level division (state, province) or a city of
     * the GeoNames gazetteer (docs/places.md).
     *
     * @param name       the gazetteer's name for the place ("Lahore", "Washington, D.C.", "Texas", "Syria")
     * @param kind       {@value #COUNTRY}, {@value #ADMIN1} or {@value #CITY}
     * @param country    ISO 3166 alpha-3 code, as in actor codes
     * @param admin1     GeoNames admin1 code within the country ("DC", "04"), or null for a country
     * @param admin1Name the admin1's name ("District of Columbia", "Punjab"), or null when unknown
     * @param lat        WGS84 latitude of a city; null for a country or admin1, which have no one point
     * @param lon        WGS84 longitude, likewise
     * @param geonameId  GeoNames id of a city, or null
     */
    public record Location(String name, String kind, String country, String admin1, String admin1Name,
                           Double lat, Double lon, Long geonameId) {
        public static final String COUNTRY = "country";
        public static final String ADMIN1 = "admin1";
        public static final String CITY = "city";
    }

    /** The same event under another id. */
    public Event withId(String newId) {
        return new Event(newId, date, dateText, source, target, cameo, cameoRoot, label, plover, ploverMode, quadClass, goldstein,
                negated, location, attribution, evidence, confidence, mentions);
    }

    /** The same event, reported by this many sentences. */
    public Event withMentions(int sentences) {
        return new Event(id, date, dateText, source, target, cameo, cameoRoot, label, plover, ploverMode, quadClass, goldstein,
                negated, location, attribution, evidence, confidence, sentences);
    }

    /** The same event, placed. */
    public Event withLocation(Location place) {
        return new Event(id, date, dateText, source, target, cameo, cameoRoot, label, plover, ploverMode, quadClass, goldstein,
                negated, place, attribution, evidence, confidence, mentions);
    }

    /** Events with the same key in one article are one event. */
    public String key() {
        return date + "|" + source.code() + "|" + (target == null ? "" : target.code()) + "|" + cameo;
    }
}
