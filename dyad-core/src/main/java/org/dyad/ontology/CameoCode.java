package org.dyad.ontology;

/**
 * One CAMEO event code with its place in the scales analysts use.
 *
 * @param code       the code with its leading zeros, e.g. "0231"
 * @param goldstein  Goldstein conflict-cooperation score, -10 .. +10
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover     the PLOVER event type the code maps to
 * @param ploverMode the PLOVER mode, or null
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover, String ploverMode) {

    /** The two-digit root category ("02"), as CAMEO and GDELT write it. */
    public String root() {
        return code.substring(0, 2);
    }

    /** The code of the root category itself ("020"). */
    public String rootCode() {
        return root() + "0";
    }
}
