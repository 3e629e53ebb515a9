package org.dyad.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the text around a place name says about where it is.
 *
 * @param admin1s   admin1s named as places beside it ("Paris, Texas"), as "USA.TX"
 * @param countries countries named as places beside it ("Tripoli, Lebanon")
 * @param hints     weaker evidence: the countries of the event's actors and of the sentence's
 *                  other names, and of the article's dateline. Officials often travel: "U.S.
 *                  officials met in Paris" is still Paris, France
 */
record Context(Set<String> admin1s, Set<String> countries, Set<String> hints) {

    static final Context NONE = new Context(Set.of(), Set.of(), Set.of());

    Context {
        admin1s = Set.copyOf(admin1s);
        countries = Set.copyOf(countries);
        hints = Set.copyOf(hints);
    }

    /** Collects clues, then makes the context. */
    static final class Builder {
        private final Set<String> admin1s = new HashSet<>();
        private final Set<String> countries = new HashSet<>();
        private final Set<String> hints = new HashSet<>();

        /**
         * A name written as a place points at every country and admin1 it may be ("Georgia":
         * the country and the US state), and at the country of its cities when they all lie in one.
         */
        Builder named(List<Place> candidates, boolean strong) {
            Set<String> cityCountries = new HashSet<>();
            for (Place p : candidates) {
                if (p instanceof Place.City) {
                    if (!Disambiguation.isSmall(p)) cityCountries.add(p.country());
                    continue;
                }
                (strong ? countries : hints).add(p.country());
                if (strong && p instanceof Place.Admin1 a) admin1s.add(admin1Key(a.country(), a.code()));
            }
            if (cityCountries.size() == 1) (strong ? countries : hints).addAll(cityCountries);
            return this;
        }

        Builder hint(String country) {
            if (country != null) hints.add(country);
            return this;
        }

        Context build() {
            return new Context(admin1s, countries, hints);
        }
    }

    static String admin1Key(String country, String admin1) {
        return country + "." + admin1;
    }

    /** Any clue, strong or weak, points at the place's country or admin1. */
    boolean points(Place p) {
        return countries.contains(p.country()) || hints.contains(p.country()) || namesAdmin1Of(p);
    }

    boolean namesAdmin1Of(Place p) {
        String key = admin1Key(p);
        return key != null && admin1s.contains(key);
    }

    private static String admin1Key(Place p) {
        if (p instanceof Place.City c) return admin1Key(c.country(), c.admin1());
        if (p instanceof Place.Admin1 a) return admin1Key(a.country(), a.code());
        return null;
    }
}
