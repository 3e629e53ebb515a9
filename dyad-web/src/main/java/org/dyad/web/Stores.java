package org.dyad.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.dyad.store.EventStore;

/**
 * The server's connections to its one store file. A DuckDB connection serves one thread at a
 * time, and connections of one process share the database: readers take a connection of their
 * own from a pool and read while the writer writes. Every write (a posted article, a batch
 * of a background ingest) goes through the one writer, whose writes the store serializes.
 */
final class Stores implements AutoCloseable {

    private final EventStore writer;
    private final List<EventStore> all = new ArrayList<>();
    private final BlockingQueue<EventStore> readers;

    Stores(Path db, int readers) {
        this.writer = EventStore.open(db);
        all.add(writer);
        this.readers = new ArrayBlockingQueue<>(readers);
        for (int i = 0; i < readers; i++) {
            EventStore reader = EventStore.open(db);
            all.add(reader);
            this.readers.add(reader);
        }
    }

    EventStore writer() {
        return writer;
    }

    /** Runs a query on a reader of its own, waiting for one to be free. */
    <T> T read(Function<EventStore, T> query) {
        EventStore reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is stopping");
        }
        try {
            return query.apply(reader);
        } finally {
            readers.add(reader);
        }
    }

    @Override
    public void close() {
        for (EventStore s : all) s.close();
    }
}
