package org.dyad.datafile;

/** A dictionary, ontology or pattern file that cannot be used, with the place of the problem. */
public class DataFileException extends RuntimeException {

    public DataFileException(String origin, int line, String problem) {
        super(origin + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
