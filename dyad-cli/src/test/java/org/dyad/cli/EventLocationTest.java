package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.coding.Event;
import org.junit.jupiter.api.Test;

/** Where events happened: one sentence in, the expected place out (sentences written for these tests). */
class EventLocationTest {

    private static final String DAY = "2021-03-10";

    private static List<Event.Location> places(String text) {
        List<Event> events = Coded.article(text, DAY).events();
        assertThat(events).as("events of: " + text).isNotEmpty();
        return events.stream().map(Event::location).toList();
    }

    private static Event.Location place(String text) {
        List<Event.Location> places = places(text);
        assertThat(places).as("one place for every event of: " + text).containsOnly(places.get(0));
        return places.get(0);
    }

    @Test
    void aCityInALocativePhraseWithItsCoordinates() {
        Event.Location lahore = place("Pakistani police arrested 12 protesters in Lahore on Tuesday.");
        assertThat(lahore.name()).isEqualTo("Lahore");
        assertThat(lahore.kind()).isEqualTo("city");
        assertThat(lahore.country()).isEqualTo("PAK");
        assertThat(lahore.admin1Name()).isEqualTo("Punjab");
        assertThat(lahore.lat()).isBetween(31.4, 31.7);
        assertThat(lahore.lon()).isBetween(74.2, 74.5);
    }

    @Test
    void washingtonIsTheCapitalUnlessTheTextSaysTheState() {
        Event.Location capital = place("Chinese diplomats met American officials in Washington on Friday.");
        assertThat(capital.kind()).isEqualTo("city");
        assertThat(capital.admin1()).isEqualTo("DC");
        Event.Location state = place("American police arrested two Chinese nationals in Washington state on Monday.");
        assertThat(state.kind()).isEqualTo("admin1");
        assertThat(state.admin1()).isEqualTo("WA");
        assertThat(state.lat()).isNull();
    }

    @Test
    void parisIsInFranceUnlessTheSentenceNamesTexas() {
        assertThat(place("French police detained three Algerian men in Paris on Sunday.").country()).isEqualTo("FRA");
        Event.Location texas = place("American police arrested a Mexican citizen in Paris, Texas, on Sunday.");
        assertThat(texas.country()).isEqualTo("USA");
        assertThat(texas.admin1()).isEqualTo("TX");
    }

    @Test
    void aCountryHasNoCoordinatesAndAnInstitutionIsNoPlace() {
        Event.Location syria = place("Turkish troops shelled Kurdish fighters in Syria on Sunday.");
        assertThat(syria.kind()).isEqualTo("country");
        assertThat(syria.country()).isEqualTo("SYR");
        assertThat(syria.lat()).isNull();
        assertThat(places("Chinese diplomats met American officials at the White House on Friday.")).containsOnlyNulls();
    }

    @Test
    void theDatelineServesWhenTheSentenceNamesNoPlace() {
        Event.Location gaza = place("GAZA CITY (AP) \u2014 Israeli troops arrested two Palestinian men on Sunday.");
        assertThat(gaza.name()).isEqualTo("Gaza");
        assertThat(gaza.country()).isEqualTo("PSE");
        assertThat(places("Israeli troops arrested two Palestinian men on Sunday.")).containsOnlyNulls();
    }
}
