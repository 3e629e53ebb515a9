package org.dyad.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A request body read up to a limit: a larger one is refused before it is held in memory. */
final class Body {

    private Body() {}

    static byte[] read(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) throw tooLarge(declared, limit);
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) throw tooLarge(-1, limit);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body: " + e.getMessage(), e);
        }
    }

    private static ApiError tooLarge(long size, int limit) {
        return new ApiError(413, "request body " + (size >= 0 ? "of " + size + " bytes " : "") + "is larger than the limit of "
                + limit + " bytes");
    }
}
