package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dyad.store.ParquetFolder;

/**
 * The job's output folder, on any Hadoop filesystem: a folder per table, and the markers that
 * make a run's chunks all-or-nothing. A chunk's rows are written under {@code chunk=N} in every
 * table between two markers, {@code _dyad/started/chunk-N} and {@code _dyad/committed/chunk-N};
 * a run killed in between leaves a started chunk, whose rows the next run deletes before it
 * begins (readers skip them meanwhile, docs/spark.md).
 */
final class OutputFolder {

    private static final String STARTED = ParquetFolder.CONTROL + "/started";
    private static final String EVENTS_BUILT = ParquetFolder.CONTROL + "/events-built";

    private final FileSystem fs;
    private final Path root;

    private OutputFolder(FileSystem fs, Path root) {
        this.fs = fs;
        this.root = root;
    }

    static OutputFolder at(String output, Configuration hadoop) {
        Path root = InputListing.isUri(output) ? new Path(URI.create(output)) : new Path(new java.io.File(output).getAbsoluteFile().toURI());
        try {
            FileSystem fs = root.getFileSystem(hadoop);
            if (fs.exists(root) && !fs.exists(new Path(root, ParquetFolder.CONTROL)) && fs.listStatus(root).length > 0) {
                throw new IllegalArgumentException(output + ": exists and is not a dyad-spark output; give a new or empty folder");
            }
            fs.mkdirs(new Path(root, ParquetFolder.COMMITTED));
            fs.mkdirs(new Path(root, STARTED));
            return new OutputFolder(fs, root);
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": cannot create the output folder: " + e.getMessage(), e);
        }
    }

    /** Where a table's files are, as Spark's readers and writers want it. */
    String table(String name) {
        return new Path(root, name).toString();
    }

    boolean exists(String table) {
        return call(() -> fs.exists(new Path(root, table)));
    }

    /**
     * Deletes what a killed run left: the rows of chunks started but not committed, and Spark's
     * temporary files. Returns the chunks removed.
     */
    List<Long> recover() {
        return call(() -> {
            List<Long> removed = new ArrayList<>();
            for (FileStatus started : fs.listStatus(new Path(root, STARTED))) {
                long chunk = number(started.getPath().getName());
                for (ParquetFolder.Table t : ParquetFolder.TABLES) {
                    if (!t.chunked()) continue;
                    FileStatus[] rows = fs.globStatus(new Path(root, t.name() + "/*".repeat(t.partitions().size() - 1) + "/chunk=" + chunk));
                    if (rows != null) for (FileStatus dir : rows) fs.delete(dir.getPath(), true);
                }
                fs.delete(started.getPath(), false);
                removed.add(chunk);
            }
            for (ParquetFolder.Table t : ParquetFolder.TABLES) fs.delete(new Path(root, t.name() + "/_temporary"), true);
            return removed;
        });
    }

    /** The last committed chunk; 0 before the first. */
    long lastChunk() {
        return call(() -> {
            long last = 0;
            for (FileStatus s : fs.listStatus(new Path(root, ParquetFolder.COMMITTED))) last = Math.max(last, number(s.getPath().getName()));
            return last;
        });
    }

    void start(long chunk) {
        touch(new Path(root, STARTED + "/" + ParquetFolder.marker(chunk)), "");
    }

    void commit(long chunk) {
        touch(new Path(root, ParquetFolder.COMMITTED + "/" + ParquetFolder.marker(chunk)), "");
        call(() -> fs.delete(new Path(root, STARTED + "/" + ParquetFolder.marker(chunk)), false));
    }

    /** Whether the events table was built from every committed chunk. */
    boolean eventsCurrent() {
        return call(() -> {
            Path marker = new Path(root, EVENTS_BUILT);
            if (!fs.exists(marker)) return false;
            try (var in = fs.open(marker)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().equals(Long.toString(lastChunk()));
            }
        });
    }

    void eventsBuilding() {
        call(() -> fs.delete(new Path(root, EVENTS_BUILT), false));
    }

    void eventsBuilt() {
        touch(new Path(root, EVENTS_BUILT), Long.toString(lastChunk()));
    }

    private void touch(Path file, String content) {
        call(() -> {
            try (FSDataOutputStream out = fs.create(file, true)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
    }

    private static long number(String marker) {
        return Long.parseLong(marker.substring(marker.lastIndexOf('-') + 1));
    }

    private interface Io<T> {
        T run() throws IOException;
    }

    private <T> T call(Io<T> io) {
        try {
            return io.run();
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": " + e.getMessage(), e);
        }
    }
}
