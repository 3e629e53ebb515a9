package org.dyad.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.explore.ArticleView;
import org.dyad.explore.EventDetail;
import org.dyad.explore.EventPage;

/** Events as {@code dyad events} lists them, one event with its reports, and one article with its record. */
final class EventsApi {

    static final int LARGEST_PAGE = 1000;
    private static final List<String> PAGE = Params.with(Params.FILTERS, "sort", "order", "offset", "limit");
    private static final Pattern ARTICLE_KEY = Pattern.compile("[0-9a-f]{64}");

    enum Order { asc, desc }

    private final Stores stores;

    EventsApi(Stores stores) {
        this.stores = stores;
    }

    List<Route> routes() {
        return List.of(Route.get("/api/events", this::page), Route.get("/api/events/{id}", this::event),
                Route.get("/api/articles/{key}", this::article));
    }

    private void page(Context ctx) {
        Params p = new Params(ctx, PAGE);
        EventPage page = new EventPage(p.filter(null, null), p.choice("sort", EventPage.Sort.class, EventPage.Sort.date),
                p.choice("order", Order.class, Order.asc) == Order.desc, p.integer("offset", 0, 10_000_000, 0),
                p.integer("limit", 1, LARGEST_PAGE, 50));
        ctx.json(stores.read(page::read));
    }

    private void event(Context ctx) {
        new Params(ctx, List.of());
        String id = ctx.pathParam("id");
        long eventId;
        try {
            eventId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("an event id is a number, not '" + id + "'");
        }
        ctx.json(stores.read(s -> EventDetail.find(s, eventId)).orElseThrow(() -> ApiError.notFound("no event " + id)));
    }

    private void article(Context ctx) {
        new Params(ctx, List.of());
        String key = ctx.pathParam("key");
        if (!ARTICLE_KEY.matcher(key).matches()) throw ApiError.badRequest("an article key is 64 hexadecimal digits, not '" + key + "'");
        ArticleView view = stores.read(s -> ArticleView.find(s, key)).orElseThrow(() -> ApiError.notFound("no article " + key));
        // The record is stored as JSON text; it is written as it is, inside the response object.
        ctx.contentType("application/json").result("{\"key\":\"" + view.key() + "\",\"text\":" + Json.string(view.text())
                + ",\"record\":" + view.record() + "}");
    }
}
