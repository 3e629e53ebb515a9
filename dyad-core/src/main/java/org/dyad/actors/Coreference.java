package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dyad.datafile.TsvFile;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Links later mentions to the actor they refer to, within one article, by rules a news
 * reader uses: a surname repeats a named person ("Abbas" after "Mahmoud Abbas"); "he" or
 * "she" is the most recent person, preferring one who was a grammatical subject; "the group"
 * is the most recent non-state organization; "the Palestinian leader" the most recent
 * Palestinian person. A lone surname of a dictionary person in office on the article's date
 * is that person.
 *
 * <p>CoreNLP's statistical coreference was not used: on the reference article it links the
 * spokesman's "He" to the wrong person, and it costs more than the rest of the pipeline.
 */
final class Coreference {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> HOMELAND_POSSESSIVES = Set.of("his", "her");
    private static final Set<String> PRESENT = Set.of("VBZ", "VBP");
    private static final Set<String> STATE_ROLES = Set.of(ActorCodes.GOVERNMENT, ActorCodes.MILITARY, ActorCodes.POLICE, "LEG", "JUD", "SPY", ActorCodes.MEDIA);
    /** "Russia said it would ...": as a subject, "it" and "they" refer to a country or organization. */
    private static final Set<String> COLLECTIVE_PRONOUNS = Set.of("it", "they");
    private static final String OBJECT_PLURAL = "them";
    private static final int PRONOUN_WINDOW = 3; // sentences a pronoun may look back
    private final Descriptions descriptions = Descriptions.bundled();
    private final Map<String, String> genders = new HashMap<>();
    private final Map<String, List<ActorEntry>> peopleBySurname = new HashMap<>();
    private final ActorDictionary dictionary;

    Coreference(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        for (TsvFile.Row row : TsvFile.resource("actors/genders.tsv").rows()) genders.put(row.get("word"), row.get("gender"));
        for (ActorEntry e : dictionary.entries()) {
            String surname = e.surname();
            if (surname != null) peopleBySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(e);
        }
    }

    /** Resolves what can be resolved; returns the mentions of the article plus the pronouns and descriptions found. */
    List<Mention> link(AnalyzedArticle article, List<Mention> mentions) {
        LocalDate date = article.article().published();
        List<Mention> out = new ArrayList<>();
        PluralReference plurals = new PluralReference();
        Map<String, Description> copulas = copulas(article, mentions);
        Map<String, String> told = new HashMap<>(); // the gender of the pronouns taken for each person, by actor name
        int next = 0;
        for (Sentence s : article.sentences()) {
            List<Mention> here = new ArrayList<>();
            while (next < mentions.size() && mentions.get(next).sentence() == s.index()) here.add(mentions.get(next++));
            plurals.read(s, here);
            for (int i = 0; i < s.size(); i++) {
                Mention m = at(here, i);
                String word = s.token(i).word().toLowerCase(Locale.ROOT);
                if (m != null) {
                    List<Mention> group = m.type() == Mention.Type.AGENT && (m.actor() == null || m.actor().country() == null)
                            ? plurals.description(s, m.first(), m.last(), m.text(), m.actor() == null ? null : m.actor().role(), isPersonNoun(s, m))
                            : List.of();
                    Mention described = group.isEmpty() ? described(s, m, here) : null;
                    if (described == null && group.isEmpty()) described = byCopula(m, copulas);
                    if (described != null) out.add(described);
                    else if (group.isEmpty()) out.add(resolveName(article, m, out, date));
                    else out.addAll(group);
                    i = m.last();
                } else if (HOMELAND_POSSESSIVES.contains(word) && homelandNoun(s, i) > i) {
                    int noun = homelandNoun(s, i);
                    Mention p = pronoun(article, s, i, out, told);
                    if (p != null && p.actor().country() != null) out.add(homeland(article, s, i, noun, p));
                    i = noun;
                } else if (PRONOUNS.contains(word) && s.token(i).pos().startsWith("PRP")) {
                    Mention p = pronoun(article, s, i, out, told);
                    if (p != null) out.add(p);
                } else if (word.equals(OBJECT_PLURAL) && s.token(i).pos().equals("PRP")) {
                    Mention p = pluralObject(article, s, i, out);
                    if (p != null) out.add(p);
                } else if (COLLECTIVE_PRONOUNS.contains(word) && isSubjectToken(s, i)) {
                    List<Mention> group = word.equals("they") ? plurals.pronoun(s, i) : List.of();
                    Mention p = group.isEmpty() ? collectivePronoun(article, s, i, out) : null;
                    if (p != null) out.add(p);
                    out.addAll(group);
                } else {
                    out.addAll(description(article, s, i, out, plurals));
                }
            }
            plurals.read(s, out);
        }
        return out;
    }

    /**
     * "David Mwangi, a spokesman for the Kenyan government", "Qasem Soleimani, head of Iran's Quds
     * Force": a person's name no dictionary knows is who its apposition says, here and when named
     * again; so is one set beside a role word before it ("the interior minister, Wafula Wrzeszczyk").
     * A name of one word is left alone: "Reading, UK" is a place.
     */
    private static Mention described(Sentence s, Mention m, List<Mention> here) {
        if (!s.parsed() || m.isCoded() || m.last() == m.first() || !isName(m)) return null;
        for (int a : s.children(s.headOf(m.first(), m.last()), "appos")) {
            // "his widow and chair of the party": the office says more than the tie
            for (int c : s.children(a, "conj")) {
                Description d = isRelativeNoun(s, c) ? null : describedBy(s, c, here, m.text());
                if (d != null) return d.of(m, "its apposition");
            }
            Description d = describedBy(s, a, here, m.text());
            if (d != null) return d.of(m, "its apposition");
        }
        int name = s.headOf(m.first(), m.last());
        if (!s.relation(name).equals("appos") || isRelativeNoun(s, s.head(name))) return null;
        Mention role = here.stream().filter(x -> x.covers(s.index(), s.head(name)) && x.type() == Mention.Type.AGENT && x.actor() != null
                && x.actor().role() != null).findFirst().orElse(null);
        return role == null ? null : new Description(Actor.of(role.actor().country(), role.actor().role(), m.text()), role.text()).of(m, "the role word before it");
    }

    /** Who a name is that a role word describes, or null: a role word's own actor counts, else the one its phrase names nearest its head. */
    private static Description describedBy(Sentence s, int a, List<Mention> here, String name) {
        Mention role = here.stream().filter(x -> x.covers(s.index(), a) && x.type() == Mention.Type.AGENT).findFirst().orElse(null);
        if (role == null || role.actor() == null) return null;
        // "the wife of the Kenyan president" is a Kenyan, not the president
        boolean relative = isRelativeNoun(s, a);
        for (int t : nearestFirst(s, a)) {
            Mention d = here.stream().filter(x -> x.covers(s.index(), t)).findFirst().orElse(null);
            if (d == null || !d.isCoded() || d.isBareRole() || d.type() == Mention.Type.PERSON && !relative) continue;
            if (relative && d.actor().country() == null) continue;
            // "a student from Illinois, United States": a country alone takes the apposition's role
            Actor who = (d.type() == Mention.Type.COUNTRY || relative) && role.actor().role() != null
                    ? Actor.of(d.actor().country(), role.actor().role(), name)
                    : new Actor(d.actor().code(), name, d.actor().country(), d.actor().role());
            return new Description(who, d.text());
        }
        return null;
    }

    /**
     * "Hatice Cengiz is a Turkish national", "Cengiz, who is Turkish": what a copula anywhere in the
     * article says an unknown name is now, by the name's words. Background often comes after the news.
     * Read off the words in order (name, "who", a form of "be", a determiner, the description), so
     * that a sentence left unparsed counts too.
     */
    private static Map<String, Description> copulas(AnalyzedArticle article, List<Mention> mentions) {
        Map<String, Description> out = new HashMap<>();
        for (Mention name : mentions) {
            if (name.isCoded() || !isName(name) || out.containsKey(name.text())) continue;
            Sentence s = article.sentences().get(name.sentence());
            int k = name.last() + 1;
            if (k + 1 < s.size() && s.token(k).word().equals(",") && s.token(k + 1).lemma().equalsIgnoreCase("who")) k += 2;
            // present tense only: "X was mayor of Paris" tells what X no longer is
            if (k >= s.size() || !s.token(k).lemma().equalsIgnoreCase("be") || !PRESENT.contains(s.token(k).pos())) continue;
            k++;
            if (k < s.size() && s.token(k).pos().equals("DT")) k++;
            final int first = k;
            Mention r = mentions.stream().filter(m -> m.sentence() == s.index() && m.first() == first && m.isCoded()).findFirst().orElse(null);
            if (r == null) continue;
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            Description d = null;
            if (r.type() == Mention.Type.AGENT) d = describedBy(s, s.headOf(r.first(), r.last()), here, name.text());
            else if (r.type() == Mention.Type.COUNTRY && r.first() == r.last() && s.token(r.first()).pos().startsWith("JJ")
                    && (r.last() + 1 == s.size() || !s.token(r.last() + 1).isNoun())) {
                d = new Description(Actor.of(r.actor().country(), ActorCodes.CIVILIAN, name.text()), r.text());
            }
            if (d != null) out.put(name.text(), d);
        }
        return out;
    }

    private static boolean isRelativeNoun(Sentence s, int token) {
        return PhraseWords.bundled().isRelativeNoun(s.token(token));
    }

    private static boolean isName(Mention m) {
        return m.type() == Mention.Type.NAME || m.type() == Mention.Type.PERSON;
    }

    /** What a phrase says a name is, and the words that say it. */
    private record Description(Actor actor, String text) {
        Mention of(Mention m, String where) {
            return new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.text(), actor, Mention.Type.PERSON,
                    "described by " + where + ": '" + text + "'");
        }
    }

    /** An unknown name that a copula describes, matched by its last word ("Cengiz" of "Hatice Cengiz is a Turkish national"). */
    private static Mention byCopula(Mention m, Map<String, Description> copulas) {
        if (m.isCoded() || !isName(m)) return null;
        for (var e : copulas.entrySet()) {
            String[] words = e.getKey().split("\\s+");
            if (words[words.length - 1].equals(m.lastWord())) return e.getValue().of(m, "a copula elsewhere");
        }
        return null;
    }

    /** The tokens under {@code head}, breadth first: the nearer a word is to the head, the more it says. */
    private static List<Integer> nearestFirst(Sentence s, int head) {
        List<Integer> out = new ArrayList<>(List.of(head));
        for (int i = 0; i < out.size(); i++) {
            for (var d : s.children(out.get(i))) if (!out.contains(d.dependent())) out.add(d.dependent());
        }
        return out;
    }

    private static Mention at(List<Mention> mentions, int token) {
        for (Mention m : mentions) if (m.first() == token) return m;
        return null;
    }

    /** An uncoded name may repeat an earlier person; a coded role phrase may describe one. */
    private Mention resolveName(AnalyzedArticle article, Mention m, List<Mention> earlier, LocalDate date) {
        if (m.type() == Mention.Type.ORGANIZATION && !m.text().contains(" ")) {
            // "Michael Bloomberg ... Bloomberg endorsed": after the person, his surname is he, not the namesake firm
            for (Mention e : earlier) {
                if (e.type() == Mention.Type.PERSON && e.isCoded() && e.last() > e.first() && e.lastWord().equals(m.text())) return samePerson(m, e);
            }
        }
        // "President Trump": a title with a surname is the person of that surname, not the title's holder anywhere;
        // "his children Elizabeth and Susan" are named by their given names, with no title
        boolean titled = m.type() == Mention.Type.PERSON && m.isBareRole() && m.actor().name() != null
                && !isRelativeNoun(article.sentences().get(m.sentence()), m.first());
        if ((m.type() == Mention.Type.PERSON || m.type() == Mention.Type.NAME) && (!m.isCoded() || titled)) {
            String name = titled ? m.actor().name() : m.text();
            Set<String> words = words(name);
            // The first person the article named so is the one a lone surname means: "Donald Trump ... his wife
            // Melania Trump ... Trump said" is Donald Trump; relatives named later go by their given names.
            for (Mention e : earlier) {
                if (isNamedBy(e, words)) return samePerson(m, e);
                if (e.type() == Mention.Type.NAME && !e.isCoded() && e.last() > e.first() && e.lastWord().equals(m.lastWord())) {
                    // "Usman Khan ... Khan": the surname is the person named in this article, not a dictionary namesake.
                    if (titled) return m; // "President Khan": the title still says who he is
                    return m.withActor(null, "same person as '" + e.text() + "' (sentence " + (e.sentence() + 1) + "), whom no dictionary names");
                }
            }
            List<ActorEntry> candidates = peopleBySurname.getOrDefault(name, List.of()).stream().filter(e -> e.holdsOn(date)).toList();
            if (titled && peopleOf(candidates).size() > 1) {
                // "Prime Minister Johnson" in 2020 is the prime minister, not the senator of that surname.
                List<ActorEntry> byTitle = candidates.stream().filter(e -> fitsTitle(e.actor(), m.actor())).toList();
                if (peopleOf(byTitle).size() == 1) candidates = byTitle;
            }
            if (candidates.isEmpty()) {
                // "Obama said" in 2020: the one person of that surname any dictionary knows, out of office, is an elite.
                List<ActorEntry> ever = peopleBySurname.getOrDefault(name, List.of());
                if (peopleOf(ever).size() == 1) candidates = ever;
            }
            ActorEntry e = peopleOf(candidates).size() == 1 ? ActorDictionary.codedOn(candidates, date).orElse(null) : null;
            if (e != null) return m.withActor(e.actor(), "surname of " + e.actor().name() + ", " + e.actor().code() + " " + e.range() + " (" + e.where() + ")");
            String given = m.text().split("\\s+")[0];
            Sentence s = article.sentences().get(m.sentence());
            boolean courtesy = m.first() > 0 && PhraseWords.bundled().isHonorific(s.token(m.first() - 1)); // "Mr Smith"
            boolean place = PhraseWords.bundled().isPlaceNoun(m.lastWord()); // "Uhuru Park" is no one
            if (m.type() == Mention.Type.NAME && !place && (m.last() > m.first() && genders.containsKey(given.toLowerCase(Locale.ROOT)) || courtesy)) {
                // "David Turpin", named by no dictionary: a private person, whose country RoleCountry gives.
                return new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.text(), Actor.of(null, ActorCodes.CIVILIAN, m.text()),
                        Mention.Type.PERSON, "a person no dictionary names (" + (courtesy ? "a courtesy title" : "'" + given + "' is a given name") + "): a private person");
            }
        }
        Mention led = ledGovernment(m, earlier);
        if (led != null) return led;
        Mention rank = rankOfPolice(m, earlier);
        if (rank != null) return rank;
        if (m.type() == Mention.Type.AGENT && isDefinite(article, m)) {
            Sentence s = article.sentences().get(m.sentence());
            String head = s.token(s.headOf(m.first(), m.last())).lemma().toLowerCase(Locale.ROOT);
            if ("organization".equals(descriptions.refersTo(head))) {
                Mention e = nearestGroup(earlier);
                if (e != null) {
                    return new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.text(), e.actor(), Mention.Type.DESCRIPTION,
                            refersTo(e));
                }
            }
            // "the interior minister, Wafula Wrzeszczyk": a description its apposition names is that person, no one named before
            boolean named = s.children(s.headOf(m.first(), m.last()), "appos").stream().anyMatch(a -> s.token(a).pos().startsWith("NNP"));
            if ("person".equals(descriptions.refersTo(head)) && !named) {
                String country = m.actor() == null ? null : m.actor().country();
                for (int k = earlier.size() - 1; k >= 0; k--) {
                    Mention e = earlier.get(k);
                    if (e.type() == Mention.Type.PERSON && e.isCoded() && (country == null || country.equals(e.actor().country()))
                            && sameBranch(m, e)) {
                        return new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.text(), e.actor(), Mention.Type.DESCRIPTION,
                                refersTo(e));
                    }
                }
            }
        }
        return m;
    }

    /**
     * "Police said the three officers were stabbed": a rank of both branches with no branch in its phrase
     * is of the police when the police are the branch the article named last; else null.
     */
    private static Mention rankOfPolice(Mention m, List<Mention> earlier) {
        if (m.type() != Mention.Type.AGENT || m.actor() == null || !ActorCodes.MILITARY.equals(m.actor().role())
                || !PhraseWords.bundled().isRankNoun(m.lastWord()) || m.text().contains(" ") && !m.isRoleOnly()) return null;
        for (int k = earlier.size() - 1; k >= 0; k--) {
            String role = earlier.get(k).actor() == null ? null : earlier.get(k).actor().role();
            if (ActorCodes.MILITARY.equals(role)) return null;
            if (ActorCodes.POLICE.equals(role)) {
                return m.withActor(Actor.of(m.actor().country(), ActorCodes.POLICE, m.actor().name()), m.resolvedBy() + "; of the police named before");
            }
        }
        return null;
    }

    /**
     * "the Trump administration", "the Erdogan government", "the Maduro regime": a government named by
     * the person who leads it is the government of that person's country, whether the person was
     * named before or is the one person of that surname the dictionaries know.
     */
    private Mention ledGovernment(Mention m, List<Mention> earlier) {
        if (m.type() != Mention.Type.AGENT || !m.isBareRole() || !ActorCodes.GOVERNMENT.equals(m.actor().role())) return null;
        String text = m.text().trim();
        int cut = text.lastIndexOf(' ');
        if (cut < 0) return null;
        String name = text.substring(0, cut);
        Set<String> words = words(name);
        String country = earlier.stream().filter(e -> isNamedBy(e, words) && e.isCoded() && e.actor().country() != null)
                .map(e -> e.actor().country()).findFirst().orElse(null);
        if (country == null) {
            Set<String> countries = peopleBySurname.getOrDefault(name, List.of()).stream().map(e -> e.actor().country())
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            if (countries.size() == 1) country = countries.iterator().next();
        }
        if (country == null) return null;
        return m.withActor(Actor.of(country, ActorCodes.GOVERNMENT, m.text()), "a government named by its leader, " + name + " (" + country + ")");
    }

    /**
     * "the president" is neither the judge nor the activist named before: a described office is held by a person of that branch of state;
     * "the former minister" and "the opposition leader" by no one in office.
     */
    private static boolean sameBranch(Mention description, Mention person) {
        String a = description.actor() == null ? null : description.actor().role();
        String b = person.actor().role();
        return a == null || b == null || a.equals(b) || !STATE_ROLES.contains(a) && !STATE_ROLES.contains(b);
    }

    private Mention pronoun(AnalyzedArticle article, Sentence s, int i, List<Mention> earlier, Map<String, String> told) {
        String word = s.token(i).word().toLowerCase(Locale.ROOT);
        String gender = word.equals("he") || word.equals("him") || word.equals("his") ? "male" : "female";
        Mention subject = null;
        Mention recent = null;
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Mention e = earlier.get(k);
            if (s.index() - e.sentence() > PRONOUN_WINDOW) break;
            if (!isPerson(article, e) || !agrees(article, e, gender, told) || isOwnClauseSubject(s, i, e)) continue;
            if (recent == null) recent = e;
            if (isSubject(article.sentences().get(e.sentence()), e)) {
                subject = e;
                break;
            }
        }
        Mention antecedent = subject != null ? subject : recent;
        if (antecedent == null) return null;
        if (antecedent.actor() != null && antecedent.actor().name() != null) told.putIfAbsent(antecedent.actor().name(), gender);
        return pronounFor(s, i, antecedent);
    }

    /**
     * "Ecuador's president welcomed him": an object pronoun is never the subject of its own verb,
     * which would have been "himself".
     */
    private static boolean isOwnClauseSubject(Sentence s, int pronoun, Mention e) {
        if (e.sentence() != s.index() || !s.parsed() || s.relation(pronoun).startsWith("nsubj") || s.relation(pronoun).equals("nmod:poss")) return false;
        int head = s.headOf(e.first(), e.last());
        return s.relation(head).startsWith("nsubj") && s.head(head) == s.head(pronoun);
    }

    /**
     * Whether a person may be "he" (male) or "she" (female): a title, a gendered role word or a
     * first name in the mention, the word before it ("Mrs. Clinton") or the actor's full name
     * says so, else the first pronoun taken for the person in this article; a person none of
     * them tells about agrees with both.
     */
    private boolean agrees(AnalyzedArticle article, Mention m, String gender, Map<String, String> told) {
        Sentence s = article.sentences().get(m.sentence());
        StringBuilder words = new StringBuilder(m.first() > 0 ? s.token(m.first() - 1).word() : "").append(' ').append(m.text());
        if (m.actor() != null && m.actor().name() != null) words.append(' ').append(m.actor().name());
        for (String w : words.toString().toLowerCase(Locale.ROOT).split("\\s+")) {
            String g = genders.get(w);
            if (g != null) return g.equals(gender);
        }
        // "Cengiz ... She explained": a pronoun already taken for the person tells
        String g = m.actor() == null || m.actor().name() == null ? null : told.get(m.actor().name());
        return g == null || g.equals(gender);
    }

    /**
     * The nearest earlier coded country, organization or role group that was a subject, in this or the
     * previous sentence. "It" is never a role word in the plural that names no one ("Chinese officials
     * said it killed three" speak of something else), though it may be the group a name gives
     * ("Hezbollah guerrillas ... said it").
     */
    private Mention collectivePronoun(AnalyzedArticle article, Sentence s, int i, List<Mention> earlier) {
        boolean singular = s.token(i).word().equalsIgnoreCase("it");
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Mention e = earlier.get(k);
            if (s.index() - e.sentence() > 1) break;
            if (e.type() == Mention.Type.PERSON || e.type() == Mention.Type.PRONOUN || !e.isCoded()) continue;
            Sentence there = article.sentences().get(e.sentence());
            if (singular && isUnnamedPlural(there, e)) continue;
            if (isSubject(there, e)) {
                return pronounFor(s, i, e);
            }
        }
        return null;
    }

    /** "Chinese officials", "the protesters": role words in the plural, with no name among their words. */
    private static boolean isUnnamedPlural(Sentence s, Mention m) {
        if (m.type() != Mention.Type.AGENT || !PluralReference.isPlural(s.token(s.headOf(m.first(), m.last())))) return false;
        return IntStream.rangeClosed(m.first(), m.last()).noneMatch(t -> s.token(t).pos().startsWith("NNP"));
    }

    /**
     * "Thousands of Peruvians protested, and police used tear gas to disperse them": "them" is the
     * last people named by a plural noun, in its sentence or the one before, who are not the
     * subject of its own clause (the police do not disperse themselves).
     */
    private Mention pluralObject(AnalyzedArticle article, Sentence s, int i, List<Mention> earlier) {
        Set<Integer> ownSubjects = new HashSet<>();
        for (int v = s.head(i); v >= 0; v = s.head(v)) {
            ownSubjects.addAll(s.children(v, "nsubj"));
            if (!s.relation(v).equals("xcomp")) break; // "used tear gas to disperse them": the subject of the verb an infinitive completes
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Mention e = earlier.get(k);
            if (s.index() - e.sentence() > 1) break;
            if (!e.isCoded() || e.type() == Mention.Type.PERSON || e.type() == Mention.Type.PRONOUN || e.actor().role() == null) continue;
            Sentence there = article.sentences().get(e.sentence());
            int head = there.headOf(e.first(), e.last());
            if (!PluralReference.isPlural(there.token(head))) continue;
            if (e.sentence() == s.index() && ownSubjects.contains(head)) continue;
            return pronounFor(s, i, e);
        }
        return null;
    }

    /** The pronoun at i, standing for its antecedent. */
    private static Mention pronounFor(Sentence s, int i, Mention antecedent) {
        Token t = s.token(i);
        return new Mention(s.index(), i, i, t.start(), t.end(), t.word(), antecedent.actor(), Mention.Type.PRONOUN, refersTo(antecedent));
    }

    /** How a pronoun or description was resolved: by the words it refers to, and where they are. */
    private static String refersTo(Mention antecedent) {
        return "refers to '" + antecedent.text() + "' (sentence " + (antecedent.sentence() + 1) + ")";
    }

    /** A clause's subject; not that of a small clause ("Egypt called it a violation": "it" is what Egypt called so). */
    private static boolean isSubjectToken(Sentence s, int i) {
        return s.relation(i).startsWith("nsubj") && !(s.head(i) >= 0 && s.relation(s.head(i)).equals("xcomp"));
    }

    /** A named person, or one office holder named by a role word ("the Kenyan president said he ..."). */
    private boolean isPerson(AnalyzedArticle article, Mention m) {
        if (m.type() == Mention.Type.PERSON) return true;
        if (m.type() != Mention.Type.AGENT || !m.isCoded() || m.actor().country() == null) return false;
        Sentence s = article.sentences().get(m.sentence());
        String tag = s.token(s.headOf(m.first(), m.last())).pos();
        return s.parsed() && (tag.equals("NN") || tag.equals("NNP")) && isPronounAntecedent(s, m); // "the president", "the prosecutor"
    }

    /** The noun of "his country", "her own nation" after the possessive at i, or -1 (phrase-words list homeland-noun). */
    private static int homelandNoun(Sentence s, int i) {
        if (!s.token(i).pos().equals("PRP$")) return -1;
        int k = i + 1;
        if (k < s.size() && s.token(k).lemma().equalsIgnoreCase("own")) k++;
        if (k >= s.size() || !PhraseWords.bundled().isHomelandNoun(s.token(k))) return -1;
        return k + 1 < s.size() && s.token(k + 1).isNoun() ? -1 : k; // "his country's", not "his nation state"
    }

    /** "said his country was ready": the country of the person "his" refers to. */
    private Mention homeland(AnalyzedArticle article, Sentence s, int first, int last, Mention person) {
        String country = person.actor().country();
        return new Mention(s.index(), first, last, s.token(first).start(), s.token(last).end(),
                article.text(s.token(first).start(), s.token(last).end()),
                new Actor(country, dictionary.countryName(country), country, null), Mention.Type.COUNTRY,
                "the country of '" + person.text() + "', whom '" + s.token(first).word() + "' refers to");
    }

    private boolean isPersonNoun(Sentence s, Mention m) {
        return "person".equals(referent(s, m));
    }

    /** "the president", or "Kenya's chief prosecutor", whose holder noun refers back to no one: an actor "he" or "she" may refer to. */
    private boolean isPronounAntecedent(Sentence s, Mention m) {
        String referent = referent(s, m);
        return "person".equals(referent) || "holder".equals(referent);
    }

    /** What the mention's head noun refers back to (data/actors/descriptions.tsv), or null. */
    private String referent(Sentence s, Mention m) {
        return descriptions.refersTo(s.token(s.headOf(m.first(), m.last())).lemma());
    }

    /**
     * "the group", "the terror group", "the Islamist movement": the nearest non-state organization;
     * "the two countries", "both sides": the actors last named together.
     */
    private List<Mention> description(AnalyzedArticle article, Sentence s, int i, List<Mention> earlier, PluralReference plurals) {
        Token t = s.token(i);
        String refersTo = t.isNoun() ? descriptions.refersTo(t.lemma()) : null;
        if (refersTo == null || refersTo.equals("holder")) return List.of();
        int first = s.parsed() ? phraseStart(s, i) : phraseStartUnparsed(s, i);
        String text = article.text(s.token(first).start(), t.end());
        if (!refersTo.equals("organization")) return plurals.description(s, first, i, text, null, refersTo.equals("person"));
        if (first == i || !s.token(first).lemma().equalsIgnoreCase("the")) return List.of();
        Mention e = nearestGroup(earlier);
        if (e == null) return List.of();
        return List.of(new Mention(s.index(), first, i, s.token(first).start(), t.end(), text,
                e.actor(), Mention.Type.DESCRIPTION, refersTo(e)));
    }

    private static int phraseStart(Sentence s, int head) {
        int first = head;
        for (int k : s.children(head, "det")) if (isDefiniteDeterminer(s.token(k))) first = Math.min(first, k);
        for (int k : s.children(head, "nummod")) first = Math.min(first, k);
        for (int k : s.children(head, "amod")) first = Math.min(first, k);
        for (int k : s.children(head, "compound")) first = Math.min(first, k);
        return first;
    }

    /** Without a parse (docs/performance.md), the adjectives, numbers and nouns just before the head, and a "the" or "both" before them. */
    private static int phraseStartUnparsed(Sentence s, int head) {
        int k = head - 1;
        while (k >= 0 && (s.token(k).pos().startsWith("JJ") || s.token(k).pos().equals("CD") || s.token(k).isNoun())) k--;
        return k >= 0 && isDefiniteDeterminer(s.token(k)) ? k : head;
    }

    /** "the group", "both countries". */
    private static boolean isDefiniteDeterminer(Token t) {
        return t.lemma().equalsIgnoreCase("the") || t.lemma().equalsIgnoreCase("both");
    }

    /** The nearest earlier non-state organization: not a country, an IGO, a state organ or a news agency. */
    private static Mention nearestGroup(List<Mention> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Mention e = earlier.get(k);
            if (e.type() == Mention.Type.ORGANIZATION && e.isCoded() && e.actor().country() != null
                    && !STATE_ROLES.contains(e.actor().role())) return e;
        }
        return null;
    }

    /** The mention is a subject; in a sentence left unparsed, one that comes before the first verb. */
    private static boolean isSubject(Sentence s, Mention m) {
        if (!s.parsed()) {
            for (int k = 0; k < m.first(); k++) if (s.token(k).isVerb()) return false;
            return true;
        }
        int head = s.headOf(m.first(), m.last());
        // "the interior minister, Wafula Wrzeszczyk, said": a name set beside the subject is the subject
        boolean apposed = s.relation(head).equals("appos") && s.head(head) >= 0 && s.relation(s.head(head)).startsWith("nsubj");
        return s.relation(head).startsWith("nsubj") || apposed;
    }

    private static boolean isDefinite(AnalyzedArticle article, Mention m) {
        Sentence s = article.sentences().get(m.sentence());
        return m.first() > 0 && s.token(m.first() - 1).lemma().equalsIgnoreCase("the");
    }

    /** The one the article names again: a later mention of an earlier person. */
    private static Mention samePerson(Mention m, Mention earlier) {
        return new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.text(), earlier.actor(), Mention.Type.PERSON,
                "same person as '" + earlier.text() + "' (sentence " + (earlier.sentence() + 1) + ")");
    }

    /** The people these dictionary entries name, each once. */
    private static Set<String> peopleOf(List<ActorEntry> entries) {
        return entries.stream().map(e -> e.actor().name()).collect(Collectors.toSet());
    }

    /** A dictionary person fits a title by its role, and by its country when the title names one ("British Prime Minister"). */
    private static boolean fitsTitle(Actor person, Actor title) {
        return Objects.equals(person.role(), title.role())
                && (title.country() == null || title.country().equals(person.country()));
    }

    /** An earlier person whose name, or the words that named them, hold all these words ("Trump" of "Donald Trump"). */
    private static boolean isNamedBy(Mention person, Set<String> words) {
        return person.type() == Mention.Type.PERSON && person.actor() != null && words(person.actor().name() + " " + person.text()).containsAll(words);
    }

    private static Set<String> words(String text) {
        return java.util.Arrays.stream(text.replace('\u2019', '\'').split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }
}
