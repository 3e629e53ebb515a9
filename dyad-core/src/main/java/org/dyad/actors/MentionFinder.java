package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;
import org.dyad.text.Token;

/**
 * Finds the actor mentions of one sentence: dictionary phrases and unknown names, composed
 * into one mention where they stand together ("Hamas spokesman Sami Abu Zuhri",
 * "U.S. Secretary of State John Kerry", "Israeli police", "foreign minister of Iran").
 */
final class MentionFinder {

    /** Words that may stand between the pieces of one mention. */
    private static final Set<String> JOINERS = Set.of("'s", "'", "’s", "’", "of", "the");
    private static final Set<String> NAME_CLASSES = Set.of("PERSON", "ORGANIZATION");

    private final ActorDictionary dictionary;

    MentionFinder(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<Mention> find(AnalyzedArticle article, Sentence sentence) {
        LocalDate date = article.article().published();
        List<List<Piece>> groups = new ArrayList<>();
        for (Piece p : pieces(article, sentence, date)) {
            List<Piece> group = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (group == null || !joins(sentence, group.get(group.size() - 1), p)) groups.add(group = new ArrayList<>());
            group.add(p);
        }
        List<Mention> out = new ArrayList<>();
        for (List<Piece> group : groups) out.add(compose(article, sentence, group));
        spreadRoles(sentence, groups, out);
        return out;
    }

    /** Words that coordinate names: "Egypt, France and Greece". */
    private static final Set<String> COORDINATORS = Set.of(",", "and", "or");

    /**
     * A role shared by coordinated countries: "Hungarian and Romanian officials" are officials of
     * both, and so are "the foreign ministers of Egypt, France and Greece". Read off the words, so
     * sentences left unparsed get it too. A country named by its noun before the role phrase stays
     * the state: "Israel and Egyptian officials" are Israel and Egypt's officials.
     */
    private void spreadRoles(Sentence sentence, List<List<Piece>> groups, List<Mention> mentions) {
        for (int g = 0; g < groups.size(); g++) {
            List<Piece> group = groups.get(g);
            Piece agent = roleOf(sentence, group);
            Piece first = group.get(0);
            Piece last = group.get(group.size() - 1);
            if (agent == null || group.size() != 2) continue;
            if (first.kind() == ActorEntry.Kind.COUNTRY) { // "Romanian officials", and before it "Hungarian and"
                for (int k = g - 1; k >= 0 && isLoneCountry(groups.get(k)) && coordinated(sentence, groups.get(k), groups.get(k + 1))
                        && (isAdjective(sentence, groups.get(k).get(0)) || modifies(sentence, groups.get(k).get(0), agent)); k--) {
                    mentions.set(k, withSharedRole(sentence, groups.get(k).get(0), agent, mentions.get(g)));
                }
            } else if (last.kind() == ActorEntry.Kind.COUNTRY && sentence.token(last.first() - 1).word().equals("of")) { // "ministers of Egypt, France and Greece"
                for (int k = g + 1; k < groups.size() && isLoneCountry(groups.get(k)) && coordinated(sentence, groups.get(k - 1), groups.get(k)); k++) {
                    mentions.set(k, withSharedRole(sentence, groups.get(k).get(0), agent, mentions.get(g)));
                }
            }
        }
    }

    private static boolean isLoneCountry(List<Piece> group) {
        return group.size() == 1 && group.get(0).kind() == ActorEntry.Kind.COUNTRY;
    }

    /** Only coordinating words ("and", ", and") stand between two groups. */
    private static boolean coordinated(Sentence sentence, List<Piece> before, List<Piece> after) {
        int from = before.get(before.size() - 1).last() + 1;
        int to = after.get(0).first();
        if (to - from < 1 || to - from > 2) return false;
        for (int i = from; i < to; i++) if (!COORDINATORS.contains(sentence.token(i).word().toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /**
     * "talks between the Israelis and the Palestinians": after "the", the plural of a demonym
     * (a country's people, "Peruvians protested") is the country as a side.
     */
    private static boolean isSide(Sentence sentence, int first, ActorEntry entry) {
        return entry != null && entry.kind() == ActorEntry.Kind.COUNTRY && entry.actor().role() != null && first > 0
                && sentence.token(first - 1).word().equalsIgnoreCase("the");
    }

    private static ActorEntry asCountry(ActorEntry e) {
        Actor a = e.actor();
        return new ActorEntry(e.surface(), e.kind(), Actor.of(a.country(), null, a.name()), e.from(), e.to(), e.where(), e.layer(), e.casing(), e.stem(), e.fallback());
    }

    /**
     * "a general strike", "a criminal investigation": a role word with an adjective sense
     * (data/actors/phrase-words.tsv), tagged as an adjective before a noun no dictionary names, is no one.
     */
    private static boolean isAdjectiveOfAThing(Sentence sentence, ActorDictionary.Match m, ActorEntry entry, List<ActorDictionary.Match> matches) {
        int next = m.last() + 1;
        Token t = sentence.token(m.first());
        return entry.kind() == ActorEntry.Kind.AGENT && m.first() == m.last() && t.pos().startsWith("JJ") && PhraseWords.bundled().hasAdjectiveSense(t)
                && next < sentence.size() && sentence.token(next).isNoun() && !sentence.token(next).pos().startsWith("NNP")
                && matches.stream().noneMatch(o -> o.first() <= next && o.last() >= next);
    }

    /**
     * "an Iraq War veteran", "an Irish pub": a country right before a capitalized war noun names a war, no side
     * of it, and one before a noun of style names a kind of thing (data/actors/phrase-words.tsv); neither is an
     * actor ("the Israeli war cabinet", "Kenyan war planes" are the country's).
     */
    private static boolean namesAThing(Sentence sentence, ActorDictionary.Match m, ActorEntry entry) {
        int next = m.last() + 1;
        if (entry.kind() != ActorEntry.Kind.COUNTRY || next >= sentence.size()) return false;
        Token t = sentence.token(next);
        return PhraseWords.bundled().isWarNoun(t) && Character.isUpperCase(t.word().charAt(0)) || PhraseWords.bundled().isStyleNoun(t);
    }

    /** "Hungarian", or an abbreviation that stands as one ("U.S.", "UK"). */
    private static boolean isAdjective(Sentence sentence, Piece country) {
        var t = sentence.token(country.last());
        return t.pos().startsWith("JJ") || t.word().chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    /** "the Slovak and Czech ministers", tagged as names: the parse makes the country a modifier of the role word. */
    private static boolean modifies(Sentence sentence, Piece country, Piece agent) {
        if (!sentence.parsed()) return false;
        int head = sentence.head(country.last());
        String relation = sentence.relation(country.last());
        return head >= agent.first() && head <= agent.last() && (relation.equals("amod") || relation.equals("compound"));
    }

    private Mention withSharedRole(Sentence sentence, Piece country, Piece agent, Mention shared) {
        Actor actor = withRole(country.entry(), agent);
        Token a = sentence.token(country.first());
        Token b = sentence.token(country.last());
        return new Mention(sentence.index(), country.first(), country.last(), a.start(), b.end(), country.text(), actor,
                Mention.Type.AGENT, "composed: " + country.text() + "=" + country.entry().actor().code() + " + " + agent.text()
                + "=" + agent.entry().actor().code() + " (coordinated with '" + shared.text() + "')");
    }

    private List<Piece> pieces(AnalyzedArticle article, Sentence sentence, LocalDate date) {
        List<Piece> pieces = new ArrayList<>();
        boolean[] taken = new boolean[sentence.size()];
        List<ActorDictionary.Match> matches = dictionary.matches(sentence);
        for (ActorDictionary.Match m : matches) {
            // A name known to code nothing ("[---]") is still a name: it keeps its words from shorter entries.
            ActorEntry entry = ActorDictionary.codedOn(m.entries(), date).filter(e -> e.actor() != null).orElse(null);
            if (entry != null && isAdjectiveOfAThing(sentence, m, entry, matches)) continue;
            if (entry != null && namesAThing(sentence, m, entry)) entry = null;
            if (isSide(sentence, m.first(), entry)) entry = asCountry(entry);
            pieces.add(new Piece(m.first(), m.last(), entry, true, null, text(article, sentence, m.first(), m.last())));
            for (int i = m.first(); i <= m.last(); i++) taken[i] = true;
        }
        for (int i = 0; i < sentence.size(); i++) {
            String ner = sentence.token(i).ner();
            if (taken[i] || !NAME_CLASSES.contains(ner)) continue;
            int j = i;
            while (j + 1 < sentence.size() && !taken[j + 1] && sentence.token(j + 1).ner().equals(ner)) j++;
            pieces.add(new Piece(i, j, null, false, ner, text(article, sentence, i, j)));
            for (int k = i; k <= j; k++) taken[k] = true;
            i = j;
        }
        // Proper nouns the entity recognizer missed ("Shoukry said") are names all the same; dates are not.
        for (TimeExpression t : article.times()) {
            if (t.sentence() != sentence.index()) continue;
            for (int k = t.firstToken(); k <= t.lastToken(); k++) taken[k] = true;
        }
        for (int i = 0; i < sentence.size(); i++) {
            if (taken[i] || !isProperNoun(sentence, i) || PhraseWords.bundled().isHonorific(sentence.token(i))) continue;
            int j = i;
            while (j + 1 < sentence.size() && !taken[j + 1]
                    && (isProperNoun(sentence, j + 1) || isNameHyphen(sentence, j + 1) && !taken[j + 2])) {
                j += isProperNoun(sentence, j + 1) ? 1 : 2; // "Lee Jae - myung" is one name
            }
            pieces.add(new Piece(i, j, null, false, "NAME", text(article, sentence, i, j)));
            for (int k = i; k <= j; k++) taken[k] = true;
            i = j;
        }
        pieces.sort(Comparator.comparingInt(Piece::first));
        return pieces;
    }

    /** Two pieces belong to one mention when only joiner words stand between them, and "of" only after a role. */
    private static boolean joins(Sentence sentence, Piece before, Piece after) {
        if (after.isOwner() && before.isOwner()) return false; // "Israel Hamas" are two actors
        if (before.isPersonName() && !after.isPersonName() && after.kind() != ActorEntry.Kind.AGENT) return false;
        // "Kerry aides" is someone else; an unknown proper noun before a role word names the body ("Commerce Ministry").
        if (before.isPersonName() && after.kind() == ActorEntry.Kind.AGENT && !"NAME".equals(before.ner())) return false;
        for (int i = before.last() + 1; i < after.first(); i++) {
            String w = sentence.token(i).word();
            if (!JOINERS.contains(w)) return false;
            if (w.equals("of") && before.kind() != ActorEntry.Kind.AGENT) return false;
        }
        return true;
    }

    private Mention compose(AnalyzedArticle article, Sentence sentence, List<Piece> group) {
        Piece first = group.get(0);
        Piece last = group.get(group.size() - 1);
        Token a = sentence.token(first.first());
        Token b = sentence.token(last.last());
        String text = article.text(a.start(), b.end());
        Piece person = null;
        for (int k = 0; k < group.size() && person == null; k++) {
            Piece p = group.get(k);
            boolean modifiesRole = "NAME".equals(p.ner()) && k + 1 < group.size() && group.get(k + 1).kind() == ActorEntry.Kind.AGENT;
            boolean owns = k + 1 < group.size() && isPossessor(sentence, p); // "Trump's envoy" is not Trump
            if (p.isPersonName() && !modifiesRole && !owns) person = p;
        }
        Piece owner = group.stream().filter(Piece::isOwner).findFirst().orElse(null);
        Piece agent = roleOf(sentence, group);

        Actor actor;
        String how;
        // "Egyptian Foreign Minister Sameh Shoukry" after his term: an office the text gives wins over a default code
        boolean titled = owner != null && agent != null;
        if (person != null && person.kind() == ActorEntry.Kind.PERSON && !(titled && person.entry().fallback())) {
            actor = person.entry().actor();
            how = "dictionary: " + person.entry().surface() + " = " + actor.code() + " " + person.entry().range() + " (" + person.entry().where() + ")";
        } else if (owner != null) {
            actor = withRole(owner.entry(), agent);
            if (agent != null && isFormer(sentence, first.first()) && ActorCodes.isOffice(actor.role())) {
                actor = ActorCodes.formerHolder(actor); // "a former Kenyan minister"
            }
            if (person != null) actor = new Actor(actor.code(), person.text(), actor.country(), actor.role());
            how = group.size() == 1 ? "dictionary: " + owner.entry().surface() + " (" + owner.entry().where() + ")"
                    : "composed: " + describe(group);
        } else if (agent != null) {
            Actor role = agent.entry().actor();
            actor = new Actor(role.code(), person != null ? person.text() : agent.text(), null, role.role());
            if (isFormer(sentence, first.first()) && ActorCodes.isOffice(actor.role())) actor = ActorCodes.formerHolder(actor); // "his former lawyer"
            how = "agent without a country: " + agent.entry().surface() + " (" + agent.entry().where() + ")";
        } else {
            actor = null;
            how = person != null && person.known() ? "known name with no role on " + article.article().published() : "not in the dictionaries";
        }
        Mention.Type type = person != null && actor == null && "NAME".equals(person.ner()) ? Mention.Type.NAME
                : person != null ? Mention.Type.PERSON
                : owner != null && agent == null ? typeOf(owner)
                : agent != null ? Mention.Type.AGENT
                : Mention.Type.ORGANIZATION;
        return new Mention(sentence.index(), first.first(), last.last(), a.start(), b.end(), text, actor, type, how);
    }

    /**
     * "a former Kenyan minister", "the country's former interim president": a former-word
     * (data/actors/phrase-words.tsv) before the phrase, or before adjectives before it.
     */
    private static boolean isFormer(Sentence sentence, int first) {
        for (int i = first - 1; i >= 0; i--) {
            if (PhraseWords.bundled().formerWords.contains(sentence.token(i).word().toLowerCase(Locale.ROOT))) return true;
            if (!sentence.token(i).pos().startsWith("JJ")) return false;
        }
        return false;
    }

    /**
     * "Israeli" + "police" is ISRCOP, and a capital is its country there ("a Nairobi court" is KENJUD, not
     * Kenya's government); an organization or institution keeps its own code ("Hamas spokesman" is Hamas).
     */
    private Actor withRole(ActorEntry owner, Piece agent) {
        Actor o = owner.actor();
        if (agent == null) return o;
        String role = agent.entry().actor().role();
        // "Republican senators", "GOP lawmakers": a member of a party who holds an office of the state acts in that office
        boolean partyOfficer = ActorCodes.PARTY.equals(o.role()) && o.country() != null && ActorCodes.isOffice(role);
        if (owner.kind() != ActorEntry.Kind.COUNTRY && owner.kind() != ActorEntry.Kind.CAPITAL && !partyOfficer) return o;
        return Actor.of(o.country(), role, dictionary.countryName(o.country()));
    }

    private static Mention.Type typeOf(Piece owner) {
        return switch (owner.kind()) {
            case COUNTRY -> Mention.Type.COUNTRY;
            case CAPITAL, INSTITUTION -> Mention.Type.INSTITUTION;
            default -> Mention.Type.ORGANIZATION;
        };
    }

    private static String describe(List<Piece> group) {
        List<String> parts = new ArrayList<>();
        for (Piece p : group) {
            parts.add(p.entry() != null ? p.text() + "=" + p.entry().actor().code() : p.text() + "=" + (p.ner() != null ? p.ner().toLowerCase() : "name"));
        }
        return String.join(" + ", parts);
    }

    /**
     * The group's role word: "the suspect's wife" is a wife, since a role word before a possessive is the
     * owner's; "the National Police" are police and "a national emergency" no one's, since "national" is a
     * role word only as a noun.
     */
    private static Piece roleOf(Sentence sentence, List<Piece> group) {
        Piece agent = null;
        for (int k = 0; k < group.size(); k++) {
            Piece p = group.get(k);
            boolean modifier = PhraseWords.bundled().isNounOnlyAgent(p.text())
                    && (k + 1 < group.size() || beforeNoun(sentence, p)); // "a national state of emergency"
            if (p.kind() == ActorEntry.Kind.AGENT && !modifier && (agent == null || isPossessor(sentence, agent))) agent = p;
        }
        return agent;
    }

    private static boolean beforeNoun(Sentence s, Piece p) {
        return p.last() + 1 < s.size() && s.token(p.last() + 1).isNoun();
    }

    private static boolean isPossessor(Sentence s, Piece p) {
        return p.last() + 1 < s.size() && s.token(p.last() + 1).pos().equals("POS");
    }

    private static boolean isNameHyphen(Sentence s, int i) {
        return isJoiningHyphen(s, i) && isProperNoun(s, i + 1);
    }

    /** Token {@code i} is a hyphen that touches the words on both sides ("Lee Jae-myung", "Saudi-led"). */
    static boolean isJoiningHyphen(Sentence s, int i) {
        return i > 0 && i + 1 < s.size() && s.token(i).word().equals("-") && s.token(i).start() == s.token(i - 1).end()
                && s.token(i + 1).start() == s.token(i).end();
    }

    private static boolean isProperNoun(Sentence s, int i) {
        var t = s.token(i);
        return t.pos().startsWith("NNP") && (t.ner().equals("O") || t.ner().equals("MISC")) && Character.isLetter(t.word().charAt(0));
    }

    private static String text(AnalyzedArticle article, Sentence s, int first, int last) {
        return article.text(s.token(first).start(), s.token(last).end());
    }
}
