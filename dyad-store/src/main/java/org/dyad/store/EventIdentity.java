package org.dyad.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.dyad.coding.Event;

/**
 * When two articles report the same event: same date, source, target and code, the same
 * negation, and the same place when a place is known. The id is a 63-bit hash of those, so it
 * does not depend on the order articles arrive in and fits GDELT's numeric GLOBALEVENTID.
 */
public final class EventIdentity {

    private EventIdentity() {}

    public static long of(Event e) {
        String key = String.join("|", e.date(), e.source().code(), e.target() == null ? "" : e.target().code(), e.cameo(),
                Boolean.toString(e.negated()), place(e.location()));
        MessageDigest sha = ArticleKey.sha256();
        byte[] digest = sha.digest(key.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
    }

    private static String place(Event.Location location) {
        return location == null ? "" : location.name() + "/" + location.country();
    }
}
