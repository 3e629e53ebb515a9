package org.dyad.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One operation of the API: a method, a path in Javalin's syntax ({@code /api/events/{id}})
 * and what answers it. The server's routes are a list of these, which the OpenAPI test
 * compares with the document.
 */
record Route(HandlerType method, String path, Handler handler) {

    static Route get(String path, Handler handler) {
        return new Route(HandlerType.GET, path, handler);
    }

    static Route post(String path, Handler handler) {
        return new Route(HandlerType.POST, path, handler);
    }
}
