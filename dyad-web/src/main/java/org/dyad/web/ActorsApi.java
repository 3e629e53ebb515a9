package org.dyad.web;

import io.javalin.http.Context;
import java.util.List;
import org.dyad.explore.ActorIndex;
import org.dyad.explore.ActorNetwork;
import org.dyad.explore.Timeline;
import org.dyad.store.EventQuery;

/** Actors: search, one actor's or one dyad's events over time, and the network of who acts on whom. */
final class ActorsApi {

    private static final List<String> SEARCH = List.of("q", "limit");
    private static final List<String> SERIES = List.of("interval", "from", "to", "code", "quad", "outlet", "text");
    private static final List<String> NETWORK = Params.with(Params.FILTERS, "top");

    private final Stores stores;

    ActorsApi(Stores stores) {
        this.stores = stores;
    }

    List<Route> routes() {
        return List.of(Route.get("/api/actors", this::search), Route.get("/api/actors/{code}/timeline", this::actorTimeline),
                Route.get("/api/dyads/{source}/{target}/timeline", this::dyadTimeline), Route.get("/api/network", this::network));
    }

    private void search(Context ctx) {
        Params p = new Params(ctx, SEARCH);
        String q = p.text("q");
        int limit = p.integer("limit", 1, 1000, 20);
        ctx.json(stores.read(s -> new ActorIndex(s).search(q, limit)));
    }

    private void actorTimeline(Context ctx) {
        Params p = new Params(ctx, SERIES);
        String code = known(Params.actor("code", ctx.pathParam("code")));
        EventQuery f = p.filter(null, null);
        timeline(ctx, p, new EventQuery(code, null, null, f.code(), f.quadClass(), f.from(), f.to(), f.outlet(), f.text(), 0));
    }

    private void dyadTimeline(Context ctx) {
        Params p = new Params(ctx, SERIES);
        String source = known(Params.actor("source", ctx.pathParam("source")));
        String target = known(Params.actor("target", ctx.pathParam("target")));
        timeline(ctx, p, p.filter(source, target));
    }

    private void timeline(Context ctx, Params p, EventQuery filter) {
        Timeline.Interval interval = p.choice("interval", Timeline.Interval.class, Timeline.Interval.month);
        ctx.json(stores.read(s -> Timeline.read(s, filter, interval)));
    }

    private void network(Context ctx) {
        Params p = new Params(ctx, NETWORK);
        EventQuery filter = p.filter(null, null);
        int top = p.integer("top", 2, 200, 30);
        ctx.json(stores.read(s -> ActorNetwork.read(s, filter, top)));
    }

    /** An actor no stored event has is a 404: a typo should not look like a quiet dyad. */
    private String known(String code) {
        if (!stores.read(s -> new ActorIndex(s).known(code))) throw ApiError.notFound("no stored event has the actor " + code);
        return code;
    }
}
