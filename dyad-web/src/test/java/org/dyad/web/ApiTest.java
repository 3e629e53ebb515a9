package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every route, on the fixture's four articles: what it answers, and how it refuses bad requests. */
class ApiTest {

    private final Http http = Served.http();

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private List<JsonNode> events(String query) {
        Http.Response r = http.get("/api/events?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return list(r.json().get("events"));
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theEventFiltersSelectWhatTheySay() {
        assertThat(events("actor=ISR&limit=1000")).isNotEmpty().allSatisfy(e ->
                assertThat(e.get("source_code").asText() + " " + e.get("target_code").asText()).contains("ISR"));
        assertThat(events("source=ISR&target=PSE")).extracting(e -> e.get("cameo").asText()).contains("194", "112", "173", "040");
        assertThat(events("code=19")).isNotEmpty().allSatisfy(e -> assertThat(e.get("cameo").asText()).startsWith("19"));
        assertThat(events("quad=4")).isNotEmpty().allSatisfy(e -> assertThat(e.get("quad_class").asInt()).isEqualTo(4));
        assertThat(events("from=2024-03-10&to=2024-03-31")).isNotEmpty().allSatisfy(e ->
                assertThat(e.get("date").asText()).isBetween("2024-03-10", "2024-03-31"));
        assertThat(events("outlet=" + q("valley herald"))).extracting(e -> e.get("cameo").asText()).contains("040", "0253", "111");
        assertThat(events("text=Ramallah")).extracting(e -> e.get("place").asText()).containsOnly("Ramallah");
    }

    @Test
    void pagesAreSortedAndDoNotOverlap() {
        JsonNode all = http.get("/api/events?outlet=" + q("Harbor Times") + "&sort=goldstein&order=desc").json();
        List<Double> scores = list(all.get("events")).stream().map(e -> e.get("goldstein").asDouble()).toList();
        assertThat(scores).hasSizeGreaterThanOrEqualTo(4).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(all.get("total").asLong()).isEqualTo(scores.size());
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < scores.size(); offset += 2) {
            JsonNode page = http.get("/api/events?outlet=" + q("Harbor Times") + "&sort=goldstein&order=desc&limit=2&offset=" + offset).json();
            assertThat(page.get("total").asLong()).isEqualTo(scores.size());
            list(page.get("events")).forEach(e -> ids.add(e.get("id").asText()));
        }
        assertThat(ids).doesNotHaveDuplicates().containsExactlyElementsOf(list(all.get("events")).stream().map(e -> e.get("id").asText()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/events?limit=0|limit", "/api/events?limit=5000|limit", "/api/events?offset=-1|offset", "/api/events?limit=ten|limit",
        "/api/events?from=2024-13-01|from", "/api/events?from=2024-05-01&to=2024-04-01|after", "/api/events?quad=5|quad",
        "/api/events?sort=cameo;drop|sort", "/api/events?actor=ISR%27%20OR%201=1|actor", "/api/events?acter=ISR|acter",
        "/api/events?code=1a|code", "/api/events/abc|id", "/api/articles/xyz|key", "/api/actors?limit=0|limit",
        "/api/actors/ISR/timeline?interval=year|interval", "/api/dyads/ISR/PS-E/timeline|target", "/api/network?top=1|top",
        "/api/status?verbose=1|verbose", "/api/ingest/1?x=2|x"})
    void badParametersAreJsonErrorsThatNameThem(String path, String named) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().get("status").asInt()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains(named);
    }

    @ParameterizedTest
    @CsvSource({"/api/events/42", "/api/articles/0000000000000000000000000000000000000000000000000000000000000000",
        "/api/actors/ZZZ/timeline", "/api/dyads/ISR/ZZZ/timeline", "/api/ingest/999999", "/api/nothing", "/no/such/page.html"})
    void whatDoesNotExistIsAJson404(String path) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(404);
        assertThat(r.json().get("message").asText()).isNotBlank();
    }

    @Test
    void textThatLooksLikeSqlIsOnlyText() {
        assertThat(events("text=" + q("'; DROP TABLE coded_events; --"))).isEmpty();
        assertThat(events("outlet=" + q("x' OR '1'='1"))).isEmpty();
        assertThat(events("limit=1000")).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void anEventLeadsToTheWordsOfEveryArticleThatReportsIt() {
        JsonNode event = events("source=ISRMIL&code=194").get(0);
        JsonNode detail = http.get("/api/events/" + event.get("id").asText()).json();
        assertThat(detail.get("event").get("cameo").asText()).isEqualTo("194");
        JsonNode report = detail.get("mentions").get(0);
        assertThat(report.get("trigger").asText()).isEqualTo("shelled");
        JsonNode article = http.get("/api/articles/" + report.get("article_key").asText()).json();
        String text = article.get("text").asText();
        assertThat(text.substring(report.get("start_offset").asInt(), report.get("end_offset").asInt()))
                .isEqualTo(report.get("evidence").asText());
        assertThat(article.get("record").get("schema").asText()).isEqualTo("dyad/1");
        assertThat(list(article.get("record").get("quotes"))).extracting(x -> x.get("text").asText())
                .containsExactly("We will answer every attack,");
    }

    @Test
    void actorsAreFoundByCodeOrName() {
        List<JsonNode> found = list(http.get("/api/actors?q=isr").json());
        assertThat(found).extracting(a -> a.get("code").asText()).contains("ISR", "ISRGOV", "ISRMIL", "ISRCOP")
                .allSatisfy(c -> assertThat(c).startsWith("ISR"));
        assertThat(list(http.get("/api/actors?q=egypt").json())).extracting(a -> a.get("code").asText()).contains("EGY");
    }

    @Test
    void aDyadsTimelineCountsItsEventsByQuadClass() {
        JsonNode timeline = http.get("/api/dyads/ISR/PSE/timeline?interval=month").json();
        List<JsonNode> buckets = list(timeline.get("buckets"));
        assertThat(buckets).extracting(b -> b.get("period").asText()).contains("2024-03-01", "2024-05-01");
        long total = buckets.stream().mapToLong(b -> b.get("events").asLong()).sum();
        assertThat(total).isEqualTo(http.get("/api/events?source=ISR&target=PSE").json().get("total").asLong());
        JsonNode march = buckets.stream().filter(b -> b.get("period").asText().equals("2024-03-01")).findFirst().orElseThrow();
        assertThat(march.get("materialConflict").asLong()).isEqualTo(2); // shelling and the arrests
        assertThat(march.get("verbalConflict").asLong()).isEqualTo(1);   // the accusation
        assertThat(march.get("goldstein").asDouble()).isNegative();
        JsonNode weeks = http.get("/api/actors/EGY/timeline?interval=week&from=2024-01-01&to=2024-12-31").json();
        assertThat(list(weeks.get("buckets"))).extracting(b -> b.get("period").asText()).containsExactly("2024-04-01");
    }

    @Test
    void theNetworkWeighsWhoActsOnWhomWithCooperationAndConflictApart() {
        JsonNode net = http.get("/api/network?from=2024-03-01&to=2024-05-31").json();
        assertThat(list(net.get("nodes"))).extracting(n -> n.get("code").asText()).contains("ISRMIL", "PSE", "PSEGOV", "EGY");
        JsonNode shelling = list(net.get("edges")).stream()
                .filter(e -> e.get("source").asText().equals("ISRMIL") && e.get("target").asText().equals("PSE")).findFirst().orElseThrow();
        assertThat(shelling.get("conflict").asLong()).isEqualTo(1);
        assertThat(shelling.get("cooperation").asLong()).isZero();
        JsonNode praise = list(net.get("edges")).stream()
                .filter(e -> e.get("source").asText().equals("EGY") && e.get("target").asText().equals("ISR")).findFirst().orElseThrow();
        assertThat(praise.get("cooperation").asLong()).isEqualTo(1);
        assertThat(list(http.get("/api/network?top=2").json().get("nodes"))).hasSize(2);
    }

    @Test
    void aPostedArticleIsCodedAndStoredOnlyWhenAsked() {
        String text = "Turkish troops shelled Kurdish militia positions in northern Syria on Sunday.";
        Http.Response coded = http.post("/api/code?published=2023-02-06&source=" + q("Api Test Wire"), "text/plain", text);
        assertThat(coded.status()).as(coded.body()).isEqualTo(200);
        assertThat(coded.header("Location")).isNull();
        assertThat(coded.json().get("events").get(0).get("source").get("code").asText()).startsWith("TUR");
        assertThat(coded.json().get("events").get(0).get("date").asText()).isEqualTo("2023-02-05");
        assertThat(events("outlet=" + q("Api Test Wire"))).isEmpty();

        Http.Response stored = http.post("/api/code?store=true&published=2023-02-06&source=" + q("Api Test Wire"), "text/plain", text);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(events("outlet=" + q("Api Test Wire"))).hasSize(1);
        JsonNode article = http.get(stored.header("Location")).json();
        assertThat(article.get("text").asText()).isEqualTo(text);
        Http.Response again = http.post("/api/code?store=true&published=2023-02-06&source=" + q("Api Test Wire"), "text/plain", text);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Location")).isEqualTo(stored.header("Location"));
        assertThat(events("outlet=" + q("Api Test Wire"))).hasSize(1);
    }

    @Test
    void aPostedJsonArticleKeepsItsMetadata() throws Exception {
        Http.Response r = http.post("/api/code", "application/json", "{\"id\": \"j1\", \"published\": \"2022-11-14\", "
                + "\"source\": \"Json Wire\", \"title\": \"Talks\", \"text\": \"Chinese President Xi Jinping met US President Joe Biden in Bali on Monday.\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode article = r.json().get("article");
        assertThat(article.get("id").asText()).isEqualTo("j1");
        assertThat(article.get("publishedFrom").asText()).isEqualTo("metadata");
        assertThat(r.json().get("events").get(0).get("cameo").asText()).startsWith("04");
        try (var in = ApiTest.class.getResourceAsStream("/dyad-schema/dyad-1.schema.json")) {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            assertThat(schema.validate(r.json())).as("the record follows docs/schema/dyad-1.schema.json").isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "application/json|{\"text\": \"Kenya recalled its ambassador.\"|400|malformed JSON",
        "application/json|{\"text\": \"Kenya recalled its ambassador.\", \"author\": \"x\"}|400|author",
        "application/json|[1, 2]|400|malformed JSON",
        "application/json|{\"text\": \"  \"}|400|no text",
        "application/json|{\"text\": \"Kenya recalled its ambassador.\", \"published\": \"May 4\"}|400|published",
        "text/plain|'   '|400|no text",
        "application/xml|<article/>|415|text/plain"})
    void badArticlesAreRefusedWithTheirReason(String type, String body, int status, String reason) {
        Http.Response r = http.post("/api/code", type, body);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("message").asText()).contains(reason);
    }

    @Test
    void oversizeAndBinaryBodiesAreRefused() {
        Http.Response large = http.post("/api/code", "text/plain", "Kenya recalled its ambassador. ".repeat(10_000));
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.json().get("message").asText()).contains("limit");
        Http.Response binary = http.post("/api/code", "text/plain", java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {'P', 0, 0, 1}));
        assertThat(binary.status()).isEqualTo(400);
        assertThat(binary.json().get("message").asText()).contains("binary");
        assertThat(http.post("/api/code?published=yesterday", "text/plain", "Kenya recalled its ambassador.").status()).isEqualTo(400);
    }

    @Test
    void aBatchIsIngestedInTheBackgroundWithItsProgressAndErrors() {
        String batch = "{\"id\": \"b1\", \"published\": \"2021-06-01\", \"source\": \"Batch Wire\", \"text\": \"Kenya recalled its ambassador to Somalia on Monday.\"}\n"
                + "{\"id\": \"b2\", \"published\": \"2021-06-02\", \"source\": \"Batch Wire\", \"text\": \"Pakistan condemned the attack on its embassy in Kabul.\"}\n"
                + "{not json\n";
        JsonNode status = Served.ingest(http, batch);
        assertThat(status.get("state").asText()).isEqualTo("done");
        assertThat(status.get("inputs").asInt()).isEqualTo(3);
        assertThat(status.get("added").asInt()).isEqualTo(2);
        assertThat(status.get("errors").asInt()).isEqualTo(1);
        assertThat(status.get("coded").asInt()).isEqualTo(2);
        assertThat(events("outlet=" + q("Batch Wire"))).isNotEmpty();
        assertThat(Served.ingest(http, batch).get("alreadyStored").asInt()).isEqualTo(2);
        assertThat(http.post("/api/ingest", "application/x-ndjson", "").status()).isEqualTo(400);
    }

    @Test
    void readsGoOnWhileArticlesAreCodedAndABatchIsIngested() throws Exception {
        String[] texts = {"Kenyan police arrested 30 protesters in Nairobi on Tuesday.", "Uganda praised Kenya for the border agreement.",
            "Tanzanian President Samia Suluhu Hassan met Kenyan President William Ruto in Arusha on Monday."};
        Http.Response batch = http.post("/api/ingest?source=" + q("Concurrent Wire") + "&published=2023-07-11", "application/x-ndjson",
                "{\"id\": \"cw1\", \"text\": \"" + texts[0] + "\"}\n{\"id\": \"cw2\", \"text\": \"" + texts[1] + "\"}\n");
        assertThat(batch.status()).isEqualTo(202);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Http.Response>> answers = new ArrayList<>();
        answers.add(clients.submit(() -> http.post("/api/code?store=true&id=cw3&published=2023-07-11&source=" + q("Concurrent Wire"),
                "text/plain", texts[2])));
        String[] reads = {"/api/events?limit=100", "/api/actors?q=ken", "/api/network", "/api/dyads/ISR/PSE/timeline?interval=week",
            "/api/status", "/api/events?text=police&sort=mentions&order=desc"};
        for (int i = 0; i < 120; i++) {
            String path = reads[i % reads.length];
            answers.add(clients.submit(() -> http.get(path)));
        }
        for (Future<Http.Response> a : answers) {
            Http.Response r = a.get(3, TimeUnit.MINUTES);
            assertThat(r.status()).as(r.body()).isBetween(200, 201);
        }
        clients.shutdown();
        for (int i = 0; i < 600 && !http.get(batch.header("Location")).json().get("state").asText().equals("done"); i++) Served.sleep(100);
        assertThat(http.get(batch.header("Location")).json().get("added").asInt()).isEqualTo(2);
        List<JsonNode> stored = events("outlet=" + q("Concurrent Wire") + "&limit=100");
        assertThat(stored).extracting(e -> e.get("source_code").asText()).anySatisfy(c -> assertThat(c).startsWith("TZA"))
                .anySatisfy(c -> assertThat(c).startsWith("KEN"));
    }

    @Test
    void withATokenEveryWriteNeedsIt(@TempDir Path dir) {
        try (Server guarded = Served.start(dir.resolve("t.duckdb"), "s3cret")) {
            String base = "http://127.0.0.1:" + guarded.port();
            Http anonymous = new Http(base, null);
            Http wrong = new Http(base, "guess");
            Http owner = new Http(base, "s3cret");
            assertThat(anonymous.post("/api/code", "text/plain", "Kenya recalled its ambassador.").status()).isEqualTo(401);
            assertThat(wrong.post("/api/ingest", "application/x-ndjson", "{\"text\": \"Kenya recalled its ambassador.\"}").status()).isEqualTo(401);
            assertThat(anonymous.get("/api/status").json().get("tokenRequired").asBoolean()).isTrue();
            assertThat(anonymous.get("/api/events").status()).isEqualTo(200);
            assertThat(owner.post("/api/code", "text/plain", "Kenya recalled its ambassador.").status()).isEqualTo(200);
        }
    }

    @Test
    void beyondLoopbackTheServerWillNotStartWithoutAToken(@TempDir Path dir) {
        assertThatThrownBy(() -> Server.start(new Server.Settings(dir.resolve("x.duckdb"), "0.0.0.0", 0, null, 1), () -> Served.DYAD::code, Served.CODING))
                .hasMessageContaining("requires a token");
    }

    @Test
    void responsesForbidForeignScriptsAndFraming() {
        Http.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(http.get("/webjars/echarts/5.3.1/dist/echarts.min.js").status()).isEqualTo(200);
    }
}
