package org.dyad.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Chooses among the places of one name. In order: a place in an admin1, then in a country,
 * that the text names beside it ("Paris, Texas"); else the most prominent place: a country
 * before a national capital before everything else, which goes by population ("Paris" is in
 * France, "Washington" is the capital), unless a place not far less populous lies in the country
 * of one of the actors.
 */
final class Disambiguation {

    /**
     * Below this population a city is only meant when the text points at its country or
     * admin1: international news names a town this small with its country or state, and most
     * small places share their names with common words and larger places ("Eagle", "Of").
     */
    static final long SMALL = 25_000;

    /**
     * The actors' countries are a weak clue: the best place of the name in one of them is
     * chosen only if it is not small and has at least a tenth of the population of the most
     * prominent place of the name. "U.S. officials met in Paris" (or Geneva) is in Paris,
     * France, not Paris, Texas; "Lebanese troops in Tripoli" are in Tripoli, Lebanon, not in
     * Libya's capital.
     */
    static final long HINT_RATIO = 10;

    private static final Comparator<Place> PROMINENCE =
            Comparator.comparingInt(Disambiguation::tier).thenComparing(Comparator.comparingLong(Place::population).reversed());

    private Disambiguation() {}

    /**
     * @param kind the kind of place the words around the name ask for ("Washington state", "the
     *             city of Hyderabad"), or null
     */
    static Place choose(List<Place> candidates, Context context, Class<? extends Place> kind) {
        List<Place> pool = new ArrayList<>();
        for (Place p : candidates) if (!isSmall(p) || context.points(p)) pool.add(p);
        if (kind != null && pool.stream().anyMatch(kind::isInstance)) {
            pool.removeIf(p -> !kind.isInstance(p));
        } else {
            pool = withoutYielding(pool);
        }
        Place chosen = best(pool, context::namesAdmin1Of);
        if (chosen == null) chosen = best(pool, p -> context.countries().contains(p.country()));
        if (chosen != null) return chosen;
        Place top = best(pool, p -> true);
        Place hinted = best(pool, p -> context.hints().contains(p.country()) && !isSmall(p));
        return hinted != null && hinted.population() * HINT_RATIO >= top.population() ? hinted : top;
    }

    /**
     * A name shared by a place and the division or country around it means the more precise
     * place: "São Paulo" the city, not its state; "New Jersey", an alias of the United States,
     * the state. A country under its own name stays the country ("Singapore", "Luxembourg").
     */
    private static List<Place> withoutYielding(List<Place> pool) {
        List<Place> out = new ArrayList<>(pool);
        out.removeIf(p -> p instanceof Place.Admin1 a && pool.stream().anyMatch(
                q -> q instanceof Place.City c && c.country().equals(a.country()) && c.admin1().equals(a.code())));
        out.removeIf(p -> p instanceof Place.Country c && c.alias() && pool.stream().anyMatch(
                q -> !(q instanceof Place.Country) && q.country().equals(c.country())));
        return out;
    }

    private static Place best(List<Place> pool, Predicate<Place> clue) {
        return pool.stream().filter(clue).min(PROMINENCE).orElse(null);
    }

    private static int tier(Place p) {
        if (p instanceof Place.Country) return 0;
        if (p instanceof Place.City c && c.isNationalCapital()) return 1;
        return 2;
    }

    static boolean isSmall(Place p) {
        return p instanceof Place.City c && c.population() < SMALL && !c.isNationalCapital() && !c.isAdmin1Seat();
    }
}
