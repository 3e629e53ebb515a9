package org.dyad.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;

/**
 * Events that are coded correctly but are not political news: sports between national
 * teams ("Kenya beat Uganda"), sentences and stories a discard list names, and background
 * more than a year old; acts with no one they were done to; acts of arms by the unarmed; and
 * words that only look like acts inside a name.
 */
final class EventFilters {

    private static final String STATEMENT = "010";
    private static final Pattern YEARS_AGO = Pattern.compile("(?i)((several|many|a few|some) )?(years|decades) (ago|earlier|before)");

    private final Set<String> sportsWords;
    private final Discards discards;
    private final Grammar grammar;

    EventFilters(CodingTables tables, Discards discards) {
        this.sportsWords = tables.sportsWords();
        this.discards = discards;
        this.grammar = tables.grammar();
    }

    /**
     * An act that needs a target and has none the text tells: "Greece denounced the plan" when
     * whose plan is not told is no dyad. Statements, appeals, intents, restrictions eased or emergency rule imposed, protests and
     * assaults may be done toward no one (grammar list undirected-code), but not a private person's
     * appeal (lists private-role, private-appeal-root: "the family asked for donations"). Condemning an
     * attack whose doer is not found is criticism all the same (list unknown-doer-act).
     */
    boolean isUndirected(Sentence s, Draft d) {
        if (d.target() != null || condemnsUnknownDoer(s, d)) return false;
        return !grammar.mayLackTarget(d.code()) || d.source().isCoded() && grammar.isPrivateAppeal(d.source().actor().role(), d.code());
    }

    /** "condemned the attack": criticism (111, 112) of an act of violence whose doer was not found (grammar list unknown-doer-act). */
    private boolean condemnsUnknownDoer(Sentence s, Draft d) {
        if (!d.code().startsWith("111") && !d.code().startsWith("112")) return false;
        for (int o : s.children(d.predicate(), "obj")) if (grammar.isUnknownDoerAct(s.token(o).lemma())) return true;
        return false;
    }

    /**
     * An act of arms done by an unarmed role (grammar lists armed-code, unarmed-role): "died at home,
     * surrounded by family" is no blockade, "the singer retreated to New Mexico" no military retreat.
     */
    boolean isUnarmedForce(Draft d) {
        return d.source().isCoded() && grammar.isUnarmedForce(d.code(), d.source().actor().role());
    }

    /** A rally held by a government ("the president held his first indoor rally"): a campaign or state event, no protest (grammar list campaigning-role). */
    boolean isCampaignRally(Draft d) {
        return d.source().isCoded() && grammar.isCampaignRally(d.code(), d.source().actor().role());
    }

    /**
     * A visit made or hosted within one country ("the president arrived in Mombasa", "crowds
     * gathered in Nairobi"), or by or for private people ("two people who returned from Italy"),
     * is travel, not diplomacy (grammar lists visit-code, traveller-role).
     */
    boolean isTravel(Draft d) {
        if (d.target() == null || !grammar.isVisit(d.code())) return false;
        if (grammar.isTraveller(d.source().actor().role()) || grammar.isTraveller(d.target().actor().role())) return true;
        String from = d.source().actor().country();
        return from != null && from.equals(d.target().actor().country());
    }

    /** A sentence with a discard phrase codes nothing. */
    boolean discards(Sentence s) {
        return discards.find(s) != null;
    }

    /** A story-level discard phrase anywhere makes the whole article code nothing. */
    boolean discardsStory(AnalyzedArticle article) {
        for (Sentence s : article.sentences()) {
            Discards.Phrase p = discards.find(s);
            if (p != null && p.story()) return true;
        }
        return false;
    }

    /**
     * A sentence about a match: it has a sports word that is not part of an organization's name
     * ("FIFA" the body is an actor; "Germany's World Cup winners" are a team).
     */
    boolean isSports(Sentence s, MentionIndex mentions) {
        for (var t : s.tokens()) {
            Mention m = mentions.at(s.index(), t.index());
            boolean organization = m != null && m.isCoded() && m.type() == Mention.Type.ORGANIZATION;
            if (sportsWords.contains(t.lemma().toLowerCase(Locale.ROOT)) && !organization) return true;
        }
        return false;
    }

    /**
     * A word inside an organization's or institution's name names it and reports no act ("the
     * Committee to Protect Journalists", "the Popular Mobilization Forces").
     */
    static boolean isInName(Sentence s, int token, MentionIndex mentions) {
        Mention m = mentions.at(s.index(), token);
        return m != null && m.isCoded() && (m.type() == Mention.Type.ORGANIZATION || m.type() == Mention.Type.INSTITUTION);
    }

    /**
     * Drafts of one sentence without a target that repeat a source's act coded with one ("called on
     * Italy and Egypt to join, adding: we call on every country to join"): the same act, told again.
     */
    static List<Draft> withoutTargetlessRepeats(List<Draft> drafts) {
        return drafts.stream().filter(d -> d.target() != null || drafts.stream().noneMatch(o -> o.target() != null
                && o.code().equals(d.code()) && o.source().isSameActor(d.source()))).toList();
    }

    /**
     * A bare statement (010) of one sentence toward an actor the same source also acts on more
     * specifically there ("commented on the deal, calling it void" is the criticism): 010 is for
     * when nothing more specific fits.
     */
    static List<Draft> withoutSubsumedStatements(List<Draft> drafts) {
        return drafts.stream().filter(d -> !d.code().equals(STATEMENT) || drafts.stream().noneMatch(o -> !o.code().equals(STATEMENT)
                && o.source().isSameActor(d.source()) && o.target() != null && d.target() != null && o.target().isSameActor(d.target()))).toList();
    }

    /**
     * A draft of a root's unspecified code (140, 190) told by a verb whose clause is one with the
     * verb of a more specific code of that root, by the same source on the same target ("took to
     * the streets to protest": 141, not also 140): CAMEO codes an act once, as specifically as the
     * text allows. Acts told apart stay ("returned to Addis Ababa for talks" is a visit and talks).
     */
    static List<Draft> withoutUnspecifiedRepeats(Sentence s, List<Draft> drafts) {
        return drafts.stream().filter(d -> !isUnspecified(d.code()) || drafts.stream().noneMatch(o -> o.code().length() > 2
                && !o.code().equals(d.code()) && o.code().startsWith(d.code().substring(0, 2)) && isOneClause(s, d.predicate(), o.predicate())
                && o.source().isSameActor(d.source())
                && (o.target() == null ? d.target() == null : d.target() != null && o.target().isSameActor(d.target())))).toList();
    }

    /** Two verbs, one the other's clause ("took to the streets to protest"). */
    private static boolean isOneClause(Sentence s, int v, int w) {
        return s.token(v).isVerb() && s.token(w).isVerb() && (s.head(v) == w || s.head(w) == v);
    }

    private static boolean isUnspecified(String code) {
        return code.length() == 3 && code.endsWith("0");
    }

    /** In a sports sentence, countries as a whole are their teams. */
    static boolean isTeams(Draft d) {
        return isBareCountry(d.source()) || d.target() != null && isBareCountry(d.target());
    }

    private static boolean isBareCountry(Mention m) {
        return m.actor().role() == null && m.actor().country() != null && m.actor().code().equals(m.actor().country());
    }

    /**
     * The event's latest possible day (end of its month or year) is more than a year before
     * publication, or the words that date it say so without a date: "years ago", "several years
     * ago", "decades ago" are two years back at the least.
     */
    static boolean isHistorical(Event e, LocalDate published) {
        if (e.dateText() != null && YEARS_AGO.matcher(e.dateText()).matches()) return true;
        String latest = e.date().length() == 4 ? e.date() + "-12-31" : e.date().length() == 7 ? e.date() + "-31" : e.date();
        return latest.compareTo(published.minusYears(1).toString()) < 0;
    }
}
