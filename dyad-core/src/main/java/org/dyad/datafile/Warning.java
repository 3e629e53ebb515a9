package org.dyad.datafile;

/**
 * A line of a data file that could not be used, and why. Real dictionaries have defects; a
 * reader reports each one and goes on with the rest of the file (unless told to be strict).
 *
 * @param origin the file
 * @param line   its line number, from 1 (0 when the problem is the file as a whole)
 * @param reason what is wrong, in words
 */
public record Warning(String origin, int line, String reason) {

    /** A warning about the entry at "file:line". */
    public static Warning at(String where, String reason) {
        int colon = where.lastIndexOf(':');
        if (colon > 0 && where.substring(colon + 1).matches("\\d+")) {
            return new Warning(where.substring(0, colon), Integer.parseInt(where.substring(colon + 1)), reason);
        }
        return new Warning(where, 0, reason);
    }

    @Override
    public String toString() {
        return origin + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
