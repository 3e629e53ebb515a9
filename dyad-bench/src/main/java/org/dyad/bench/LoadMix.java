package org.dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import org.dyad.article.Article;

/**
 * What the load benchmark's clients ask, drawn at random: a share of articles to code and
 * store, the rest queries of every kind the page makes (event pages with filters, one event,
 * one article, actor search, actor and dyad timelines, the network), on actors, dyads, events
 * and articles sampled from the store.
 */
final class LoadMix {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SORTS = {"date", "goldstein", "mentions", "code"};
    private static final String[] INTERVALS = {"day", "week", "month"};

    /** One request: "code" or a query kind, its path, and its body (a POST) or null (a GET). */
    record Request(String kind, String path, String body) {}

    /** What the requests are drawn from, sampled from the store before the run. */
    record Samples(List<String> actors, List<String[]> dyads, List<String> events, List<String> articleKeys,
                   List<Article> articles, String firstDay, String lastDay) {}

    private final Samples samples;
    private final double codeShare;

    LoadMix(Samples samples, double codeShare) {
        this.samples = samples;
        this.codeShare = codeShare;
    }

    Request next(Random r) {
        if (r.nextDouble() < codeShare) return code(r);
        String actor = pick(r, samples.actors());
        return switch (r.nextInt(8)) {
            case 0 -> new Request("events", "/api/events?actor=" + actor + "&sort=" + SORTS[r.nextInt(SORTS.length)]
                    + "&order=desc&limit=25&offset=" + 25 * r.nextInt(3), null);
            case 1 -> new Request("events", "/api/events?code=" + String.format("%02d", 1 + r.nextInt(20))
                    + "&from=" + samples.firstDay() + "&to=" + samples.lastDay() + "&limit=50", null);
            case 2 -> new Request("event", "/api/events/" + pick(r, samples.events()), null);
            case 3 -> new Request("article", "/api/articles/" + pick(r, samples.articleKeys()), null);
            case 4 -> new Request("actors", "/api/actors?q=" + actor.substring(0, Math.min(3, actor.length())), null);
            case 5 -> new Request("timeline", "/api/actors/" + actor + "/timeline?interval=" + INTERVALS[r.nextInt(3)], null);
            case 6 -> {
                String[] d = pick(r, samples.dyads());
                yield new Request("timeline", "/api/dyads/" + d[0] + "/" + d[1] + "/timeline?interval=week", null);
            }
            default -> new Request("network", "/api/network?top=" + (10 + r.nextInt(40)) + (r.nextBoolean() ? "&actor=" + actor : ""), null);
        };
    }

    private Request code(Random r) {
        int i = r.nextInt(samples.articles().size());
        Article a = samples.articles().get(i);
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "bench-" + a.id());
        body.put("text", a.text());
        body.put("published", a.published().toString());
        body.put("source", "load benchmark");
        return new Request("code", "/api/code?store=true", body.toString());
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static JsonNode json(String body) throws java.io.IOException {
        return JSON.readTree(body);
    }
}
