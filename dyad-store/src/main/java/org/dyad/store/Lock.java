package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Waits for a store that another process has open. DuckDB lets one process write a file or
 * several read it; an ingest holds it only while it commits a batch, so a reader rarely waits
 * more than a second. A writer waits longer, for readers' queries to end.
 */
final class Lock {

    /** How long a reader waits for an ingest's commit. */
    static final long READER_WAIT_MILLIS = 60_000;

    /** How long a writer waits for readers, who may run long exports. */
    static final long WRITER_WAIT_MILLIS = 600_000;

    private static final long PAUSE_MILLIS = 50;

    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private Lock() {}

    static Connection await(Path file, boolean writer, Opener opener) {
        long deadline = System.currentTimeMillis() + (writer ? WRITER_WAIT_MILLIS : READER_WAIT_MILLIS);
        while (true) {
            try {
                return opener.open();
            } catch (SQLException e) {
                if (!held(e)) throw new StoreException(file + ": cannot open the store: " + EventStore.firstLine(e), e);
                if (System.currentTimeMillis() > deadline) {
                    throw new StoreException(file + ": in use by another process for longer than "
                            + (writer ? WRITER_WAIT_MILLIS : READER_WAIT_MILLIS) / 1000 + " s (" + EventStore.firstLine(e) + ")", e);
                }
                pause();
            }
        }
    }

    private static boolean held(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("Could not set lock on file");
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store", e);
        }
    }
}
