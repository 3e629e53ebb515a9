package org.dyad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.article.ArticleReader;
import org.dyad.record.DyadRecord;
import org.dyad.record.RecordJson;
import org.dyad.store.CodedArticle;

/**
 * {@code POST /api/code}: an article in, its Dyad record out; stored too when asked. The
 * article is its text (text/plain, with metadata in query parameters) or a JSON object
 * {@code {id, text, published, source, url, title}}.
 */
final class CodingApi {

    /** The longest article accepted: the longest of 295 Wikinews articles is 104 KB. */
    static final int LIMIT = 256 * 1024;

    private static final List<String> PARAMS = List.of("store", "id", "published", "source", "url", "title");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** A posted JSON article; every field but text may be left out. */
    record Posted(String id, String text, String published, String source, String url, String title) {}

    private final Coding coding;
    private final Stores stores;

    CodingApi(Coding coding, Stores stores) {
        this.coding = coding;
        this.stores = stores;
    }

    List<Route> routes() {
        return List.of(Route.post("/api/code", this::code));
    }

    private void code(Context ctx) {
        Params params = new Params(ctx, PARAMS);
        boolean store = params.flag("store");
        Article article = article(ctx, params);
        DyadRecord record = coding.code(article);
        if (store) {
            CodedArticle coded = new CodedArticle("api", article, record, coding.provenance());
            int added = stores.writer().write(List.of(coded), List.of());
            ctx.status(added == 1 ? 201 : 200).header("Location", "/api/articles/" + coded.key());
        }
        ctx.contentType("application/json").result(RecordJson.line(record));
    }

    private static Article article(Context ctx, Params params) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        byte[] body = Body.read(ctx, LIMIT);
        if (type.startsWith("application/json")) return fromJson(body);
        if (type.startsWith("text/plain")) {
            String problem = ArticleReader.binaryProblem(body);
            if (problem == null) problem = ArticleReader.utf8Problem(body);
            if (problem != null) throw ApiError.badRequest("article: " + problem);
            LocalDate published = params.date("published");
            return article(params.text("id"), new String(body, StandardCharsets.UTF_8), published, params.text("source"),
                    params.text("url"), params.text("title"));
        }
        throw new ApiError(415, "send the article as text/plain or application/json, not '" + type + "'");
    }

    private static Article fromJson(byte[] body) {
        Posted p;
        try {
            p = JSON.readValue(body, Posted.class);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("cannot read the body: " + e.getMessage());
        }
        if (p == null) throw ApiError.badRequest("malformed JSON: the body must be one object");
        LocalDate published = null;
        if (p.published() != null) {
            try {
                published = ArticleReader.parseDate(p.published());
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("published must be a date YYYY-MM-DD, not '" + p.published() + "'");
            }
        }
        return article(p.id(), p.text(), published, p.source(), p.url(), p.title());
    }

    private static Article article(String id, String text, LocalDate published, String source, String url, String title) {
        if (text == null || text.isBlank()) throw ApiError.badRequest("text: the article has no text to code");
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        var defaults = new ArticleReader.Defaults(null, LocalDate.now(), null, null);
        return defaults.complete(id == null || id.isBlank() ? "api" : id.strip(), text, published, source, url, title);
    }
}
