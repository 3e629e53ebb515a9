package org.dyad.time;

/** A time expression as the record reports it: text, normalized value, and where it is. */
public record TimeRef(String text, String value, int sentence, int start, int end) {}
