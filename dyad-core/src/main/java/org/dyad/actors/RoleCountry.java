package org.dyad.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.datafile.TsvFile;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;

/**
 * Gives a country to role words that came without one, as a news reader does: "police in
 * Myanmar", "Russian police detained opposition leader Navalny" (Russia's opposition),
 * "protesters marched through Hong Kong". The country is taken from a place named in the role
 * word's own phrase ("in X", "of X", "X's", "French activists"; a place only the gazetteer knows,
 * through {@link PlaceClue}, counts too), else from the nearest mention
 * with a country in the same sentence, before it first (for an office of state, not that of a
 * person who holds no office, when the article has a setting), else from the country the article
 * is set in ({@link Setting}), else from the one its place names point to ({@link PlaceClue}).
 * Members of a named organization ("gunmen from the PFLP", "a spokesman for Hamas") are that
 * organization. A named person is of one country all through the article: the one their own
 * words give anywhere in it, else the nearest, else the one an earlier mention of them got.
 */
final class RoleCountry {

    private static final PhraseWords WORDS = PhraseWords.bundled();

    /** "police in Myanmar", "the foreign minister of Iran", "gunmen from the PFLP", "a spokesman for the PMF". */
    private static final List<String> PHRASE_CASES = WORDS.placeCases;

    /** "protesters marched through Hong Kong": where a clause's act took place. */
    private static final List<String> SETTING_CASES = WORDS.settingCases;

    /** The relations of a clause's other arguments: who or what its subject acts on, says or does it with. */
    private static final Set<String> OTHER_SIDE = Set.of("obj", "iobj", "ccomp", "xcomp", "obl");

    /** The relations by which a role word takes part in its predicate's act. */
    private static final Set<String> CLAUSE_ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj");

    private static final Set<String> ABROAD = TsvFile.resource("actors/abroad.tsv").words("word");

    private final PlaceClue places;

    RoleCountry(PlaceClue places) {
        this.places = places;
    }

    List<Mention> infer(AnalyzedArticle article, List<Mention> mentions) {
        StorySetting story = new StorySetting(article, mentions);
        Map<String, Mention> people = peopleCountries(article, mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention same = isPersonal(m) && m.actor() != null && m.actor().name() != null ? people.get(m.actor().name()) : null;
            Mention antecedent = same == null ? antecedent(mentions, out, i) : null;
            if (antecedent != null) { // "demonstrators marched in Lima ... police used tear gas to disperse them"
                out.add(m.withActor(antecedent.actor(), m.resolvedBy() + "; country " + antecedent.actor().country() + " as its antecedent's"));
                continue;
            }
            Sentence s = article.sentences().get(m.sentence());
            if (!needsCountry(m) && !(same != null && m.type() == Mention.Type.PRONOUN && isBare(m)) || isForeign(s, m)) {
                out.add(m);
                continue;
            }
            Mention source = same; // "Jamal Khashoggi, a Saudi national": a person is of one country all through the article
            if (source == null) source = owner(s, m, mentions, i); // "Trump's envoy for Syria" is Trump's
            if (source == null) source = possessor(article, s, m, mentions, i); // "Trump ..., while his secretary of state"
            if (source == null) source = phraseCountry(s, m, mentions);
            if (source != null && source.type() == Mention.Type.ORGANIZATION) {
                // "gunmen from the PFLP", "leaders of Hamas": members of an organization are the organization.
                out.add(m.withActor(source.actor(), m.resolvedBy() + "; member of '" + source.text() + "'"));
                continue;
            }
            String placed = source == null ? phrasePlace(article, s, m, mentions, story.known()) : null;
            if (placed != null) {
                out.add(m.withActor(m.actor().inCountry(placed), m.resolvedBy() + "; country " + placed + " from the place in its phrase"));
                continue;
            }
            if (source == null && !ActorCodes.isOffice(m.actor().role())) {
                source = clausePlace(s, m, mentions);
                String setIn = source == null && story.read() != null ? clauseGazetteerPlace(article, s, m, mentions, story.known()) : null;
                if (setIn != null && setIn.equals(story.known())) {
                    out.add(m.withActor(m.actor().inCountry(setIn), m.resolvedBy() + "; country " + setIn + " from the place of its act"));
                    continue;
                }
            }
            if (source == null) source = nearestInSentence(s, mentions, i);
            boolean otherSide = source != null && isActedOnBy(s, m, source);
            if (source == null || otherSide || isOfficeNearPerson(m, source)) story.read();
            String setting = story.known();
            // "police held a man, whom they later named as Kofi Mensah": a person's nationality
            // is not the country of the office acting on them; where the story is set is
            if (source != null && setting != null && isOfficeNearPerson(m, source)) source = null;
            // "the US ambassador accused the gangs", "the US urged the government": whom an act
            // falls on is of the story's country, not the actor's, when the actor is from abroad
            if (otherSide && source != null && setting != null && !setting.equals(source.actor().country())) source = null;
            if (source == null && setting == null && isPersonal(m) && m.actor().name() != null) source = earlier(out, m); // "Putin said ..." after "a Russian farmer, Dmitri Putin"
            String country = source != null ? source.actor().country() : setting;
            if (country == null) {
                out.add(m);
                continue;
            }
            String why = source == null ? "the article's setting"
                    : source == same ? "'" + source.text() + "' (sentence " + (source.sentence() + 1) + "), said of the same person"
                    : "'" + source.text() + "'";
            Actor a = m.actor();
            out.add(m.withActor(a.inCountry(country), m.resolvedBy() + "; country " + country + " from " + why));
        }
        return out;
    }

    /**
     * Where the story is set: from its actors at once, from its place names ({@link PlaceClue}) only
     * when a role word first needs them, since most articles name their country.
     */
    private final class StorySetting {
        private final AnalyzedArticle article;
        private final List<Mention> mentions;
        private String country;
        private boolean placesRead;

        StorySetting(AnalyzedArticle article, List<Mention> mentions) {
            this.article = article;
            this.mentions = mentions;
            this.country = Setting.of(mentions);
            this.placesRead = country != null;
        }

        /** The setting as far as it is known, without reading the place names. */
        String known() {
            return country;
        }

        /** The setting, reading the place names first if that was not yet done. */
        String read() {
            if (!placesRead) {
                country = places.country(article, mentions);
                placesRead = true;
            }
            return country;
        }
    }

    /**
     * The earlier mention, as given a country, that a pronoun or description of a bare role word stands
     * for: the one whose actor it took (the same instance, see {@link Coreference}); null if none or
     * that one got no country either.
     */
    private static Mention antecedent(List<Mention> mentions, List<Mention> done, int i) {
        Mention m = mentions.get(i);
        if (m.type() != Mention.Type.PRONOUN && m.type() != Mention.Type.DESCRIPTION || !isBare(m)) return null;
        for (int k = i - 1; k >= 0; k--) {
            if (mentions.get(k).actor() != m.actor()) continue;
            Mention given = done.get(k);
            return given.actor().country() != null ? given : null;
        }
        return null;
    }

    /** "an international tribunal", "foreign journalists": role words that the adjectives before them place nowhere the story is. */
    private static boolean isForeign(Sentence s, Mention m) {
        for (int k = m.first() - 1; k >= 0 && s.token(k).pos().startsWith("JJ"); k--) {
            if (WORDS.foreignWords.contains(s.token(k).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean needsCountry(Mention m) {
        return isBare(m) && (m.type() == Mention.Type.AGENT || m.type() == Mention.Type.PERSON);
    }

    private static boolean isBare(Mention m) {
        Actor a = m.actor();
        return a != null && a.country() == null && a.role() != null && a.code().equals(a.role()) && !ActorCodes.isTransnational(a.code());
    }

    /** The last mention of the same person already given a country, or null. */
    private static Mention earlier(List<Mention> done, Mention m) {
        for (int k = done.size() - 1; k >= 0; k--) {
            Mention e = done.get(k);
            if (isPersonal(e) && e.actor() != null && e.actor().country() != null && m.actor().name().equals(e.actor().name())) return e;
        }
        return null;
    }

    private static boolean isPersonal(Mention m) {
        return m.type() == Mention.Type.PERSON || m.type() == Mention.Type.PRONOUN;
    }

    /**
     * The country each named person of no country of their own is given by their own words
     * somewhere in the article ("Saudi journalist Jamal Khashoggi", "Khashoggi, a Saudi
     * national"), by name; the first such mention names it for all the others, pronouns included.
     */
    private static Map<String, Mention> peopleCountries(AnalyzedArticle article, List<Mention> mentions) {
        Map<String, Mention> out = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != Mention.Type.PERSON || m.actor() == null || m.actor().name() == null || out.containsKey(m.actor().name())) continue;
            Mention source = null;
            Sentence s = article.sentences().get(m.sentence());
            if (needsCountry(m)) source = s.parsed() ? phraseCountry(s, m, mentions) : apposition(s, m, mentions);
            else if (m.isCoded() && m.actor().country() != null && m.resolvedBy().startsWith("composed")) source = m;
            if (source != null && source.type() != Mention.Type.ORGANIZATION) out.put(m.actor().name(), source);
        }
        return out;
    }

    private static boolean givesCountry(Mention m) {
        return m.isCoded() && m.actor().country() != null && !ActorCodes.isTransnational(m.actor().code());
    }

    /** In a sentence left unparsed, a role word with a country right after a name and a comma ("Khashoggi, a Saudi national"). */
    private static Mention apposition(Sentence s, Mention m, List<Mention> mentions) {
        int k = m.last() + 1;
        if (k >= s.size() || !s.token(k).word().equals(",")) return null;
        if (k + 1 < s.size() && s.token(k + 1).pos().equals("DT")) k++;
        for (Mention other : mentions) {
            if (other.sentence() == s.index() && other.first() == k + 1 && other.type() == Mention.Type.AGENT && givesCountry(other)) return other;
        }
        return null;
    }

    /** "police in Myanmar", "the foreign minister of Iran", "Israel's cabinet": a country inside the role word's phrase. */
    private static Mention phraseCountry(Sentence s, Mention m, List<Mention> mentions) {
        int head = s.headOf(m.first(), m.last());
        for (var d : s.children(head)) {
            int child = d.dependent();
            // "Jamal Khashoggi, a Saudi national": a person's apposition tells their country too
            boolean modifier = d.relation().equals("nmod:poss") || d.relation().equals("amod") || d.relation().equals("compound")
                    || d.relation().equals("appos") && m.type() == Mention.Type.PERSON;
            boolean place = d.relation().equals("nmod") && MentionIndex.hasCaseIn(s, child, PHRASE_CASES);
            if (!modifier && !place) continue;
            Mention country = firstIn(s, child, mentions, RoleCountry::givesCountry);
            if (country != null) return country;
        }
        for (int place : describedPlaces(s, head)) {
            Mention country = firstIn(s, place, mentions, RoleCountry::givesCountry);
            if (country != null) return country;
        }
        return null;
    }

    /** "police in Myanmar", "villagers from Borno": the phrases of a noun that tell where it is. */
    private static List<Integer> placePhrases(Sentence s, int noun) {
        return s.children(noun, "nmod").stream().filter(place -> MentionIndex.hasCaseIn(s, place, PHRASE_CASES)).toList();
    }

    /** "shelled rebel positions in Togo": a role word that only describes a noun is where that noun is. */
    private static List<Integer> describedPlaces(Sentence s, int role) {
        return describes(s, role) ? placePhrases(s, s.head(role)) : List.of();
    }

    /** "a hospital in Idlib", "villagers from Borno", "rebel camps near Bawku": a place that no dictionary names, in the role word's own phrase. */
    private String phrasePlace(AnalyzedArticle article, Sentence s, Mention m, List<Mention> mentions, String setting) {
        if (!s.parsed()) return null;
        int head = s.headOf(m.first(), m.last());
        List<Integer> places = new ArrayList<>(placePhrases(s, head));
        places.addAll(describedPlaces(s, head));
        for (int place : places) {
            String country = placeWithin(article, s, place, mentions, setting);
            if (country != null) return country;
        }
        return null;
    }

    /** The country of the first place name in the phrase a token heads, by the gazetteer; or null. */
    private String placeWithin(AnalyzedArticle article, Sentence s, int phraseHead, List<Mention> mentions, String setting) {
        List<Integer> phrase = s.subtree(phraseHead);
        return places.countryWithin(article, mentions, s.index(), Collections.min(phrase), Collections.max(phrase), setting);
    }

    /** The first mention, in the words of the phrase a token heads, that is of the kind asked for; or null. */
    private static Mention firstIn(Sentence s, int phrase, List<Mention> mentions, Predicate<Mention> kind) {
        for (int t : s.subtree(phrase)) {
            for (Mention other : mentions) {
                if (other.covers(s.index(), t) && kind.test(other)) return other;
            }
        }
        return null;
    }

    /**
     * "a Saudi-led airstrike killed 15 civilians in northern Yemen": people of no office who take part
     * in an act are of the country the act is placed in, though another country is named nearer.
     */
    private static Mention clausePlace(Sentence s, Mention m, List<Mention> mentions) {
        for (int place : clauseSettings(s, m)) {
            Mention country = firstIn(s, place, mentions, o -> (o.type() == Mention.Type.COUNTRY || o.type() == Mention.Type.INSTITUTION) && isNearbyPlace(o));
            if (country != null) return country;
        }
        return null;
    }

    /**
     * "In Mombasa, hundreds of local people marched towards the border with Tanzania": the country of a
     * place only the gazetteer knows, where the act took place. Used only when it is the article's own
     * country, since a name the gazetteer knows may be another place of that name ("Norfolk").
     */
    private String clauseGazetteerPlace(AnalyzedArticle article, Sentence s, Mention m, List<Mention> mentions, String setting) {
        for (int place : clauseSettings(s, m)) {
            String country = placeWithin(article, s, place, mentions, setting);
            if (country != null) return country;
        }
        return null;
    }

    /** The "in" phrases of the act a role word takes part in as its subject or object ("hundreds of protesters" as well). */
    private static List<Integer> clauseSettings(Sentence s, Mention m) {
        if (!s.parsed()) return List.of();
        int head = argumentOf(s, s.headOf(m.first(), m.last()));
        int predicate = s.head(head);
        if (predicate < 0 || !CLAUSE_ARGUMENTS.contains(s.relation(head))) return List.of();
        List<Integer> out = new ArrayList<>();
        for (int place : s.children(predicate, "obl")) if (MentionIndex.hasCase(s, place, "in")) out.add(place);
        return out;
    }

    /**
     * The phrase that takes part in an act for a noun inside it: "hundreds of protesters", "the
     * leaders of the protest", "bombed rebel camps".
     */
    private static int argumentOf(Sentence s, int noun) {
        while (s.head(noun) >= 0 && (s.relation(noun).startsWith("nmod") || describes(s, noun))) noun = s.head(noun);
        return noun;
    }

    /** "rebel positions", "opposition offices": a role word that only describes the noun after it. */
    private static boolean describes(Sentence s, int word) {
        int described = s.head(word);
        return (s.relation(word).equals("compound") || s.relation(word).equals("amod")) && described > word && s.token(described).isNoun();
    }

    /** "Trump's Special Presidential Envoy": a role owned by a person named earlier is of that person's country. */
    private static Mention owner(Sentence s, Mention m, List<Mention> mentions, int i) {
        for (int k = m.first(); k < m.last(); k++) {
            if (!s.token(k + 1).pos().equals("POS") || !s.token(k).pos().startsWith("NNP")) continue;
            String name = s.token(k).word();
            for (int e = i - 1; e >= 0; e--) {
                Mention earlier = mentions.get(e);
                boolean named = earlier.text().contains(name) || earlier.actor() != null && earlier.actor().name() != null && earlier.actor().name().contains(name);
                if (earlier.type() == Mention.Type.PERSON && givesCountry(earlier) && named) return earlier;
            }
        }
        return null;
    }

    /**
     * "President Trump praised the move, while his secretary of state urged ...": a role word owned by
     * "his" or "her" is of the country of the person it refers to, the nearest earlier subject that is a
     * person with a country, in its sentence or the one before; "its" likewise of a country.
     */
    private static Mention possessor(AnalyzedArticle article, Sentence s, Mention m, List<Mention> mentions, int i) {
        if (!s.parsed()) return null;
        String word = null;
        for (int c : s.children(s.headOf(m.first(), m.last()), "nmod:poss")) {
            if (s.token(c).pos().equals("PRP$")) word = s.token(c).word().toLowerCase(Locale.ROOT);
        }
        if (word == null) return null;
        Mention.Type kind = word.equals("his") || word.equals("her") ? Mention.Type.PERSON : word.equals("its") ? Mention.Type.COUNTRY : null;
        if (kind == null) return null;
        for (int k = i - 1; k >= 0 && m.sentence() - mentions.get(k).sentence() <= 1; k--) {
            Mention e = mentions.get(k);
            Sentence es = article.sentences().get(e.sentence());
            if (e.type() == kind && givesCountry(e) && es.parsed() && es.relation(es.headOf(e.first(), e.last())).startsWith("nsubj")) return e;
        }
        return null;
    }

    private static boolean isOfficeNearPerson(Mention m, Mention near) {
        return ActorCodes.isOffice(m.actor().role()) && isPersonal(near) && !ActorCodes.isOffice(near.actor().role());
    }

    private static Mention nearestInSentence(Sentence s, List<Mention> mentions, int i) {
        Mention m = mentions.get(i);
        for (int k = i - 1; k >= 0 && mentions.get(k).sentence() == m.sentence(); k--) {
            if (mayLend(s, m, mentions.get(k))) return mentions.get(k);
        }
        for (int k = i + 1; k < mentions.size() && mentions.get(k).sentence() == m.sentence(); k++) {
            if (mayLend(s, m, mentions.get(k))) return mentions.get(k);
        }
        return null;
    }

    /** Whether a role word may take the country of another mention of its sentence. */
    private static boolean mayLend(Sentence s, Mention role, Mention other) {
        return isNearbyPlace(other) && !isOtherSide(s, role, other) && !isAcrossBorder(s, other);
    }

    /** "marched towards the border with Uganda", "near the Ugandan border": the country on the border's other side. */
    private static boolean isAcrossBorder(Sentence s, Mention other) {
        if (!s.parsed()) return false;
        int head = s.headOf(other.first(), other.last());
        int governor = s.head(head);
        String relation = s.relation(head);
        if (governor >= 0 && WORDS.isBorderNoun(s.token(governor)) && (relation.equals("amod") || relation.equals("compound"))) return true;
        // "the border with Uganda", whose "with" phrase the parser may hang on the verb
        for (int c : s.children(head, "case")) {
            if (s.token(c).lemma().equalsIgnoreCase("with") && c > 0 && WORDS.isBorderNoun(s.token(c - 1))) return true;
        }
        return false;
    }

    /**
     * "protesters have claimed Iran is meddling", "officials accused Russia": a mention in another
     * argument of the act whose subject the role word is names the other side, not the role word's
     * country; a place the act is set in ("marched through Hong Kong", "violated the ceasefire in
     * eastern Ukraine") is no other side.
     */
    private static boolean isOtherSide(Sentence s, Mention role, Mention other) {
        if (!s.parsed()) return false;
        int head = argumentOf(s, s.headOf(role.first(), role.last()));
        int predicate = s.head(head);
        if (predicate < 0 || !s.relation(head).startsWith("nsubj")) return false;
        int otherHead = s.headOf(other.first(), other.last());
        if (MentionIndex.hasCaseIn(s, otherHead, SETTING_CASES)) return false; // "violated the ceasefire in eastern Ukraine"
        for (var d : s.children(predicate)) {
            int argument = d.dependent();
            boolean side = OTHER_SIDE.contains(d.relation()) && !(d.relation().equals("obl") && MentionIndex.hasCaseIn(s, argument, SETTING_CASES));
            if (side && s.subtree(argument).contains(otherHead)) return true;
        }
        return false;
    }

    /**
     * The role word is what the act of a clause whose subject holds the other mention falls on, or is
     * inside it: its owner ("the tribunal's ruling"), whom it is for ("voiced support for the
     * demonstrators"), or the object of a preposition of the act ("sent aid to the rebels"), but not
     * where the act took place nor who did it ("was met by").
     */
    private static boolean isActedOnBy(Sentence s, Mention role, Mention other) {
        if (!s.parsed() || other.sentence() != role.sentence()) return false;
        int argument = argumentOf(s, s.headOf(role.first(), role.last()));
        int predicate = s.head(argument);
        String relation = s.relation(argument);
        boolean actedOn = relation.equals("obj") || relation.equals("iobj")
                || relation.equals("obl") && !MentionIndex.hasCaseIn(s, argument, SETTING_CASES) && !MentionIndex.hasCase(s, argument, "by");
        if (predicate < 0 || !actedOn) return false;
        int otherHead = s.headOf(other.first(), other.last());
        for (int subject : s.children(predicate, "nsubj")) {
            if (s.subtree(subject).contains(otherHead)) return true;
        }
        return false;
    }

    /** A coded mention whose country a role word nearby may take; not a post abroad, not a news outlet ("according to The Guardian"). */
    private static boolean isNearbyPlace(Mention m) {
        return givesCountry(m) && !isAbroad(m) && !m.isNewsOutlet();
    }

    /** "the US embassy in Baghdad": a post abroad (data/actors/abroad.tsv) stands in another country. */
    private static boolean isAbroad(Mention m) {
        return ABROAD.contains(m.lastWord().toLowerCase(Locale.ROOT));
    }
}
