package org.dyad.spark;

import java.io.Serializable;
import java.util.Locale;

/**
 * A file to read, as the driver found it.
 *
 * @param number   its place among the inputs, which orders its articles before the next file's
 * @param location a local path as the user wrote it (and as {@code dyad ingest} reports it), or a
 *                 filesystem URI ({@code hdfs://}, {@code s3a://}, {@code file:})
 * @param local    whether {@code location} is a plain local path
 */
record InputFile(int number, String location, boolean local) implements Serializable {

    /** Parquet files are read by Spark itself, in splits; every other format one file to a task. */
    boolean parquet() {
        return location.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    /** The file's name, last part of its path. */
    String name() {
        String path = location.replaceAll("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
