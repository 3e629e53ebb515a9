package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.datafile.DataFileException;
import org.dyad.dictionary.Dictionaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users bring their own dictionaries, in Dyad's format or PETRARCH/TABARI's, without rebuilding. */
class UserDictionaryTest {

    @TempDir
    Path dir;

    static String inForce(ActorDictionary d, String name, String date) {
        return ActorDictionary.inForce(d.lookup(name), LocalDate.parse(date)).map(ActorEntry::code).orElse("-");
    }

    private static ActorDictionary load(Path... files) {
        return Dictionaries.load(List.of(files), Dictionaries.Options.DEFAULT).actors();
    }

    @Test
    void bundledRolesFollowTheDate() {
        ActorDictionary d = ActorDictionary.bundled();
        assertThat(inForce(d, "John Kerry", "2014-04-08")).isEqualTo("USAGOV");
        assertThat(inForce(d, "John Kerry", "2010-06-01")).isEqualTo("USALEG");
        assertThat(inForce(d, "Mahmoud Abbas", "2014-04-09")).isEqualTo("PSEGOV");
    }

    @Test
    void userEntriesTakePrecedenceOverBundledOnes() throws IOException {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "code\tname\taliases\tcountry\trole\tkind\nGBRBBC\tBBC\tBeeb\tGBR\tMED\tmedia\n");
        ActorDictionary d = load(file);
        assertThat(inForce(d, "BBC", "2020-01-01")).isEqualTo("GBRBBC");
        assertThat(inForce(d, "Beeb", "2020-01-01")).isEqualTo("GBRBBC");
    }

    @Test
    void aMalformedCodeNamesTheFileAndLine() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "phrase\tplurals\trole\nwarlord\twarlords\tbad-role\n");
        assertThatThrownBy(() -> load(file))
                .isInstanceOf(DataFileException.class).hasMessageContaining("bad.tsv:2").hasMessageContaining("bad-role");
    }

    @Test
    void tensOfThousandsOfTabariEntriesLoad() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40_000; i++) b.append("PERSON_").append(i).append("_X_ [USAGOV 090101-130101]\n+ALIAS_").append(i).append("_\n");
        Path file = dir.resolve("large.txt");
        Files.writeString(file, b);
        ActorDictionary d = load(file);
        assertThat(inForce(d, "Person 39999 X", "2010-01-01")).isEqualTo("USAGOV");
        assertThat(inForce(d, "Alias 12345", "2010-01-01")).isEqualTo("USAGOV");
    }
}
