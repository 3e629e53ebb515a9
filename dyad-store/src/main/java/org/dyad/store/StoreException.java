package org.dyad.store;

/** A store that cannot be opened, read or written; the message names the database file. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
