package org.dyad.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.datafile.TsvFile;
import org.junit.jupiter.api.Test;

/** Checks over the downloaded data, so a new release of either package that breaks it fails the build. */
class GazetteerDataTest {

    private final Gazetteer gazetteer = Gazetteer.shared();
    private final List<Place.City> cities = gazetteer.cities();

    @Test
    void everyPlaceIsThere() {
        assertThat(cities).hasSizeGreaterThan(130_000);
        assertThat(gazetteer.admin1Count()).isGreaterThan(3_500);
        assertThat(cities.stream().filter(Place.City::isNationalCapital).count()).isGreaterThan(200);
    }

    @Test
    void coordinatesAreOnTheGlobe() {
        for (Place.City c : cities) {
            assertThat(c.lat()).as(c.name()).isBetween(-90.0, 90.0);
            assertThat(c.lon()).as(c.name()).isBetween(-180.0, 180.0);
        }
        Place.City lahore = (Place.City) gazetteer.lookup("Lahore", Context.NONE, null);
        assertThat(lahore.lat()).isBetween(31.4, 31.7);
        assertThat(lahore.lon()).isBetween(74.2, 74.5);
    }

    @Test
    void everyCityHasAnIdANameAndADyadCountry() {
        Set<String> countries = TsvFile.resource("actors/countries.tsv").words("iso3");
        Set<Long> ids = new HashSet<>();
        for (Place.City c : cities) {
            assertThat(c.name()).isNotBlank();
            assertThat(ids.add(c.geonameId())).as("GeoNames id %d twice", c.geonameId()).isTrue();
            assertThat(countries).as(c.name()).contains(c.country().toLowerCase());
            assertThat(c.population()).isNotNegative();
        }
    }

    @Test
    void everyCityIsFoundByItsName() {
        for (Place.City c : cities) {
            assertThat(gazetteer.candidates(NameKey.of(c.name()))).as(c.name()).contains(c);
            assertThat(NameKey.hash(c.name())).as(c.name()).isEqualTo(NameKey.of(c.name()).hashCode());
        }
        assertThat(NameKey.of("  S\u00e3o   Paulo ")).isEqualTo("sao paulo");
        assertThat(NameKey.hash("  S\u00e3o   Paulo ")).isEqualTo("sao paulo".hashCode());
    }

    @Test
    void nearlyEveryCityHasItsAdmin1Name() {
        // The two packages come from GeoNames at different dates; a few countries renumbered their divisions since.
        long named = cities.stream().filter(c -> c.admin1Name() != null).count();
        assertThat((double) named / cities.size()).isGreaterThan(0.98);
    }
}
