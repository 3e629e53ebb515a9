package org.dyad.places;

import org.dyad.coding.Event;

/**
 * A gazetteer entry: a country, a first-level administrative division (a state, province or
 * governorate: GeoNames' "admin1") or a populated place. Prominence ({@link #population()})
 * decides between places of one name when the text gives no clue.
 */
sealed interface Place permits Place.Country, Place.Admin1, Place.City {

    /** The gazetteer's own name for the place. */
    String name();

    /** ISO 3166 alpha-3 of the country it lies in. */
    String country();

    /** People living there: a city's own figure; a country's or admin1's, the sum over its cities. */
    long population();

    /** The place as the record writes it. */
    Event.Location location();

    /**
     * A country, found by its name or by one of the other names the press gives it.
     *
     * @param alias true when found under another name ("Gaza", "New Jersey" for the United
     *              States): such a name yields to a place of the same name inside the country
     */
    record Country(String name, String country, boolean alias, long population) implements Place {
        @Override
        public Event.Location location() {
            return new Event.Location(name, Event.Location.COUNTRY, country, null, null, null, null, null);
        }
    }

    /** A first-level division; {@code code} is GeoNames' admin1 code within the country ("TX", "04"). */
    record Admin1(String name, String country, String code, long population) implements Place {
        @Override
        public Event.Location location() {
            return new Event.Location(name, Event.Location.ADMIN1, country, code, name, null, null, null);
        }
    }

    /**
     * A populated place of GeoNames' cities1000 list.
     *
     * @param feature GeoNames feature code: PPLC a national capital, PPLA the seat of an admin1,
     *                PPLA2.. lower seats, PPL any other populated place, PPLX a part of one
     */
    record City(long geonameId, String name, String country, String admin1, String admin1Name, String feature,
                long population, double lat, double lon) implements Place {

        boolean isNationalCapital() {
            return feature.equals("PPLC");
        }

        boolean isAdmin1Seat() {
            return feature.equals("PPLA");
        }

        @Override
        public Event.Location location() {
            return new Event.Location(name, Event.Location.CITY, country, admin1.isEmpty() ? null : admin1, admin1Name,
                    lat, lon, geonameId);
        }
    }
}
