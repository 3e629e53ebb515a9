package org.dyad.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What every response carries and every write must show. Responses forbid the browser to
 * run anything but the page's own scripts, to guess content types or to frame the page. When
 * the server has a token, every POST (coding, storing, ingesting) must bring it as
 * {@code Authorization: Bearer TOKEN}.
 */
final class Guard {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final byte[] token;

    /** @param token null when the server takes writes from anyone who can reach it (loopback only) */
    Guard(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean tokenRequired() {
        return token != null;
    }

    void check(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (token == null || ctx.method() != HandlerType.POST) return;
        String given = ctx.header("Authorization");
        byte[] shown = given != null && given.startsWith("Bearer ") ? given.substring(7).getBytes(StandardCharsets.UTF_8) : new byte[0];
        // A constant-time comparison, so the time of a refusal tells nothing about the token.
        if (!MessageDigest.isEqual(shown, token)) throw new ApiError(401, "this server takes writes only with its token (Authorization: Bearer TOKEN)");
    }
}
