package org.dyad.places;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place at the head of a wire story: "KABUL, Afghanistan (AP) —", "GAZA CITY —",
 * "Lahore, Pakistan —". It says where the story was filed, which is where its events happened
 * when no sentence says otherwise.
 */
final class Dateline {

    /**
     * A name of up to five capitalized words (lower-case joining words allowed: "RIO DE JANEIRO",
     * "Rio de Janeiro"), an optional ", qualifier", an optional "(agency)", then a dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}\\p{M}.'\u2019-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'\u2019-]*|de|da|do|del|al|el|la|of)){0,4})"
                    + "(?:\\s*,\\s*(\\p{Lu}[\\p{L}\\p{M}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'\u2019-]*){0,3}))?"
                    + "\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[\u2014\u2013-]{1,2}\\s");

    private Dateline() {}

    /** The dateline's place, or null when the article has none the gazetteer knows. */
    static Place find(String text, Gazetteer gazetteer) {
        Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        if (!m.find()) return null;
        Context.Builder context = new Context.Builder();
        // "PARIS, Texas": the qualifier names the admin1 or country the place lies in.
        if (m.group(2) != null) context.named(gazetteer.candidates(NameKey.of(m.group(2))), true);
        return gazetteer.lookup(m.group(1), context.build(), null);
    }
}
