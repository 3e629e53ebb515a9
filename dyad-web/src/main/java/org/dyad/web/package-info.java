/**
 * The server: Dyad's REST API and its web page, on Javalin.
 *
 * <p>In: HTTP requests, an open store and the pipeline. Out: JSON (Dyad records, pages of
 * events, articles, actors, time series, the actor network, ingest progress, errors) and the
 * page's static files, with ECharts from its WebJar, so the page needs no network.
 * {@link org.dyad.web.Server} composes the routes, grouped by feature ({@code CodingApi},
 * {@code EventsApi}, {@code ActorsApi}, {@code IngestApi}); {@code Params} checks every query
 * parameter and {@code Body} every body size before anything reaches the store or the coder;
 * {@code Guard} adds the security headers and checks the token on writes; every failure
 * becomes an {@code ErrorBody}. The API is described in docs/api.md and by
 * {@code /openapi.json}, which a test holds to the routes.
 */
package org.dyad.web;
