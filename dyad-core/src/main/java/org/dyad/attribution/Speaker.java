package org.dyad.attribution;

/** Who said something: a name as written or resolved, and the actor code when known. */
public record Speaker(String name, String code) {}
