package org.dyad.places;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GeoNames writes countries in ISO 3166 alpha-2; Dyad's actor codes use alpha-3. The JDK knows
 * the ISO table, so the mapping is read from it rather than kept by hand.
 */
final class CountryCodes {

    private static final Map<String, String> ISO3 = table();

    private CountryCodes() {}

    /** The alpha-3 code of an alpha-2 code, or null when neither ISO nor GeoNames assigns it. */
    static String iso3(String iso2) {
        return ISO3.get(iso2);
    }

    private static Map<String, String> table() {
        Map<String, String> m = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            m.put(iso2, new Locale.Builder().setRegion(iso2).build().getISO3Country());
        }
        // Kosovo has no ISO code yet: GeoNames uses the user-assigned XK, Dyad's dictionary XKX.
        m.put("XK", "XKX");
        return Map.copyOf(m);
    }
}
