package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in this JVM: what a user types, what they get. */
class CommandLineTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "nuclear-talks.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    private static Run dyad(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static JsonSchema schema() throws IOException {
        try (InputStream in = CommandLineTest.class.getResourceAsStream("/dyad-schema/dyad-1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void codesTheExampleIntoARecordThatValidates() throws IOException {
        Run run = dyad("", "code", EXAMPLE.toString(), "--published", "2014-04-09", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode record = JSON.readTree(run.out());
        Set<ValidationMessage> problems = schema().validate(record);
        assertThat(problems).isEmpty();
        assertThat(record.path("article").path("publishedFrom").asText()).isEqualTo("flag");
        assertThat(record.path("times").toString()).contains("\"Last Thursday\"").contains("2014-04-03").contains("2014-04-08");
        assertThat(record.path("events").size()).isPositive();
        String text = Files.readString(EXAMPLE);
        for (JsonNode q : record.path("quotes")) {
            assertThat(text.substring(q.path("start").asInt(), q.path("end").asInt())).isEqualTo(q.path("text").asText());
        }
    }

    @Test
    void theSchemaRejectsABrokenRecord() throws IOException {
        JsonNode broken = JSON.readTree("{\"schema\":\"dyad/1\",\"article\":{\"id\":\"x\"},\"events\":[{\"cameo\":\"9999x\"}],"
                + "\"quotes\":[],\"times\":[],\"mentions\":[]}");
        assertThat(schema().validate(broken)).isNotEmpty();
    }

    @Test
    void tableIsForPeople() {
        Run run = dyad("", "code", EXAMPLE.toString(), "--published", "2014-04-09", "--format", "table");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Events (").contains("Quotes (").contains("Last Thursday = 2014-04-03")
                .contains("ISRGOV").contains("Accuse");
    }

    @Test
    void standardInputAndJsonlWithTheirOwnDates() {
        Run stdin = dyad("Iran accused Israel of sabotage.", "code", "-", "--published", "2021-04-12", "--format", "jsonl");
        assertThat(stdin.status()).isZero();
        assertThat(stdin.out().lines().count()).isEqualTo(1);
        assertThat(stdin.out()).contains("\"IRN\"").contains("\"112\"");

        Run jsonl = dyad("{\"id\":\"a\",\"text\":\"Iran accused Israel of sabotage.\",\"published\":\"2021-04-12\"}\n", "code", "-", "--format", "jsonl");
        assertThat(jsonl.out()).contains("\"publishedFrom\":\"metadata\"").contains("\"published\":\"2021-04-12\"");
    }

    @Test
    void withoutADateTodayIsUsedAndTheOutputSaysSo() {
        Run run = dyad("Iran accused Israel of sabotage.", "code", "-", "--format", "table");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("no publication date given; using today's date");
        assertThat(run.out()).contains("today's date: none given");
    }

    @Test
    void badInputsAreNamedAndTheOthersStillCoded() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Iran accused Israel of sabotage.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Le pr\u00e9sident.".getBytes(StandardCharsets.ISO_8859_1));
        Path jsonl = Files.writeString(dir.resolve("feed.jsonl"), "{\"text\": \"Iran accused Israel.\", \"published\": \"2021-04-12\"}\n{oops\n");
        Run run = dyad("", "code", good.toString(), empty.toString(), binary.toString(), latin1.toString(),
                dir.resolve("missing.txt").toString(), jsonl.toString(), "--published", "2021-04-12", "--format", "jsonl");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines().count()).isEqualTo(2);
        assertThat(run.err()).contains("empty.txt: empty").contains("binary.txt: binary").contains("latin1.txt: not valid UTF-8")
                .contains("missing.txt: no such file").contains("feed.jsonl:2: malformed JSON").contains("5 of 7 inputs could not be coded");
    }

    @Test
    void anInvalidDateIsAClearError() {
        Run run = dyad("text", "code", "-", "--published", "2014-13-01");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--published").contains("'2014-13-01' is not a date");
    }

    @Test
    void actorsLookupPrintsTheCodeInForceThenWhy() throws IOException {
        Run kerry2014 = dyad("", "actors", "lookup", "John Kerry", "--date", "2014-04-08");
        assertThat(kerry2014.out().lines().findFirst()).contains("USAGOV");
        assertThat(kerry2014.out()).contains("people-g20.tsv").contains("2013-02-01..2017-01-20");
        Run kerry2010 = dyad("", "actors", "lookup", "John Kerry", "--date", "2010-04-08");
        assertThat(kerry2010.out().lines().findFirst()).contains("USALEG");
        // out of office, a former Secretary of State is an elite, and the lookup says after which office
        Run kerry2019 = dyad("", "actors", "lookup", "John Kerry", "--date", "2019-04-08");
        assertThat(kerry2019.out().lines().findFirst()).contains("USAELI");
        assertThat(kerry2019.out()).contains("out of office since").contains("after USAGOV 2013-02-01..2017-01-20");

        Path mine = Files.writeString(dir.resolve("mine.txt"), "JOHN_KERRY_ [USAELI]\n");
        Run user = dyad("", "actors", "lookup", "John Kerry", "--date", "2014-04-08", "--dictionary", mine.toString());
        assertThat(user.out().lines().findFirst()).contains("USAELI");
        assertThat(user.out()).contains("user file");
    }

    @Test
    void aUserPatternFileChangesCoding() throws IOException {
        Path mine = Files.writeString(dir.resolve("patterns.tsv"), "code\tpattern\n111\tlampoon\n");
        String text = "Peru lampooned Chile.";
        assertThat(dyad(text, "code", "-", "--published", "2020-01-01", "--format", "jsonl").out()).doesNotContain("\"111\"");
        assertThat(dyad(text, "code", "-", "--published", "2020-01-01", "--format", "jsonl", "--patterns", mine.toString()).out())
                .contains("\"111\"");
    }

    @Test
    void aUserDictionaryChangesCoding() throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.tsv"), "code\tname\taliases\tcountry\trole\tkind\nNORZZF\tZephyr Front\t\tNOR\tREB\tarmed\n");
        Run run = dyad("The Zephyr Front attacked a police station.", "code", "-", "--published", "2020-01-01",
                "--format", "jsonl", "--dictionary", mine.toString());
        assertThat(run.out()).contains("\"NORZZF\"");
    }

    @Test
    void anArticleInAnotherLanguageIsSkippedWithAWarning() {
        Run run = dyad("Le gouvernement fran\u00e7ais a annonc\u00e9 mardi de nouvelles mesures contre la hausse des prix de l'\u00e9nergie.",
                "code", "-", "--published", "2024-01-09", "--format", "jsonl");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("stdin: not in English: French (fr); not coded");
    }

    @Test
    void aRunOnSentenceIsCutWithAWarningAndStillCoded() throws IOException {
        String runOn = "the minister said police in Cairo arrested protesters and Israel accused Iran ".repeat(40);
        Run run = dyad(runOn, "code", "-", "--published", "2024-01-09", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("a sentence of 480 tokens").contains("over the limit of 150: cut into 4");
        JsonNode record = JSON.readTree(run.out());
        assertThat(schema().validate(record)).isEmpty();
        assertThat(record.path("warnings").get(0).asText()).contains("cut into 4");
    }

    /** About 12,000 words of the gold set's articles: seconds of work for the pipeline. */
    @Test
    void codingThatRunsOverTheTimeBudgetIsStoppedAndNamed() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("..", "data", "gold", "gold.jsonl"))) {
            if (text.length() > 75_000) break;
            text.append(JSON.readTree(line).path("text").asText()).append("\n\n");
        }
        // the models are loaded once per JVM: loaded here, they are not counted in the time the stop takes
        dyad("Kenya accused Uganda of shelling border villages.", "code", "-", "--published", "2024-01-09");
        // read against coding the whole text in the same JVM, so that a loaded machine slows both alike; the whole
        // text first, so that a JVM still warming up does not make the stopped run look slow
        long t0 = System.nanoTime();
        assertThat(dyad(text.toString(), "code", "-", "--published", "2024-01-09").status()).isZero();
        double whole = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        Run run = dyad(text.toString(), "code", "-", "--published", "2024-01-09", "--max-seconds", "1");
        double stopped = (System.nanoTime() - t1) / 1e9;
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("stdin: took more than 1 s, the time budget per article; not coded");
        assertThat(stopped).as("stopped well before the whole text was coded (%.1f s)", whole).isLessThan(whole / 2);
    }
}
