package org.dyad.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which place a name stands for, with and without clues from the text around it. */
class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.shared();

    private Place lookup(String name) {
        return gazetteer.lookup(name, Context.NONE, null);
    }

    private static Context besideAdmin1(String country, String admin1) {
        return new Context(Set.of(Context.admin1Key(country, admin1)), Set.of(country), Set.of());
    }

    private static Context besideCountry(String country) {
        return new Context(Set.of(), Set.of(country), Set.of());
    }

    private static Context actorsFrom(String country) {
        return new Context(Set.of(), Set.of(), Set.of(country));
    }

    @Test
    void washingtonAloneIsTheCapital() {
        Place p = lookup("Washington");
        assertThat(p).isInstanceOf(Place.City.class);
        Place.City dc = (Place.City) p;
        assertThat(dc.isNationalCapital()).isTrue();
        assertThat(dc.country()).isEqualTo("USA");
        assertThat(dc.admin1()).isEqualTo("DC");
        assertThat(dc.location().lat()).isBetween(38.8, 39.0);
        assertThat(dc.location().lon()).isBetween(-77.1, -76.9);
    }

    @Test
    void washingtonStateIsTheAdmin1() {
        Place p = gazetteer.lookup("Washington", Context.NONE, Place.Admin1.class);
        assertThat(p).isEqualTo(new Place.Admin1("Washington", "USA", "WA", p.population()));
        assertThat(p.location().kind()).isEqualTo("admin1");
        assertThat(p.location().lat()).isNull();
    }

    @Test
    void parisIsInFranceUnlessTheTextSaysOtherwise() {
        assertThat(lookup("Paris").country()).isEqualTo("FRA");
        Place texas = gazetteer.lookup("Paris", besideAdmin1("USA", "TX"), null);
        assertThat(texas.country()).isEqualTo("USA");
        assertThat(((Place.City) texas).admin1()).isEqualTo("TX");
        assertThat(gazetteer.lookup("Paris", besideCountry("USA"), null).country()).isEqualTo("USA");
        assertThat(gazetteer.lookup("Paris", besideAdmin1("USA", "KY"), null).location().admin1Name()).isEqualTo("Kentucky");
    }

    @Test
    void theActorsCountryIsOnlyAWeakClue() {
        // American actors in Paris are in France; Lebanese actors in Tripoli are in Lebanon, not Libya.
        assertThat(gazetteer.lookup("Paris", actorsFrom("USA"), null).country()).isEqualTo("FRA");
        assertThat(lookup("Tripoli").country()).isEqualTo("LBY");
        assertThat(gazetteer.lookup("Tripoli", actorsFrom("LBN"), null).country()).isEqualTo("LBN");
    }

    @Test
    void namesOfSeveralWords() {
        assertThat(lookup("Rio de Janeiro").country()).isEqualTo("BRA");
        assertThat(lookup("RIO DE JANEIRO")).isEqualTo(lookup("Rio de Janeiro"));
        Place delhi = lookup("New Delhi");
        assertThat(delhi.country()).isEqualTo("IND");
        assertThat(((Place.City) delhi).isNationalCapital()).isTrue();
        assertThat(lookup("Sao Paulo")).isEqualTo(lookup("São Paulo"));
    }

    @Test
    void gazaCityIsTheCityGeoNamesCallsGaza() {
        Place gaza = lookup("Gaza City");
        assertThat(gaza).isInstanceOf(Place.City.class);
        assertThat(gaza.name()).isEqualTo("Gaza");
        assertThat(gaza.country()).isEqualTo("PSE");
    }

    @Test
    void admin1ByName() {
        Place california = lookup("California");
        assertThat(california).isInstanceOf(Place.Admin1.class);
        assertThat(california.location()).satisfies(l -> {
            assertThat(l.country()).isEqualTo("USA");
            assertThat(l.admin1()).isEqualTo("CA");
            assertThat(l.admin1Name()).isEqualTo("California");
        });
        assertThat(gazetteer.lookup("Punjab", actorsFrom("PAK"), null).country()).isEqualTo("PAK");
        assertThat(gazetteer.lookup("Punjab", actorsFrom("IND"), null).country()).isEqualTo("IND");
    }

    @Test
    void aCountryIsACountryButItsAliasesYieldToPlacesInIt() {
        assertThat(lookup("Syria").location()).satisfies(l -> {
            assertThat(l.kind()).isEqualTo("country");
            assertThat(l.country()).isEqualTo("SYR");
            assertThat(l.lat()).isNull();
        });
        assertThat(lookup("Georgia")).isInstanceOf(Place.Country.class);
        assertThat(lookup("Georgia").country()).isEqualTo("GEO");
        // "New Jersey" is also listed among the names the press gives the United States.
        assertThat(lookup("New Jersey")).isInstanceOf(Place.Admin1.class);
    }

    @Test
    void smallPlacesNeedAClue() {
        assertThat(lookup("Eagle")).isNull();
        assertThat(gazetteer.lookup("Eagle", besideAdmin1("USA", "CO"), null)).isInstanceOf(Place.City.class);
    }
}
