package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.Articles.EGYPT;
import static org.dyad.store.Articles.ISRAEL;
import static org.dyad.store.Articles.PALESTINE;
import static org.dyad.store.Articles.article;
import static org.dyad.store.Articles.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.coding.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("d.duckdb"));
        LocalDate day = LocalDate.of(2024, 3, 5);
        store.write(List.of(
                article("a1", "Wire One", day, event("2024-03-04", ISRAEL, PALESTINE, "112", 0)),
                article("a2", "Daily Two", day.plusDays(1), event("2024-03-04", ISRAEL, PALESTINE, "112", 5)),
                article("a3", "Daily Two", day, event("2024-03", EGYPT, null, "0421", 7)),
                article("a4", "Daily Two", day, event("2024-03-02", ISRAEL, EGYPT, "036", 1).withLocation(
                        new Event.Location("Lahore", Event.Location.CITY, "PAK", "04", "Punjab", 31.558, 74.351, 1172451L)))), List.of());
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private String text(Export.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Export(store).write(format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void gdeltRowsHave61TabSeparatedFieldsWithGdeltTypes() {
        List<String> lines = text(Export.Format.gdelt).lines().toList();
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertThat(f).hasSize(61);
            assertThat(f[0]).matches("\\d+");
            assertThat(f[1]).matches("\\d{8}");
            assertThat(f[2]).matches("\\d{6}");
            assertThat(f[3]).matches("\\d{4}");
            assertThat(f[4]).matches("\\d{4}\\.\\d{4}");
            assertThat(f[25]).matches("[01]");
            assertThat(f[26]).matches("\\d{3,4}");
            assertThat(f[27]).matches("\\d{3}");
            assertThat(f[28]).matches("\\d{2}");
            assertThat(f[29]).matches("[1-4]");
            assertThat(Double.parseDouble(f[30])).isBetween(-10.0, 10.0);
            for (int i = 31; i <= 33; i++) assertThat(f[i]).matches("\\d+");
            assertThat(f[34]).as("AvgTone: Dyad does not measure tone").isEmpty();
            for (int geo : new int[] {35, 43, 51}) assertThat(f[geo]).matches("[0-5]");
            assertThat(f[59]).matches("\\d{14}");
        }
        String[] accusation = lines.stream().filter(l -> l.contains("\t112\t")).findFirst().orElseThrow().split("\t", -1);
        assertThat(accusation[1]).isEqualTo("20240304");
        assertThat(accusation[5]).isEqualTo("ISRGOV");
        assertThat(accusation[7]).isEqualTo("ISR");
        assertThat(accusation[12]).isEqualTo("GOV");
        assertThat(accusation[15]).isEqualTo("PSEGOV");
        assertThat(accusation[26]).isEqualTo("112");
        assertThat(accusation[28]).isEqualTo("11");
        assertThat(accusation[31]).isEqualTo("2");
        assertThat(accusation[32]).isEqualTo("2");
        assertThat(accusation[33]).isEqualTo("2");
        assertThat(accusation[37]).as("Israel's FIPS code").isEqualTo("IS");
        assertThat(accusation[45]).as("West Bank/Gaza's FIPS code is not the ISO one").isNotEqualTo("PS");
        String[] visit = lines.stream().filter(l -> l.contains("\t0421\t")).findFirst().orElseThrow().split("\t", -1);
        assertThat(visit[1]).as("a month-dated event falls on its first day").isEqualTo("20240301");
        assertThat(visit[26]).isEqualTo("0421");
        assertThat(visit[27]).isEqualTo("042");
        assertThat(visit[28]).isEqualTo("04");
        assertThat(visit[25]).as("not in the lead").isEqualTo("0");
        assertThat(visit[15]).as("no target").isEmpty();
        assertThat(visit[51]).as("no place").isEqualTo("0");
        String[] meeting = lines.stream().filter(l -> l.contains("\t036\t")).findFirst().orElseThrow().split("\t", -1);
        assertThat(List.of(meeting).subList(51, 59))
                .containsExactly("4", "Lahore, Punjab, Pakistan", "PK", "PK04", "", "31.558", "74.351", "1172451");
    }

    @Test
    void csvAndJsonlCarryTheCounts() throws Exception {
        List<String> csv = text(Export.Format.csv).lines().toList();
        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).contains("event_id", "num_mentions", "num_sources", "num_articles");
        List<String> jsonl = text(Export.Format.jsonl).lines().toList();
        assertThat(jsonl).hasSize(3);
        JsonNode first = new ObjectMapper().readTree(jsonl.get(2));
        assertThat(first.get("cameo").asText()).isEqualTo("112");
        assertThat(first.get("num_articles").asInt()).isEqualTo(2);
    }

    @Test
    void parquetIsReadBackWithTheSameRows() {
        Path file = dir.resolve("events.parquet");
        new Export(store).write(Export.Format.parquet, file);
        assertThat(file).exists();
        Table back = store.query("SELECT cameo, num_articles FROM read_parquet(?) ORDER BY cameo", List.of(file.toString()));
        assertThat(back.rows()).containsExactly(List.of("036", 1L), List.of("0421", 1L), List.of("112", 2L));
        assertThatThrownBy(() -> new Export(store).write(Export.Format.parquet, new ByteArrayOutputStream()))
                .hasMessageContaining("output file");
    }

    @Test
    void ploverRecordsUseThePloverFieldNames() throws Exception {
        List<String> lines = text(Export.Format.plover).lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode r = new ObjectMapper().readTree(lines.get(2));
        assertThat(r.get("date").asText()).isEqualTo("2024-03-04");
        assertThat(r.get("event").get(0).asText()).isEqualTo("ACCUSE");
        assertThat(r.get("source").get(0).get("code").asText()).isEqualTo("ISR");
        assertThat(r.get("source").get(0).get("sector").asText()).isEqualTo("GOV");
        assertThat(r.get("recipient").get(0).get("code").asText()).isEqualTo("PSE");
        assertThat(r.get("cite_info").get("url").asText()).isEqualTo("https://example.org/a1");
        assertThat(r.get("event_text").get(0).asText()).contains("did 112");
        assertThat(r.get("num_articles").asInt()).isEqualTo(2);
        JsonNode place = new ObjectMapper().readTree(lines.get(1)).get("event_loc");
        assertThat(place.get("name").asText()).isEqualTo("Lahore");
        assertThat(place.get("geonameid").asLong()).isEqualTo(1172451L);
        assertThat(place.get("cc3").asText()).isEqualTo("PAK");
    }

    @Test
    void anExportToAFileInAMissingFolderNamesTheFile() {
        Path file = dir.resolve("no/such/folder/events.tsv");
        assertThatThrownBy(() -> new Export(store).write(Export.Format.gdelt, file)).hasMessageContaining("events.tsv");
    }
}
