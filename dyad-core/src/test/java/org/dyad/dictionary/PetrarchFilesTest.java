package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorEntry;
import org.dyad.datafile.Warning;
import org.junit.jupiter.api.Test;

/**
 * The six real Phoenix files of PETRARCH2 (data/petrarch/, MIT) load with --dictionary; each
 * warning names a real defect of its file, at its line.
 */
class PetrarchFilesTest {

    private static final Path FOLDER = Path.of("..", "data", "petrarch");
    private static final List<String> FILES = List.of("CAMEO.verbpatterns.150430.txt", "Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt");

    @Test
    void allSixLoadAndTheirWarningsAreTheirDefects() {
        Dictionaries d = Dictionaries.load(FILES.stream().map(FOLDER::resolve).toList(), Dictionaries.Options.DEFAULT);
        Map<String, DictionaryFile> byName = d.files().stream().collect(Collectors.toMap(f -> Path.of(f.origin()).getFileName().toString(), f -> f));
        assertThat(byName.get("CAMEO.verbpatterns.150430.txt").kind()).isEqualTo("verbs");
        assertThat(byName.get("Phoenix.Countries.actors.txt").kind()).isEqualTo("actors");
        assertThat(byName.get("Phoenix.agents.txt").kind()).isEqualTo("agents");
        assertThat(byName.get("Phoenix.discards.txt").kind()).isEqualTo("discards");
        assertThat(byName.get("Phoenix.Countries.actors.txt").entries()).isGreaterThan(15_000);
        assertThat(byName.get("CAMEO.verbpatterns.150430.txt").translated()).isGreaterThan(8_000);

        assertThat(lines(byName.get("Phoenix.Countries.actors.txt"))).containsExactly(2039, 18010, 22508, 22519, 43613);
        assertThat(reasons(byName.get("Phoenix.Countries.actors.txt"))).allMatch(r -> r.startsWith("malformed date"));
        assertThat(lines(byName.get("Phoenix.International.actors.txt"))).containsExactly(40);
        assertThat(lines(byName.get("Phoenix.MilNonState.actors.txt"))).isEmpty();
        assertThat(lines(byName.get("Phoenix.agents.txt"))).containsExactly(544, 1927);
        assertThat(lines(byName.get("Phoenix.discards.txt"))).isEmpty();
        DictionaryFile verbs = byName.get("CAMEO.verbpatterns.150430.txt");
        assertThat(verbs.warnings()).hasSizeLessThanOrEqualTo(20);
        assertThat(reasons(verbs)).allMatch(r -> r.startsWith("malformed code") || r.contains("is not in CAMEO 1.1b3") || r.startsWith("neither a verb"));

        ActorDictionary actors = d.actors();
        assertThat(ActorDictionary.inForce(actors.lookup("Hamid Karzai"), LocalDate.of(2010, 1, 1)).map(ActorEntry::code)).contains("AFGGOV");
    }

    private static List<Integer> lines(DictionaryFile f) {
        return f.warnings().stream().map(Warning::line).sorted().toList();
    }

    private static List<String> reasons(DictionaryFile f) {
        return f.warnings().stream().map(Warning::reason).toList();
    }
}
