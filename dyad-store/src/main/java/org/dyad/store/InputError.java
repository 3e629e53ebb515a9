package org.dyad.store;

/**
 * An input that could not be coded, as the errors table keeps it.
 *
 * @param line the line or item number within the file, 0 when the whole file is bad
 */
public record InputError(String file, int line, String reason) {

    /** Splits an origin written as {@code file} or {@code file:N} (docs/inputs.md). */
    public static InputError of(String origin, String reason) {
        int colon = origin.lastIndexOf(':');
        if (colon > 0 && colon < origin.length() - 1 && origin.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            return new InputError(origin.substring(0, colon), Integer.parseInt(origin.substring(colon + 1)), reason);
        }
        return new InputError(origin, 0, reason);
    }
}
