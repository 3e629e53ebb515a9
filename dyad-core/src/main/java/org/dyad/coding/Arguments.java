package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/** Who is the source and who the target of a matched predicate, read off the dependency tree. */
final class Arguments {

    private static final int MAX_CLIMB = 4;

    private final Grammar grammar;
    private final Set<String> lightVerbs;

    Grammar grammar() {
        return grammar;
    }

    Arguments(Grammar grammar, Set<String> lightVerbs) {
        this.grammar = grammar;
        this.lightVerbs = lightVerbs;
    }

    List<Mention> sources(Sentence s, PredicateMatch m, MentionIndex mentions) {
        boolean noun = s.token(m.predicate()).isNoun();
        // "an Israeli strike" may be one that never happens; "Israel launched a strike" is an act.
        List<Mention> own = noun && isIndefinite(s, m.predicate()) ? List.of()
                : noun && m.source() < 0 ? nominalSources(s, m.predicate(), mentions)
                : mentionsOf(s, sourceTokens(s, m), mentions);
        if (!own.isEmpty() || !noun) return own;
        // "negotiators flew to Nairobi for talks with the rebels": the errand of whoever travels
        int above = s.head(m.predicate());
        if (above >= 0 && s.token(above).isVerb() && grammar.isErrandVerb(s.token(above).lemma())
                && grammar.errandPrepositions().stream().anyMatch(prep -> PredicateMatcher.caseIs(s, m.predicate(), prep))) {
            return mentionsOf(s, subject(s, above, 0), mentions);
        }
        // "Israel announced sanctions on ...": an event noun carried out by the verb above it, whose
        // object it is ("ordered mourning after the strike" did not carry out the strike), or a part of
        // that object ("launched a wave of airstrikes"; "launched an inquiry into the killing" did not kill),
        // or what a claim of responsibility is for ("claimed responsibility for the attack").
        int k = m.predicate();
        int below = k;
        for (int steps = 0; steps < 3 && k >= 0 && !s.token(k).isVerb(); steps++) {
            if (steps > 0 && !isPartOf(s, below) && !isClaimed(s, below)) return own;
            below = k;
            k = s.head(k);
        }
        if (k < 0 || !s.token(k).isVerb() || !lightVerbs.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) return own;
        String rel = s.relation(below);
        if (!rel.equals("obj") && !rel.equals("nsubj:pass")) return own;
        return mentionsOf(s, subject(s, k, 0), mentions);
    }

    private static boolean isCodedArgument(Sentence s, int token, MentionIndex mentions) {
        Mention m = mentions.forArgument(s, token);
        return m != null && m.isCoded();
    }

    /** "stated her intention to ...": a possessive pronoun that is the source's own names no target. */
    private boolean isSourcesOwn(Sentence s, PredicateMatch m, List<Integer> owner, MentionIndex mentions) {
        if (owner.size() != 1 || !s.token(owner.get(0)).pos().equals("PRP$")) return false;
        Mention own = mentions.forArgument(s, owner.get(0));
        return own != null && own.isCoded()
                && mentionsOf(s, sourceTokens(s, m), mentions).stream().anyMatch(src -> src.isCoded() && src.actor().code().equals(own.actor().code()));
    }

    /** "claimed responsibility for the attack": the act a noun of responsibility is for. */
    private boolean isClaimed(Sentence s, int noun) {
        return s.relation(noun).equals("nmod") && MentionIndex.hasCase(s, noun, "for") && grammar.isResponsibilityNoun(s.token(s.head(noun)).lemma());
    }

    /** "a wave of airstrikes", "sanctions and travel bans": a noun that is one of the nouns of its head's phrase. */
    private static boolean isPartOf(Sentence s, int noun) {
        String rel = s.relation(noun);
        return rel.equals("conj") || rel.equals("compound") || rel.equals("nmod") && MentionIndex.hasCase(s, noun, "of");
    }

    List<Mention> targets(Sentence s, PredicateMatch m, MentionIndex mentions) {
        return targets(s, m, mentions, true);
    }

    /**
     * "Trump withdrew the US from the treaty with Iran": an object that is the source's own country is
     * what the source moves, so the target is read as if the verb had no object.
     */
    List<Mention> targetsBeyondObject(Sentence s, PredicateMatch m, MentionIndex mentions) {
        return targets(s, m, mentions, false);
    }

    private List<Mention> targets(Sentence s, PredicateMatch m, MentionIndex mentions, boolean object) {
        List<Integer> tokens = targetTokens(s, m, mentions, object);
        List<Mention> targets = mentionsOf(s, tokens, mentions);
        // "missiles struck Kyiv", "rebels seized the town of Goma": force falls on a city, which stands for its country
        if ((grammar.isForceRoot(m.pattern().code()) || grammar.isCaptureCode(m.pattern().code())) && s.token(m.predicate()).isVerb()) {
            List<Integer> named = new ArrayList<>(tokens);
            if (named.isEmpty()) m.consumed().stream().filter(c -> grammar.isSettlementNoun(s.token(c).lemma())).forEach(named::add); // "seize town"
            List<Mention> places = placesNamed(s, named, targets, mentions);
            if (!places.isEmpty()) return places;
        }
        if (targets.stream().noneMatch(Mention::isCoded)) {
            int before = antecedentOfParticiple(s, m.predicate());
            if (before >= 0) targets = mentionsOf(s, List.of(before), mentions);
        }
        if (grammar.isTollRoot(m.pattern().code()) && targets.stream().noneMatch(Mention::isCoded) && s.token(m.predicate()).isVerb()
                && mentionsOf(s, subject(s, m.predicate(), 0), mentions).stream().anyMatch(Mention::isCoded)) {
            List<Mention> victims = mentionsOf(s, tollVictims(s, m.predicate()), mentions);
            if (victims.stream().anyMatch(Mention::isCoded)) return victims;
        }
        // "deployed troops to Somalia": a role word alone as the object is what is sent, not whom it is sent to.
        boolean named = targets.stream().anyMatch(t -> t.isCoded() && !t.isRoleOnly());
        if (m.target() >= 0 || named || s.token(m.predicate()).isNoun()) return targets;
        // "delivered tanks to Ukraine", "shared recordings with Saudi Arabia": when the object is a
        // thing, the actor it goes to is the target.
        List<Integer> anchors = new ArrayList<>(List.of(m.predicate()));
        anchors.addAll(objects(s, m.predicate()));
        anchors.addAll(m.consumed()); // "pledged 500 million euros in aid to Ukraine"
        List<String> prepositions = new ArrayList<>(grammar.recipientPrepositions());
        // "rallied outside the US embassy": a protest is aimed at the actor whose site it is held at.
        if (grammar.isProtestRoot(m.pattern().code())) prepositions.addAll(grammar.protestSitePrepositions());
        for (String prep : prepositions) {
            int t = PredicateMatcher.prepositionalObject(s, anchors, prep, grammar);
            if (t < 0) continue;
            List<Mention> recipients = mentionsOf(s, List.of(t), mentions);
            if (recipients.stream().anyMatch(Mention::isCoded)) return recipients;
        }
        // "soldiers and rebels exchanged gunfire in Kunduz": parties acting on each other fall on no place
        if (targets.stream().noneMatch(Mention::isCoded) && grammar.isPlaceTargetRoot(m.pattern().code()) && !m.pattern().reciprocal()) {
            Mention place = placeOfThing(s, anchors, mentions, grammar.isForceRoot(m.pattern().code()));
            if (place != null) return List.of(place);
        }
        return targets;
    }

    /**
     * "condemned the Israeli strike, calling it a crime", "commented on the deal, calling it void":
     * the "it" of a participle clause is what the clause it hangs on acts on, its object or else its
     * first phrase that is no time. -1 when the predicate is no such participle.
     */
    private int antecedentOfParticiple(Sentence s, int p) {
        int main = s.head(p);
        if (main < 0 || !s.token(p).pos().equals("VBG") || !s.token(main).isVerb() || !Set.of("dep", "advcl", "xcomp", "conj").contains(s.relation(p))) return -1;
        // "it" is the participle's own argument or that of its small clause ("calling it void")
        List<Integer> near = new ArrayList<>();
        for (Dependency d : s.children(p)) {
            near.add(d.dependent());
            for (Dependency e : s.children(d.dependent())) near.add(e.dependent());
        }
        if (near.stream().noneMatch(w -> grammar.isThingPronoun(s.token(w).word()) && s.token(w).pos().equals("PRP"))) return -1;
        List<Integer> obj = s.children(main, "obj");
        if (!obj.isEmpty()) return obj.get(0);
        for (int o : s.children(main, "obl")) {
            if (!grammar.isTemporal(s, o)) return o;
        }
        return -1;
    }

    /**
     * "stormed a hotel in Mogadishu, killing 15 civilians": the people a casualty participle after the
     * act names, though the parser hangs it on the act's object or on a noun of its phrases, are
     * whom the force fell on. Only for an act whose doer the text names: "a car bomb exploded,
     * killing 20 people" tells of no one's act.
     */
    private List<Integer> tollVictims(Sentence s, int p) {
        for (int v = p + 1; v < s.size(); v++) {
            if (!s.token(v).pos().equals("VBG") || !grammar.isCasualtyVerb(s.token(v).lemma())) continue;
            int h = s.head(v);
            for (int steps = 0; h >= 0 && h != p && steps < 3 && s.token(h).isNoun(); steps++) h = s.head(h);
            if (h == p) return s.children(v, "obj");
        }
        return List.of();
    }

    /**
     * The countries of the places the target tokens name, the gazetteer's cities ("Goma", "the town
     * of Goma") and capitals that stand for a government elsewhere ("Kyiv"), when no other actor
     * is named; else none.
     */
    private List<Mention> placesNamed(Sentence s, List<Integer> tokens, List<Mention> targets, MentionIndex mentions) {
        if (targets.stream().anyMatch(t -> t.isCoded() && t.type() != Mention.Type.INSTITUTION)) return List.of();
        List<Mention> out = new ArrayList<>();
        for (int t : tokens) {
            List<Integer> all = new ArrayList<>(List.of(t));
            all.addAll(s.children(t, "conj"));
            for (int a : all) {
                Mention place = placeNamed(s, a, mentions);
                if (place == null) return List.of();
                out.add(place);
            }
        }
        return out;
    }

    /** The country of the place a noun names, itself or by its "of" phrase ("the town of Goma"), as a mention of that country; or null. */
    private Mention placeNamed(Sentence s, int noun, MentionIndex mentions) {
        int name = noun;
        if (!s.token(noun).pos().startsWith("NNP")) {
            int of = PredicateMatcher.prepositionalObject(s, List.of(noun), "of", grammar);
            if (of < 0 || !grammar.isSettlementNoun(s.token(noun).lemma())) return null;
            name = of;
        }
        if (!s.token(name).pos().startsWith("NNP")) return null;
        Mention known = mentions.at(s.index(), name);
        // a name no dictionary knows, or a capital read as its government
        if (known != null && known.isCoded() && known.type() != Mention.Type.INSTITUTION) return null;
        int first = known != null ? known.first() : name;
        int last = known != null ? known.last() : name;
        for (Dependency d : s.children(name)) {
            int c = d.dependent();
            if (known == null && (d.relation().equals("compound") || d.relation().equals("flat")) && s.token(c).pos().startsWith("NNP")) {
                first = Math.min(first, c);
                last = Math.max(last, c);
            }
        }
        String country = mentions.placeCountry(s.index(), first, last);
        if (country == null || known != null && known.isCoded() && !country.equals(known.actor().country())) return null;
        String text = String.join(" ", s.tokens().subList(first, last + 1).stream().map(Token::word).toList());
        return new Mention(s.index(), first, last, s.token(first).start(), s.token(last).end(), text,
                new Actor(country, text, country, null), Mention.Type.PLACE, "gazetteer: the country of the place the act fell on");
    }

    /**
     * "struck targets in Gaza", "condemned human rights abuses in Egypt": an act on things in a
     * country the text names is aimed at that country. A capital stands for its country here,
     * not for its government.
     */
    private Mention placeOfThing(Sentence s, List<Integer> anchors, MentionIndex mentions, boolean force) {
        for (String prep : grammar.placePrepositions()) {
            int t = PredicateMatcher.prepositionalObject(s, anchors, prep, grammar);
            Mention place = t < 0 ? null : mentions.forArgument(s, t);
            if (force && t >= 0 && (place == null || !place.isCoded())) place = placeNamed(s, t, mentions); // "struck targets in Kharkiv"
            if (place == null) continue;
            if (place.type() == Mention.Type.PLACE) return place;
            if (!place.isCoded() || place.actor().country() == null
                    || place.type() != Mention.Type.COUNTRY && place.type() != Mention.Type.INSTITUTION) continue;
            String country = place.actor().country();
            return new Mention(place.sentence(), place.first(), place.last(), place.start(), place.end(), place.text(),
                    new Actor(country, place.text(), country, null), place.type(), place.resolvedBy() + "; the country of the place the act fell on");
        }
        return null;
    }

    private List<Integer> sourceTokens(Sentence s, PredicateMatch m) {
        int p = m.predicate();
        if (m.source() >= 0) return List.of(m.source());
        // "she received a life sentence": a subject the pattern makes the target did not do the act
        if (m.pattern().subjectSuffers()) return List.of();
        if (isPassive(s, p)) {
            // "was condemned by Egypt", or "was condemned by Egypt in a joint statement": the agent of the verb or of its means
            // ("destroyed, with estimates by the Red Cross ranging ...": a phrase not "in" is no means)
            List<Integer> anchors = new ArrayList<>(List.of(p));
            anchors.addAll(s.children(p, "obl").stream().filter(o -> PredicateMatcher.caseIs(s, o, "in")).toList());
            int agent = PredicateMatcher.prepositionalObject(s, anchors, "by", grammar);
            if (agent >= 0) return List.of(agent);
            // "was killed in a US airstrike": the operation it happened in names who did it
            int means = PredicateMatcher.prepositionalObject(s, List.of(p), "in", grammar);
            if (means >= 0 && grammar.isMeansNoun(s.token(means))) return List.of(means);
            // "the agreement between Ghana and Togo was signed": the parties to an act done together that the
            // pattern's own noun names are who did it
            if (grammar.isReciprocal(m.pattern().code())) {
                for (int patient : s.children(p, "nsubj:pass")) {
                    int parties = m.consumed().contains(patient) ? PredicateMatcher.prepositionalObject(s, List.of(patient), "between", grammar) : -1;
                    if (parties >= 0) return List.of(parties);
                }
            }
            return List.of();
        }
        return subject(s, p, 0);
    }

    private List<Integer> targetTokens(Sentence s, PredicateMatch m, MentionIndex mentions, boolean object) {
        int p = m.predicate();
        if (m.target() >= 0) return withRepeatedPreposition(s, m.target());
        if (s.token(p).isNoun()) {
            List<Integer> under = clauseUnderEvent(s, p);
            if (!under.isEmpty()) return under;
            List<Integer> sufferer = sufferer(s, p);
            return sufferer.isEmpty() ? casualties(s, p) : sufferer;
        }
        if (isPassive(s, p)) {
            boolean reduced = isReducedPassive(s, p);
            List<Integer> patient = reduced ? reducedPatient(s, p) : s.children(p, "nsubj:pass");
            // "Turkey is under sanctions and was condemned": a conjoined passive shares the first clause's subject,
            // and so does a passive clause of time or manner with no subject of its own ("died after being detained").
            boolean shares = s.relation(p).startsWith("conj") || s.relation(p).startsWith("advcl");
            if (patient.isEmpty() && !reduced && shares) patient = s.children(s.head(p), "nsubj"); // "nsubj:pass" too
            // "the truce was brokered between Israel and Hamas", "the sanctions imposed on Iran": the
            // pattern's own noun as patient is no actor; the target is read as for that noun as object
            if (patient.isEmpty() || !m.consumed().containsAll(patient)) return patient;
        }
        List<Integer> obj = object ? objects(s, p) : new ArrayList<>();
        obj.removeAll(m.consumed());
        List<Integer> iobj = s.children(p, "iobj");
        // "lent Zambia 1.3 billion dollars", "gave Ukraine aid": what is given is no actor, whom it is given to is
        if (!iobj.isEmpty() && obj.stream().noneMatch(o -> isCodedArgument(s, o, mentions))) return iobj;
        if (!obj.isEmpty()) {
            // "met the IMF, and then President Trump": a noun the parser joins to the verb is a second object.
            for (int c : s.children(p, "conj")) {
                if (s.token(c).isNoun() && s.children(c, "nsubj").isEmpty() && s.children(c, "case").isEmpty()) obj.add(c);
            }
            return obj;
        }
        if (!iobj.isEmpty()) return iobj;
        // "alleged that Iran had armed the rebels": a complaint or accusation is aimed at whoever its clause is about.
        if (grammar.isAccusationRoot(m.pattern().code())) {
            for (int clause : s.children(p, "ccomp")) {
                // "alleged Navalny was poisoned": a passive clause's subject is who suffered, not who is accused.
                List<Integer> about = s.children(clause).stream().filter(d -> d.relation().equals("nsubj")).map(Dependency::dependent).toList();
                if (!about.isEmpty()) return about;
            }
        }
        // "called Trump's conduct a breach": the subject of a small clause the pattern names is what the act is about.
        for (int element : m.consumed()) {
            List<Integer> about = s.children(element, "nsubj");
            // "called Stone's sentence "unjust"": before a quoted word the parser may leave the subject unlabelled
            if (about.isEmpty()) about = s.children(element, "dep").stream().filter(d -> d > p && d < element && s.token(d).isNoun()).toList();
            if (!about.isEmpty()) return about;
        }
        // "stop cooperation with X", "imposed sanctions on X", "recalled its ambassador to X": with an
        // object noun in the pattern, a prepositional phrase on it or on the verb names the target;
        // the noun itself when it names an actor ("expelled the Libyan ambassador"), its owner
        // ("dismissed Berlin's claim"), or an actor named inside its phrase.
        for (int noun : m.consumed()) {
            if (!s.token(noun).isNoun()) continue;
            Mention named = mentions.at(s.index(), noun);
            // "released 12 hostages": people an act on people names in its pattern are whom it is done to, though a role word alone
            if (named != null && named.isCoded() && (!named.isRoleOnly() || grammar.isPersonPatientCode(m.pattern().code()))) return List.of(noun);
            List<Integer> owner = s.children(noun, "nmod:poss");
            if (!owner.isEmpty() && !isSourcesOwn(s, m, owner, mentions)) return owner;
            int prepositional = -1;
            for (String prep : grammar.nounTargetPrepositions()) {
                int t = PredicateMatcher.prepositionalObject(s, List.of(noun, p), prep, grammar);
                if (t < 0) continue;
                Mention there = mentions.forArgument(s, t);
                if (there != null && there.isCoded()) return List.of(t);
                if (prepositional < 0) prepositional = t;
            }
            // "expressed support for Togo's bid to join the council": the parser may read "for" as the mark of a
            // clause on the noun, whose subject is then what the noun is for
            if (prepositional < 0) {
                for (int clause : s.children(noun, "acl")) {
                    if (!PredicateMatcher.isIntroducedBy(s, clause, "for"::equals)) continue;
                    List<Integer> subject = s.children(clause, "nsubj");
                    if (!subject.isEmpty()) prepositional = subject.get(0);
                }
            }
            // "dismissed a Trump lawsuit", "rejected the Bolivian proposal on sea access": an actor named inside
            // the noun's phrase; not for acts done together, whose parties are the subjects ("signed the
            // US-Mexico agreement"), but for force, which falls on what it takes ("captured the Ukrainian town").
            boolean together = m.pattern().reciprocal() || grammar.isReciprocal(m.pattern().code()) && !grammar.isForceRoot(m.pattern().code());
            Mention inside = together ? null : mentions.forArgument(s, noun);
            if (inside != null && inside.isCoded() && (!inside.isRoleOnly() || isCompoundOf(s, inside, noun))) return List.of(s.headOf(inside.first(), inside.last()));
            // "carry out the reforms demanded by protesters": people named as who asked for the thing, though by a role word alone
            Mention holder = mentions.holder(s, noun);
            if (holder != null) return List.of(s.headOf(holder.first(), holder.last()));
            if (prepositional >= 0) return List.of(prepositional);
        }
        return List.of();
    }

    /**
     * A verb's direct objects. "Detained and later released a German tourist", "condemned and rejected
     * the proposal": of two verbs joined with nothing of the first between them, before their one
     * object, the parser gives the object to either; the other shares it.
     */
    private static List<Integer> objects(Sentence s, int verb) {
        List<Integer> own = s.children(verb, "obj");
        if (!own.isEmpty()) return new ArrayList<>(own);
        // "helped Ukraine repair its grid": the parser makes the object the subject of a bare infinitive clause
        for (int c : s.children(verb, "ccomp")) {
            if (s.token(c).pos().equals("VB") && s.children(c, "mark").isEmpty() && s.children(c, "aux").isEmpty()) return new ArrayList<>(s.children(c, "nsubj"));
        }
        if (!s.children(verb, "ccomp").isEmpty() || !s.children(verb, "xcomp").isEmpty()) return new ArrayList<>();
        for (int c : s.children(verb, "conj")) {
            if (c > verb && joinedBare(s, verb, c)) return new ArrayList<>(s.children(c, "obj"));
        }
        int head = s.head(verb);
        if (head >= 0 && head < verb && s.relation(verb).equals("conj") && joinedBare(s, head, verb)) {
            return new ArrayList<>(s.children(head, "obj").stream().filter(o -> o > verb).toList());
        }
        return new ArrayList<>();
    }

    /** "detained and later released": verbs joined with only the second's conjunction and adverbs between them, and no subject of its own. */
    private static boolean joinedBare(Sentence s, int first, int second) {
        if (!s.token(first).isVerb() || !s.token(second).isVerb() || !s.children(second, "nsubj").isEmpty() || !s.children(second, "nsubj:pass").isEmpty()) return false;
        for (int t = first + 1; t < second; t++) {
            if (s.head(t) != second) return false;
        }
        return true;
    }

    /** "banned opposition rallies": a role word that is a noun before the noun, which names whose the thing is. */
    private static boolean isCompoundOf(Sentence s, Mention inside, int noun) {
        int head = s.headOf(inside.first(), inside.last());
        return s.head(head) == noun && s.relation(head).equals("compound");
    }

    /**
     * "the killing of two journalists", "Navalny's arrest": who suffers an act a noun of suffering
     * names (grammar list patient-noun) is its "of" phrase, else its possessive.
     */
    private List<Integer> sufferer(Sentence s, int noun) {
        if (!grammar.isPatientNoun(s.token(noun).lemma())) return List.of();
        int of = PredicateMatcher.prepositionalObject(s, List.of(noun), "of", grammar);
        return of >= 0 ? List.of(of) : s.children(noun, "nmod:poss");
    }

    /**
     * "met with the IMF on Tuesday, then with President Trump": a target named by a preposition
     * is joined by the other phrases of the same preposition on the same word.
     */
    private static List<Integer> withRepeatedPreposition(Sentence s, int target) {
        List<Integer> out = new ArrayList<>(List.of(target));
        int head = s.head(target);
        List<Integer> cases = s.children(target, "case");
        if (head < 0 || cases.size() != 1 || !s.relation(target).startsWith("obl")) return out;
        String preposition = s.token(cases.get(0)).lemma();
        for (int other : s.children(head, s.relation(target))) {
            if (other != target && PredicateMatcher.caseIs(s, other, preposition)) out.add(other);
        }
        return out;
    }

    /** "a bombing killed five soldiers", "five soldiers died in the attack": who an event noun killed or injured suffered it. */
    private List<Integer> casualties(Sentence s, int noun) {
        int verb = s.head(noun);
        if (verb < 0 || !grammar.isCasualtyVerb(s.token(verb).lemma())) return List.of();
        if (s.relation(noun).startsWith("nsubj")) return s.children(verb, "obj");
        if (!s.relation(noun).startsWith("obl") || !PredicateMatcher.caseIs(s, noun, "in")) return List.of();
        List<Integer> who = new ArrayList<>(s.children(verb, "nsubj:pass"));
        who.addAll(s.children(verb, "nsubj"));
        return who;
    }

    /**
     * "Turkey is under EU sanctions", "the convoy came under attack", "he announced the change despite
     * criticism by Greece": the clause an event noun hangs on by such a preposition (grammar list
     * subject-target-preposition) is done under it, so its subject is the event's target.
     */
    private List<Integer> clauseUnderEvent(Sentence s, int noun) {
        if (grammar.subjectTargetPrepositions().stream().noneMatch(prep -> PredicateMatcher.caseIs(s, noun, prep))) return List.of();
        List<Integer> own = s.children(noun, "nsubj");
        if (!own.isEmpty()) return own;
        // "announced it on television and again verbally, despite criticism": the verb the phrase's head belongs to
        int h = s.head(noun);
        for (int steps = 0; h >= 0 && !s.token(h).isVerb() && steps < 2; steps++) h = s.head(h);
        return h < 0 || !s.token(h).isVerb() ? List.of() : subject(s, h, 0);
    }

    /**
     * "went on a stabbing spree in Nairobi, killing four people": the toll a trailing participle
     * tells is done by the subject of the clause it hangs on, when that clause tells no act of
     * force (else the toll is that act's: "bombed a bus, killing eight"); no one otherwise.
     */
    List<Mention> tollSources(Sentence s, int participle, boolean clauseIsForce, MentionIndex mentions) {
        if (clauseIsForce || !isTrailingParticiple(s, participle) || !grammar.isCasualtyVerb(s.token(participle).lemma())) return List.of();
        return mentionsOf(s, subject(s, s.head(participle), 1), mentions);
    }

    /** "commented on the deal, calling it void": a participle clause after a comma, which the parser may leave unlabelled. */
    private static boolean isTrailingParticiple(Sentence s, int v) {
        int h = s.head(v);
        return h >= 0 && s.relation(v).equals("dep") && s.token(v).pos().equals("VBG") && s.token(h).isVerb() && v > 0 && s.token(v - 1).word().equals(",");
    }

    /** The subject of a verb, or of the clause that controls it when it has none of its own. */
    private List<Integer> subject(Sentence s, int v, int depth) {
        for (int subj : s.children(v, "nsubj")) {
            if (s.relation(subj).equals("nsubj:pass")) continue;
            if (grammar.isRelativeTag(s.token(subj).pos()) && s.relation(v).startsWith("acl") && s.head(v) >= 0) {
                return List.of(s.head(v)); // "Kerry, who urged ...": the relative clause's noun
            }
            // "This Thursday the commission criticized ...": the parser may take a fronted time for the
            // subject and hang the subject on it
            List<Integer> hung = grammar.isTemporal(s, subj) ? s.children(subj, "dep") : List.of();
            return hung.isEmpty() ? List.of(subj) : hung;
        }
        // "On Tuesday Mitsotakis met ...", "Later on Tuesday Mitsotakis met ...": with no comma after the time,
        // the parser may join the day to the name after it and hang both on the verb (or its "later") as a time
        List<Integer> times = new ArrayList<>(s.children(v, "obl"));
        for (int a : s.children(v, "advmod")) times.addAll(s.children(a, "obl"));
        for (int o : times) {
            boolean dayBeforeName = s.token(o).pos().startsWith("NNP") && o < v
                    && s.children(o, "compound").stream().anyMatch(c -> c < o && grammar.isTemporal(s, c));
            if (dayBeforeName) return List.of(o);
        }
        int h = s.head(v);
        if (h < 0 || depth >= MAX_CLIMB) return List.of();
        String rel = s.relation(v);
        if (rel.equals("xcomp")) {
            // "ordered troops to withdraw", "used the meeting to criticize X": the subject acts
            if (grammar.isCommandVerb(s.token(h).lemma()) || grammar.isInstrumentVerb(s.token(h).lemma())) return subject(s, h, depth + 1);
            List<Integer> controller = s.children(h, "obj");
            // "Ghana is prepared to negotiate", "was asked to leave": a passive's subject is what it acts on
            if (controller.isEmpty()) controller = s.children(h, "nsubj:pass");
            return controller.isEmpty() ? subject(s, h, depth + 1) : controller;
        }
        if (rel.startsWith("acl")) {
            // "issued a statement condemning X": a text does what its author does
            int verb = s.head(h);
            // "fired rockets targeting Israeli towns": a missile goes where whoever fired it aims
            boolean authored = s.relation(h).equals("obj") && verb >= 0
                    && (grammar.isAuthoringVerb(s.token(verb).lemma()) || grammar.isMissileNoun(s.token(h)));
            return authored ? subject(s, verb, depth + 1) : List.of(h);
        }
        // "Iran was accused of the attack and denied it": an active verb joined to a passive one shares its subject
        if (rel.equals("conj") && !isPassive(s, v) && !s.token(v).pos().equals("VBN")) {
            List<Integer> shared = s.children(h, "nsubj:pass");
            if (!shared.isEmpty()) return shared;
        }
        if (rel.startsWith("advcl") && PredicateMatcher.isIntroducedBy(s, v, grammar::isDeedMark)) {
            // "arrested two men for attacking a police station", "were sentenced for insulting the king": who is
            // punished or praised for a deed did it
            List<Integer> doer = s.children(h, "obj");
            if (doer.isEmpty()) doer = s.children(h, "nsubj:pass");
            if (!doer.isEmpty()) return doer;
        }
        if (rel.startsWith("advcl") || rel.startsWith("obl") || rel.equals("conj")) return subject(s, h, depth + 1);
        // "commented on the deal, calling it void": the parser may leave a trailing participle clause unlabelled;
        // after a comma it is one ("denied attacking" is a complement, which factuality reads). Its toll
        // ("bombed a bus, killing eight") is the act told, not another.
        if (isTrailingParticiple(s, v) && !grammar.isCasualtyVerb(s.token(v).lemma())) {
            return subject(s, h, depth + 1);
        }
        return List.of();
    }

    /**
     * "Israel's sanctions", "Israeli airstrikes", "the Hamas attack", "the attack by X": the first
     * of these that names a coded actor ("Tuesday's North Korean attack" is North Korea's).
     */
    private List<Mention> nominalSources(Sentence s, int noun, MentionIndex mentions) {
        int by = PredicateMatcher.prepositionalObject(s, List.of(noun), "by", grammar);
        // "Navalny's arrest": the possessive of a noun of suffering is its doer only beside an "of" phrase ("Israel's killing of ...").
        boolean owner = !grammar.isPatientNoun(s.token(noun).lemma()) || PredicateMatcher.prepositionalObject(s, List.of(noun), "of", grammar) >= 0;
        // "the Vienna talks" were held in Vienna, not by Austria
        List<Integer> compounds = s.children(noun, "compound").stream()
                .filter(c -> mentions.at(s.index(), c) == null || !MentionIndex.namesVenue(s, noun, mentions.at(s.index(), c))).toList();
        List<List<Integer>> candidates = List.of(owner ? s.children(noun, "nmod:poss") : List.of(), s.children(noun, "amod"),
                compounds, by >= 0 ? List.of(by) : List.of());
        for (List<Integer> tokens : candidates) {
            List<Mention> found = mentionsOf(s, tokens, mentions);
            if (found.stream().anyMatch(Mention::isCoded)) return found;
        }
        return List.of();
    }

    private static boolean isIndefinite(Sentence s, int noun) {
        for (int d : s.children(noun, "det")) {
            String w = s.token(d).word().toLowerCase(Locale.ROOT);
            if (w.equals("a") || w.equals("an")) return true;
        }
        return false;
    }

    /**
     * The act falls on a thing, not an actor: its object (one the pattern does not name), or what
     * its passive acts on, names no actor and cannot stand for people ("received 60 percent of
     * the vote", "the primaries held that day").
     */
    boolean fallsOnThing(Sentence s, PredicateMatch m, MentionIndex mentions) {
        int p = m.predicate();
        if (!s.token(p).isVerb()) return false;
        List<Integer> patients = !isPassive(s, p) ? objects(s, p)
                : isReducedPassive(s, p) ? reducedPatient(s, p) : s.children(p, "nsubj:pass");
        for (int o : patients) {
            if (m.consumed().contains(o) || mayBePeople(s, o)) continue;
            // a name no dictionary knows may still be a person's
            Mention named = mentions.forArgument(s, o);
            if (named == null || !named.isCoded() && named.type() != Mention.Type.NAME) return true;
            // "the children's contest was held", "met the demands of the protesters": an actor who owns the thing is not it
            if (mentions.at(s.index(), o) == null && hasOwner(s, o)) return true;
        }
        return false;
    }

    private boolean hasOwner(Sentence s, int noun) {
        return !s.children(noun, "nmod:poss").isEmpty() || PredicateMatcher.prepositionalObject(s, List.of(noun), "of", grammar) >= 0;
    }

    /** "arrested him", "detained 20", "caught both of them", "jailed thousands", "whom it held": words that may stand for people. */
    private boolean mayBePeople(Sentence s, int t) {
        Token token = s.token(t);
        if (token.pos().startsWith("PRP") || token.pos().startsWith("WP")) return !grammar.isThingPronoun(token.word());
        return grammar.isCrowd(token) || token.pos().equals("DT") && !s.children(t).isEmpty();
    }

    static boolean isPassive(Sentence s, int v) {
        return isMarkedPassive(s, v) || isReducedPassive(s, v);
    }

    /** A passive the parse labels as one, by its subject or its auxiliary ("was killed", "is prepared to"). */
    static boolean isMarkedPassive(Sentence s, int v) {
        return !s.children(v, "nsubj:pass").isEmpty() || !s.children(v, "aux:pass").isEmpty();
    }

    /**
     * "the men detained on Monday", "when asked about the deal, Trump said", "ships assisted by
     * aircraft": a past participle with no auxiliary is passive when it heads a clause of its own
     * with no subject, or has a "by" phrase.
     */
    private static boolean isReducedPassive(Sentence s, int v) {
        if (!s.token(v).pos().equals("VBN") || !s.children(v, "aux").isEmpty()) return false;
        String rel = s.relation(v);
        boolean clause = (rel.startsWith("acl") || rel.startsWith("advcl")) && s.children(v, "nsubj").isEmpty();
        return clause || s.children(v, "obl").stream().anyMatch(o -> PredicateMatcher.caseIs(s, o, "by"));
    }

    /**
     * The word a passive acts on, or -1 when the verb is none: its passive subject ("sanctions were
     * imposed on Iran": the sanctions), or what a reduced passive modifies ("the decree signed by the Pope").
     */
    static int passiveObject(Sentence s, int v) {
        if (!s.token(v).isVerb()) return -1;
        List<Integer> subject = s.children(v, "nsubj:pass");
        if (!subject.isEmpty()) return subject.get(0);
        if (!isReducedPassive(s, v)) return -1;
        List<Integer> patient = reducedPatient(s, v);
        return patient.isEmpty() ? -1 : patient.get(0);
    }

    /** Who suffered a reduced passive: the noun it modifies, the subject of the clause it depends on, or its own subject. */
    private static List<Integer> reducedPatient(Sentence s, int v) {
        if (!s.children(v, "nsubj").isEmpty()) return s.children(v, "nsubj");
        return s.relation(v).startsWith("acl") ? List.of(s.head(v)) : s.children(s.head(v), "nsubj");
    }

    /**
     * Each argument token and its coordinated partners ("Israel and Egypt"), as mentions, without
     * repeats; partners of an actor found inside the argument's phrase count too ("delegations of
     * Cyprus, Greece and Israel", "the agreement between Turkey and Libya"), and so do partners of
     * a word inside the argument's own mention ("the ministers of Egypt and Greece", "Hungarian
     * and Romanian officials"), and so do the members of a group a plural refers to ("the two
     * countries").
     */
    static List<Mention> mentionsOf(Sentence s, List<Integer> tokens, MentionIndex mentions) {
        List<Mention> out = new ArrayList<>();
        List<Integer> reachedBy = new ArrayList<>(); // the token each mention was found from
        for (int t : tokens) {
            List<Integer> all = new ArrayList<>(List.of(t));
            all.addAll(s.children(t, "conj"));
            for (int a : all) {
                Mention m = mentions.forArgument(s, a);
                if (m != null) add(m, a, mentions, out, reachedBy);
            }
        }
        // Partners of partners too: "the Kenyan minister and his Ugandan and Rwandan counterparts".
        for (int i = 0; i < out.size(); i++) {
            for (int partner : partners(s, out.get(i), reachedBy.get(i))) {
                Mention p = mentions.at(s.index(), partner);
                if (p != null && p.isCoded()) add(p, partner, mentions, out, reachedBy);
            }
            for (Mention p : mentions.hyphenated(s, out.get(i))) add(p, p.first(), mentions, out, reachedBy);
        }
        return out;
    }

    private static void add(Mention m, int token, MentionIndex mentions, List<Mention> out, List<Integer> reachedBy) {
        for (Mention member : mentions.sameWords(m)) {
            if (out.contains(member)) continue;
            out.add(member);
            reachedBy.add(token);
        }
    }

    /** Tokens coordinated with a mention: with its head when it was found inside the argument's phrase, else with any of its words. */
    private static List<Integer> partners(Sentence s, Mention m, int token) {
        List<Integer> partners = new ArrayList<>();
        if (!m.covers(s.index(), token)) partners.addAll(s.children(s.headOf(m.first(), m.last()), "conj"));
        for (int k = m.first(); k <= m.last(); k++) {
            partners.addAll(s.children(k, "conj"));
            if (s.relation(k).startsWith("conj")) {
                partners.add(s.head(k)); // "Greek, Cypriot and French counterparts": all the head's conjuncts
                partners.addAll(s.children(s.head(k), "conj"));
            }
        }
        partners.removeIf(p -> p < 0 || m.covers(s.index(), p));
        return partners;
    }
}
