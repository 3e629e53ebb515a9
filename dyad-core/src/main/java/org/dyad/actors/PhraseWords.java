package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Token;

/** The function words that shape an actor's phrase (data/actors/phrase-words.tsv), read once. */
final class PhraseWords {

    private static final Set<String> LISTS = Set.of("owner-case", "agent-case", "example-case", "place-case", "setting-case", "former-word", "relative-noun", "honorific",
            "homeland-noun", "venue-noun", "foreign-word", "noun-only-agent", "adjective-sense", "place-noun", "rank-noun", "owning-participle", "local-plural", "border-noun", "sides-noun", "war-noun", "style-noun");

    private static final PhraseWords BUNDLED = new PhraseWords(TsvFile.resource("actors/phrase-words.tsv"));

    final List<String> ownerCases;
    final List<String> agentCases;
    final List<String> exampleCases;
    final List<String> placeCases;
    final List<String> settingCases;
    final Set<String> formerWords;
    final Set<String> foreignWords;
    private final Set<String> relativeNouns;
    private final Set<String> honorifics;
    private final Set<String> homelandNouns;
    private final Set<String> venueNouns;
    private final Set<String> warNouns;
    private final Set<String> styleNouns;
    private final Set<String> nounOnlyAgents;
    private final Set<String> adjectiveSenses;
    private final Set<String> placeNouns;
    private final Set<String> rankNouns;
    private final Set<String> owningParticiples;
    private final Set<String> localPlurals;
    private final Set<String> borderNouns;
    private final Set<String> sidesNouns;

    PhraseWords(TsvFile file) {
        Map<String, List<String>> lists = file.namedLists(LISTS);
        ownerCases = lists.get("owner-case");
        agentCases = lists.get("agent-case");
        exampleCases = lists.get("example-case");
        placeCases = lists.get("place-case");
        settingCases = lists.get("setting-case");
        formerWords = Set.copyOf(lists.get("former-word"));
        foreignWords = Set.copyOf(lists.get("foreign-word"));
        relativeNouns = Set.copyOf(lists.get("relative-noun"));
        honorifics = Set.copyOf(lists.get("honorific"));
        homelandNouns = Set.copyOf(lists.get("homeland-noun"));
        venueNouns = Set.copyOf(lists.get("venue-noun"));
        warNouns = Set.copyOf(lists.get("war-noun"));
        styleNouns = Set.copyOf(lists.get("style-noun"));
        nounOnlyAgents = Set.copyOf(lists.get("noun-only-agent"));
        adjectiveSenses = Set.copyOf(lists.get("adjective-sense"));
        placeNouns = Set.copyOf(lists.get("place-noun"));
        rankNouns = Set.copyOf(lists.get("rank-noun"));
        owningParticiples = Set.copyOf(lists.get("owning-participle"));
        localPlurals = Set.copyOf(lists.get("local-plural"));
        borderNouns = Set.copyOf(lists.get("border-noun"));
        sidesNouns = Set.copyOf(lists.get("sides-noun"));
    }

    /** "Mr", "Dr.": a courtesy title before a name, which is no word of the name. */
    boolean isHonorific(Token t) {
        return honorifics.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** "wife", "fiancée": a noun that names someone by a tie to another, who is not that other. */
    boolean isRelativeNoun(Token t) {
        return relativeNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "country", "nation": after "his" or "her", the person's country. */
    boolean isHomelandNoun(Token t) {
        return t.isNoun() && homelandNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "held", "made": a participle whose "by" phrase names who holds or made the thing before it. */
    boolean isOwningParticiple(Token t) {
        return t.pos().equals("VBN") && owningParticiples.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "general", "criminal": a role word whose adjective ("a general strike", "a criminal case") names no one. */
    boolean hasAdjectiveSense(Token t) {
        return adjectiveSenses.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** "national": a role word only as a noun ("a Kenyan national"), never before another role word ("National Police"). */
    boolean isNounOnlyAgent(String text) {
        return nounOnlyAgents.contains(text.toLowerCase(Locale.ROOT));
    }

    /** "Park", "Station": the last word of a name that makes it a place, not a person ("Uhuru Park"). */
    boolean isPlaceNoun(String word) {
        return placeNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "officer": a rank of both the police and the armed forces. */
    boolean isRankNoun(String word) {
        return rankNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "the authorities": a plural that stands for those of where the act is, not for actors named together. */
    boolean isLocalPlural(Token t) {
        return localPlurals.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "the border with Uganda": a noun of a border. */
    boolean isBorderNoun(Token t) {
        return borderNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "both sides", "all parties": a plural for the sides of a conflict, whoever they are. */
    boolean isSidesNoun(Token t) {
        return sidesNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "agreement", "talks": a noun a capital before it names the place of ("the Paris agreement"). */
    boolean isVenueNoun(Token t) {
        return venueNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "war": a noun that, after a country, names a war ("the Iraq War"). */
    boolean isWarNoun(Token t) {
        return warNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "pub", "restaurant": a noun a country's adjective before gives a style, not a country ("an Irish pub"). */
    boolean isStyleNoun(Token t) {
        return styleNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    static PhraseWords bundled() {
        return BUNDLED;
    }
}
