package org.dyad.places;

import java.util.ArrayList;
import java.util.List;

/**
 * The cities by name key, as a hash table over two int arrays: bucket heads and a chain of
 * cities per bucket. It keeps no key strings and no map entries, which would double the
 * gazetteer's memory and much of its load time; a lookup folds the few names of its bucket
 * instead ({@link NameKey}).
 */
final class CityIndex {

    private final List<Place.City> cities;
    private final int[] heads; // bucket -> first city index + 1, 0 when empty
    private final int[] next;  // city index -> next city index + 1 in its bucket, 0 at the end
    private final int mask;

    CityIndex(List<Place.City> cities) {
        this.cities = cities;
        int buckets = Integer.highestOneBit(Math.max(16, cities.size() * 2));
        this.heads = new int[buckets];
        this.next = new int[cities.size()];
        this.mask = buckets - 1;
        for (int i = cities.size() - 1; i >= 0; i--) { // backwards, so that each chain runs in file order
            int b = NameKey.hash(cities.get(i).name()) & mask;
            next[i] = heads[b];
            heads[b] = i + 1;
        }
    }

    /** The cities whose name has this key, in the order of the package's list. */
    List<Place.City> get(String key) {
        List<Place.City> out = new ArrayList<>(2);
        for (int j = heads[key.hashCode() & mask]; j != 0; j = next[j - 1]) {
            Place.City c = cities.get(j - 1);
            if (NameKey.of(c.name()).equals(key)) out.add(c);
        }
        return out;
    }
}
