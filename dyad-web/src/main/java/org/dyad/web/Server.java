package org.dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.article.Article;
import org.dyad.record.DyadRecord;
import org.dyad.record.Provenance;
import org.dyad.store.StoreException;

/**
 * Dyad's server: the REST API of docs/api.md (described by {@code /openapi.json}) and the web
 * page at {@code /}, over one store. This is the one class that speaks to Javalin's
 * configuration; the routes are plain handlers grouped by feature.
 */
public final class Server implements AutoCloseable {

    /**
     * @param host    the address to listen on; beyond loopback a token is required
     * @param port    0 for any free port
     * @param token   required on every write when not null
     * @param threads coding threads of a background ingest
     */
    public record Settings(Path db, String host, int port, String token, int threads) {}

    private static final int READERS = 4;

    private final Stores stores;
    private final IngestApi ingest;
    private final List<Route> routes = new ArrayList<>();
    private final Javalin app;

    private Server(Settings settings, Supplier<Function<Article, DyadRecord>> pipeline, Provenance provenance) {
        this.stores = new Stores(settings.db(), READERS);
        Coding coding = new Coding(pipeline, provenance, Runtime.getRuntime().availableProcessors());
        this.ingest = new IngestApi(stores, coding, settings.threads());
        Guard guard = new Guard(settings.token());
        routes.add(Route.get("/openapi.json", Server::openApi));
        routes.add(Route.get("/api/status", ctx -> status(ctx, guard)));
        routes.addAll(new CodingApi(coding, stores).routes());
        routes.addAll(new EventsApi(stores).routes());
        routes.addAll(new ActorsApi(stores).routes());
        routes.addAll(ingest.routes());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.maxRequestSize = IngestApi.LIMIT;
            config.staticFiles.add("/dyad-web/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.routes.before(guard::check);
            for (Route r : routes) config.routes.addHttpHandler(r.method(), r.path(), r.handler());
            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> error(ctx, 500, "store: " + e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
            });
        });
    }

    /** Starts a server; refuses to listen beyond loopback without a token. */
    /** @param provenance what the pipeline codes with, stored with each article it codes */
    public static Server start(Settings settings, Supplier<Function<Article, DyadRecord>> pipeline, Provenance provenance) {
        if (settings.token() == null && !loopback(settings.host())) {
            throw new IllegalArgumentException("listening on " + settings.host() + " (beyond loopback) requires a token: "
                    + "give --token or set DYAD_TOKEN");
        }
        Server server = new Server(settings, pipeline, provenance);
        try {
            server.app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    public int port() {
        return app.port();
    }

    /** The routes the API answers, for the check against the OpenAPI document. */
    List<Route> routes() {
        return List.copyOf(routes);
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(ErrorBody.of(status, message));
    }

    private void status(Context ctx, Guard guard) {
        new Params(ctx, List.of());
        long[] counts = stores.read(s -> new long[] {
            ((Number) s.query("SELECT count(*) FROM articles", List.of()).value()).longValue(),
            ((Number) s.query("SELECT count(*) FROM coded_events", List.of()).value()).longValue()});
        ctx.json(Map.of("schema", DyadRecord.SCHEMA, "articles", counts[0], "events", counts[1], "tokenRequired", guard.tokenRequired()));
    }

    private static void openApi(Context ctx) {
        try (InputStream in = Server.class.getResourceAsStream("/dyad-web/openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        ingest.close();
        stores.close();
    }
}
