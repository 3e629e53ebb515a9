package org.dyad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Waits for a store that another process has open. DuckDB lets one process write a file or
 * several read it. A reader that finds the file held says so with a marker file beside it
 * ({@code FILE.wanted}); an ingest looks for the marker after each batch and then releases
 * the file, so a reader waits for one batch at most. A writer waits longer, for readers'
 * queries to end.
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
                if (!writer) want(file);
                if (System.currentTimeMillis() > deadline) {
                    throw new StoreException(file + ": in use by another process for longer than "
                            + (writer ? WRITER_WAIT_MILLIS : READER_WAIT_MILLIS) / 1000 + " s (" + EventStore.firstLine(e) + ")", e);
                }
                pause();
            }
        }
    }

    private static Path marker(Path file) {
        return Path.of(file + ".wanted");
    }

    private static void want(Path file) {
        try {
            Files.writeString(marker(file), "");
        } catch (IOException e) {
            // Without the marker the reader still gets the file when the ingest ends.
        }
    }

    /** Whether a reader waits for the file. */
    static boolean wanted(Path file) {
        return Files.exists(marker(file));
    }

    /** Takes the marker away once the writer has released the file. */
    static void served(Path file) {
        try {
            Files.deleteIfExists(marker(file));
        } catch (IOException e) {
            // A marker left behind costs one more release.
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
