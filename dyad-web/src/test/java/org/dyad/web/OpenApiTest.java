package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document at /openapi.json against the server: it is a valid OpenAPI 3.1
 * document, every route is in it, and every operation in it answers its example request with
 * a status it documents and a body its schema allows. Runs on a server of its own, since
 * the examples store an article.
 */
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Server server;
    static Http http;
    static JsonNode doc;

    @BeforeAll
    static void start() {
        server = Served.start(dir.resolve("openapi.duckdb"), null);
        http = new Http("http://127.0.0.1:" + server.port(), null);
        Served.ingest(http, Served.fixture());
        doc = http.get("/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDocumentIsValidOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(doc.toString(), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        Set<String> routes = new TreeSet<>();
        for (Route r : server.routes()) routes.add(r.method().name() + " " + r.path());
        assertThat(documented()).isEqualTo(routes);
    }

    private static Set<String> documented() {
        Set<String> ops = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            var path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> ops.add(method.toUpperCase() + " " + path.getKey()));
        }
        return ops;
    }

    @Test
    void everyDocumentedOperationAnswersItsExampleAsDocumented() {
        JsonNode first = http.get("/api/events?source=ISRMIL").json().get("events").get(0);
        String eventId = first.get("id").asText();
        String articleKey = http.get("/api/events/" + eventId).json().get("mentions").get(0).get("article_key").asText();
        Map<String, String> real = Map.of("/api/events/{id}", eventId, "/api/articles/{key}", articleKey);
        List<String> answered = new ArrayList<>();
        // POSTs first, so that what they create can be read.
        List<String> ops = new ArrayList<>(documented());
        ops.sort((a, b) -> Boolean.compare(!a.startsWith("POST"), !b.startsWith("POST")));
        for (String op : ops) {
            String method = op.substring(0, op.indexOf(' '));
            String template = op.substring(op.indexOf(' ') + 1);
            JsonNode operation = doc.get("paths").get(template).get(method.toLowerCase());
            String path = concrete(template, operation, real.get(template));
            Http.Response r = method.equals("GET") ? http.get(path) : post(path, operation);
            JsonNode documented = operation.get("responses").get(Integer.toString(r.status()));
            assertThat(r.status()).as(op + " -> " + r.body()).isBetween(200, 299);
            assertThat(documented).as(op + " answered an undocumented " + r.status()).isNotNull();
            JsonNode schema = documented.get("content").get("application/json").get("schema");
            var problems = validator(schema).validate(r.json());
            assertThat(problems).as(op + " answered a body its schema does not allow: " + r.body()).isEmpty();
            answered.add(op);
        }
        assertThat(answered).hasSize(server.routes().size());
    }

    private static String concrete(String template, JsonNode operation, String real) {
        String path = template;
        for (JsonNode p : operation.path("parameters")) {
            if (!p.path("in").asText().equals("path")) continue;
            String value = real != null ? real : p.get("example").asText();
            path = path.replace("{" + p.get("name").asText() + "}", value);
        }
        return path;
    }

    private static Http.Response post(String path, JsonNode operation) {
        var content = operation.get("requestBody").get("content").fields().next();
        JsonNode example = content.getValue().get("example");
        return http.post(path, content.getKey(), example.isTextual() ? example.asText() : example.toString());
    }

    /** A response schema, with the document's components beside it so that its references resolve. */
    private static com.networknt.schema.JsonSchema validator(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.putArray("allOf").add(schema);
        root.set("components", doc.get("components"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }
}
