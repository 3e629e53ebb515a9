package org.dyad.actors;

import java.util.Set;
import java.util.regex.Pattern;

/** The grammar of CAMEO-style actor codes: blocks of three capital letters. */
public final class ActorCodes {

    private static final Pattern WELL_FORMED = Pattern.compile("([A-Z]{3})+");

    /** Role codes the program itself reads (data/CONVENTIONS.md lists them all). */
    public static final String GOVERNMENT = "GOV";
    public static final String MILITARY = "MIL";
    public static final String POLICE = "COP";
    public static final String CIVILIAN = "CVL";
    public static final String ATTACKER = "UAF";
    public static final String SUSPECT = "CRM";
    public static final String ELITE = "ELI";
    public static final String MEDIA = "MED";
    public static final String PARTY = "PTY";

    /** The offices of state whose former holders are elites (ELI): "a former Kenyan minister", Bill Clinton in 2019. */
    private static final Set<String> OFFICES = Set.of(GOVERNMENT, MILITARY, "LEG", "JUD", POLICE, "SPY");

    private ActorCodes() {}

    public static boolean isOffice(String role) {
        return role != null && OFFICES.contains(role);
    }

    /** The elite of the country of an office holder: who holds the office no longer. */
    static Actor formerHolder(Actor a) {
        return Actor.of(a.country(), ELITE, a.name());
    }

    public static boolean isWellFormed(String code) {
        return code != null && WELL_FORMED.matcher(code).matches();
    }

    /** True for codes not under a country: international organizations, NGOs, multinationals. */
    public static boolean isTransnational(String code) {
        return code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC");
    }

    /** The country block of a code, or null for transnational codes. */
    public static String country(String code) {
        return isTransnational(code) || code.length() < 3 ? null : code.substring(0, 3);
    }

    /** The role block after the country ("GOV" of "USAGOV"), the type of a transnational code, or null. */
    public static String role(String code) {
        if (isTransnational(code)) return code.substring(0, 3);
        return code.length() >= 6 ? code.substring(3, 6) : null;
    }
}
