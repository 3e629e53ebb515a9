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
public record Actor(String code, String name, String country, String role) {

    /**
     * A country's actor in a role ("KEN" and "COP" make KENCOP), the role alone when the country
     * is not known ("COP"), the country alone when there is no role ("KEN").
     */
    public static Actor of(String country, String role, String name) {
        return new Actor((country == null ? "" : country) + (role == null ? "" : role), name, country, role);
    }

    /** The same actor, of this country ("police" of Kenya). */
    public Actor inCountry(String newCountry) {
        return of(newCountry, role, name);
    }
}
