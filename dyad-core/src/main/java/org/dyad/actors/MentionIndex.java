package org.dyad.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.datafile.TsvFile;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;

/** Finds the mention that an argument of a predicate refers to. */
public final class MentionIndex {

    /** Relations inside a noun phrase through which its actor may be named ("leaders of Hamas", "Israel's army"). */
    private static final Set<String> NOMINAL = Set.of("compound", "amod", "nmod:poss", "nmod", "appos", "flat", "conj:and");

    private static final List<String> OWNER_CASES = PhraseWords.bundled().ownerCases;
    private static final List<String> EXAMPLE_CASES = PhraseWords.bundled().exampleCases;
    private static final List<String> AGENT_CASES = PhraseWords.bundled().agentCases;

    /** data/actors/leading-verbs.tsv: "Saudi-led", "US-headed". */
    private static final Set<String> LEADING = TsvFile.resource("actors/leading-verbs.tsv").words("lemma");

    private final List<Mention> mentions;
    private final AnalyzedArticle article;
    private final PlaceClue places;
    private String setting;
    private boolean settingRead;

    public MentionIndex(List<Mention> mentions) {
        this(mentions, null, PlaceClue.NONE);
    }

    /** With the article's place names, read only when its mentions set no country or an act falls on a place. */
    public MentionIndex(List<Mention> mentions, AnalyzedArticle article, PlaceClue places) {
        this.mentions = List.copyOf(mentions);
        this.article = article;
        this.places = places;
    }

    /**
     * The country the article is set in, as its mentions tell (see {@link Setting}), else as its
     * place names do ("protests erupted in Valparaiso" after "Santiago"), or null.
     */
    public String setting() {
        if (!settingRead) {
            setting = Setting.of(mentions);
            if (setting == null) setting = places.country(article, mentions);
            settingRead = true;
        }
        return setting;
    }

    /**
     * The country of the place named by tokens first to last of a sentence ("Goma", "Gaza City"),
     * as the gazetteer knows it, of two of one name the one in the article's setting; or null.
     */
    public String placeCountry(int sentence, int first, int last) {
        return places.countryWithin(article, mentions, sentence, first, last, setting());
    }

    /** The mention covering a token, or null. */
    public Mention at(int sentence, int token) {
        for (Mention m : mentions) if (m.covers(sentence, token)) return m;
        return null;
    }

    /**
     * The mention an argument head stands for: the one covering it, else the first coded one
     * inside its noun phrase ("the Palestinian people" is Palestine's).
     */
    public Mention forArgument(Sentence s, int head) {
        Mention m = at(s.index(), head);
        if (m != null && (!m.isCoded() || m.isPrivatePerson())) {
            // "Wafula Mwangi, the head of Kenya's police service": an unknown name is who its apposition says.
            for (int a : s.children(head, "appos")) {
                Mention inner = forArgument(s, a);
                if (inner != null && inner.isCoded()) return inner;
            }
            // "Iranian airline Mahan Air": else an actor inside its phrase.
            Mention inner = m.isCoded() ? null : inside(s, head);
            return inner != null ? inner : m;
        }
        if (m != null && m.isCoded() && !m.isRoleOnly()) return m;
        // "U.N. weapons inspectors": an organization inside the phrase says more than the role word.
        for (int c : s.children(head, "compound")) {
            Mention inner = at(s.index(), c);
            if (inner != null && inner.isCoded() && !inner.isRoleOnly() && !isVenue(s, head, "compound", inner)) return inner;
        }
        if (m == null) return inside(s, head);
        // "donors including Japan": a role word that borrowed its country yields to the examples its phrase names.
        for (var d : s.children(head)) {
            if (!d.relation().equals("nmod") || !hasCaseIn(s, d.dependent(), EXAMPLE_CASES)) continue;
            Mention example = forArgument(s, d.dependent());
            if (example != null && example.isCoded() && !example.isRoleOnly()) return example;
        }
        return m;
    }

    /**
     * "leaders of Hamas", "the agreement between Turkey and Libya", "the claim from Berlin": a coded
     * actor inside a noun's phrase, or null. "The fiancée of a Saudi journalist" is not the journalist.
     */
    private Mention inside(Sentence s, int head) {
        // "his former rival Biden": an apposition is the same person, whatever the noun says of him
        for (var d : s.children(head)) {
            // the parser leaves a name right after its noun unlabelled at times ("rival Joe Biden": dep)
            boolean apposed = d.relation().equals("appos") || d.relation().equals("dep") && isPersonRightAfter(s, head, d.dependent());
            if (!apposed) continue;
            Mention same = forArgument(s, d.dependent());
            if (same != null && same.isCoded()) return same;
        }
        if (PhraseWords.bundled().isRelativeNoun(s.token(head))) return null;
        if (LEADING.contains(s.token(head).lemma().toLowerCase(Locale.ROOT)) && s.token(head).pos().equals("VBN")) {
            // "a Saudi-led coalition": the actor before the hyphen leads the phrase, whatever the parser made of it.
            for (var d : s.children(head)) {
                if (d.dependent() != head - 2 || !MentionFinder.isJoiningHyphen(s, head - 1)) continue;
                Mention leader = forArgument(s, d.dependent());
                if (leader != null && leader.isCoded()) return leader;
            }
        }
        // "the killing of two soldiers by al-Shabaab": the doer a "by" phrase names comes before the rest
        for (var d : s.children(head)) {
            if (!d.relation().equals("nmod") || !hasCaseIn(s, d.dependent(), AGENT_CASES)) continue;
            Mention agent = forArgument(s, d.dependent());
            if (agent != null && agent.isCoded()) return agent;
        }
        Mention holder = holder(s, head);
        if (holder != null) return holder;
        for (var d : s.children(head)) {
            if (!NOMINAL.contains(d.relation())) continue;
            if (d.relation().equals("nmod") && !hasCaseIn(s, d.dependent(), OWNER_CASES) && !hasCaseIn(s, d.dependent(), EXAMPLE_CASES)) continue;
            Mention inner = forArgument(s, d.dependent());
            if (inner == null || !inner.isCoded() || isVenue(s, head, d.relation(), inner)) continue;
            return inner;
        }
        return null;
    }

    private boolean isPersonRightAfter(Sentence s, int noun, int token) {
        Mention m = at(s.index(), token);
        return m != null && m.type() == Mention.Type.PERSON && m.first() == noun + 1;
    }

    /**
     * "positions held by the rebels", "the allegations made by Greece", "reforms demanded by
     * protesters": the coded actor who holds, made or asked for a thing, as a participle with a
     * "by" phrase after the thing's noun names it (data/actors/phrase-words.tsv, owning-participle); or null.
     */
    public Mention holder(Sentence s, int noun) {
        for (int participle : s.children(noun, "acl")) {
            if (!PhraseWords.bundled().isOwningParticiple(s.token(participle))) continue;
            for (var d : s.children(participle)) {
                if (!d.relation().startsWith("obl") || !hasCaseIn(s, d.dependent(), AGENT_CASES)) continue;
                Mention agent = forArgument(s, d.dependent());
                if (agent != null && agent.isCoded()) return agent;
            }
        }
        return null;
    }

    /** "the Paris agreement", "the Minsk accords": a capital compounded with an agreement or meeting names its place. */
    private static boolean isVenue(Sentence s, int head, String relation, Mention inner) {
        return relation.equals("compound") && namesVenue(s, head, inner);
    }

    /** The mention, a compound of the head noun, is a capital naming where the agreement or meeting the noun names was made. */
    public static boolean namesVenue(Sentence s, int head, Mention compound) {
        return compound.type() == Mention.Type.INSTITUTION && PhraseWords.bundled().isVenueNoun(s.token(head));
    }

    /** "the Turkish-Libyan deal", "US-Mexico talks": the coded actors joined to this one by hyphens. */
    public List<Mention> hyphenated(Sentence s, Mention m) {
        List<Mention> out = new ArrayList<>();
        for (int step : new int[] {-1, 1}) {
            Mention here = m;
            while (true) {
                int hyphen = step < 0 ? here.first() - 1 : here.last() + 1;
                if (!MentionFinder.isJoiningHyphen(s, hyphen)) break;
                Mention next = at(s.index(), hyphen + step);
                if (next == null || !next.isCoded()) break;
                out.add(next);
                here = next;
            }
        }
        return out;
    }

    /** The mentions over the same words as this one, itself first: the members of a group a plural refers to ("the two countries"). */
    public List<Mention> sameWords(Mention m) {
        List<Mention> out = new ArrayList<>(List.of(m));
        for (Mention o : mentions) {
            if (o != m && o.sentence() == m.sentence() && o.first() == m.first() && o.last() == m.last()) out.add(o);
        }
        return out;
    }

    /** The coded mention whose words cover this character offset (a quotation's speaker), or null. */
    public Mention covering(int offset) {
        for (Mention m : mentions) if (m.start() <= offset && offset < m.end() && m.isCoded()) return m;
        return null;
    }

    public List<Mention> inSentence(int sentence) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) if (m.sentence() == sentence) out.add(m);
        return out;
    }

    /** The token's phrase is introduced by one of the prepositions (by lemma). */
    static boolean hasCaseIn(Sentence s, int token, Collection<String> prepositions) {
        return prepositions.stream().anyMatch(p -> hasCase(s, token, p));
    }

    /** The token's phrase is introduced by the preposition (by lemma). */
    public static boolean hasCase(Sentence s, int token, String preposition) {
        for (int c : s.children(token, "case")) if (s.token(c).lemma().equalsIgnoreCase(preposition)) return true;
        return false;
    }
}
