package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.datafile.TsvFile;
import org.junit.jupiter.api.Test;

/** Checks over every bundled dictionary file, so an edit that breaks one fails the build. */
class DictionaryIntegrityTest {

    private final ActorDictionary dictionary = ActorDictionary.bundled();

    @Test
    void everyCodeIsWellFormed() {
        for (ActorEntry e : dictionary.entries()) {
            assertThat(ActorCodes.isWellFormed(e.actor().code())).as(e.where() + " " + e.actor().code()).isTrue();
            assertThat(e.surface()).as(e.where()).isNotBlank();
        }
    }

    @Test
    void everyDescriptionIsOneLowerCaseNounWithAKnownReferent() {
        Set<String> nouns = new HashSet<>();
        for (TsvFile.Row row : TsvFile.resource("actors/descriptions.tsv").rows()) {
            String noun = row.get("noun");
            assertThat(noun).as(row.where()).matches("[a-z]+");
            assertThat(nouns.add(noun)).as(row.where() + " repeats " + noun).isTrue();
            assertThat(Descriptions.REFERENTS).as(row.where()).contains(row.get("refers_to"));
        }
    }

    @Test
    void everyIso3166CountryIsPresentWithItsCode() {
        Set<String> countries = new HashSet<>();
        for (ActorEntry e : dictionary.entries()) if (e.kind() == ActorEntry.Kind.COUNTRY) countries.add(e.actor().code());
        assertThat(countries).containsAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    }

    @Test
    void noNameHasTwoCodesOnTheSameDay() {
        Map<String, List<ActorEntry>> bySurface = new HashMap<>();
        for (ActorEntry e : dictionary.entries()) {
            bySurface.computeIfAbsent(e.kind() == ActorEntry.Kind.AGENT ? e.surface().toLowerCase(Locale.ROOT) : e.surface(), k -> new ArrayList<>()).add(e);
        }
        List<String> conflicts = new ArrayList<>();
        bySurface.forEach((surface, entries) -> {
            for (int i = 0; i < entries.size(); i++) {
                for (int j = i + 1; j < entries.size(); j++) {
                    ActorEntry a = entries.get(i);
                    ActorEntry b = entries.get(j);
                    boolean samePerson = a.kind() == ActorEntry.Kind.PERSON && a.actor().name().equals(b.actor().name());
                    if (!samePerson && !a.actor().code().equals(b.actor().code()) && overlap(a, b)) {
                        conflicts.add(surface + ": " + a.actor().code() + " (" + a.where() + ") vs " + b.actor().code() + " (" + b.where() + ")");
                    }
                }
            }
        });
        assertThat(conflicts).isEmpty();
    }

    @Test
    void aPersonsSpansInOneRoleDoNotOverlap() {
        Map<String, List<ActorEntry>> spans = new HashMap<>();
        for (ActorEntry e : dictionary.entries()) {
            if (e.kind() == ActorEntry.Kind.PERSON && e.surface().equals(e.actor().name())) {
                spans.computeIfAbsent(e.actor().name() + "|" + e.actor().code(), k -> new ArrayList<>()).add(e);
            }
        }
        List<String> overlaps = new ArrayList<>();
        spans.forEach((key, list) -> {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (overlap(list.get(i), list.get(j))) overlaps.add(key + ": " + list.get(i).where() + " and " + list.get(j).where());
                }
                if (list.get(i).from() != null && list.get(i).to() != null) {
                    assertThat(list.get(i).from()).as(list.get(i).where()).isBeforeOrEqualTo(list.get(i).to());
                }
            }
        });
        assertThat(overlaps).isEmpty();
    }

    @Test
    void theDictionariesAreAsLargeAsTheIssueAsks() {
        long agents = dictionary.entries().stream().filter(e -> e.kind() == ActorEntry.Kind.AGENT).map(e -> e.actor().name()).distinct().count();
        long people = dictionary.entries().stream().filter(e -> e.kind() == ActorEntry.Kind.PERSON).map(e -> e.actor().name()).distinct().count();
        assertThat(agents).as("agent phrases").isGreaterThanOrEqualTo(300);
        assertThat(people).as("people").isGreaterThanOrEqualTo(500);
    }

    /** Half-open ranges [from, to) overlap. */
    private static boolean overlap(ActorEntry a, ActorEntry b) {
        boolean aEndsBeforeB = a.to() != null && b.from() != null && !a.to().isAfter(b.from());
        boolean bEndsBeforeA = b.to() != null && a.from() != null && !b.to().isAfter(a.from());
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
