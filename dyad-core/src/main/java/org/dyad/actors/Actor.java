package org.dyad.actors;

/**
 * A coded actor, CAMEO style.
 *
 * @param code    the full code, e.g. "ISRGOV", "PSEHMS", "IGOUNO", or a bare role such as "COP"
 *                when the country is not known
 * @param name    a readable name: the person, organization or country
 * @param country ISO 3166 alpha-3 of the actor's country, or null (IGOs, unknown)
 * @param role    the role block ("GOV", "MIL", "INS", "IGO", ...), or null for a country as a whole
 */
public record Actor(String code, String name, String country, String role) {}
