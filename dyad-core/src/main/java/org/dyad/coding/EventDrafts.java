package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorCodes;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.text.Sentence;

/**
 * From a matched predicate to its events: the code refined by what a speech act is about or
 * by the act being only intended, and one event per source-target pair.
 */
final class EventDrafts {

    private static final String COMBAT = "190";
    private static final String SMALL_ARMS = "193";
    private static final String ASSAULT = "180";
    private static final String KILLING = "1823";
    private static final String REPRESSION = "175";
    private static final String RIOT = "145";
    private static final String CRITICISM = "111";
    private static final String OCCUPATION = "192";
    private static final String VIOLENCE_ROOT = "18";

    private final Arguments arguments;
    private final SpeechActs speechActs;
    private final Factuality factuality;
    private final Grammar grammar;
    private final ImpliedActors implied;

    EventDrafts(CodingTables tables) {
        this.implied = tables.implied();
        this.grammar = tables.grammar();
        this.arguments = new Arguments(tables.grammar(), tables.lightVerbs());
        this.speechActs = tables.speechActs();
        this.factuality = tables.factuality();
    }

    List<Draft> of(Sentence s, PredicateMatch m, List<PredicateMatch> matches, MentionIndex mentions) {
        if (m.pattern().isNull() || speechActs.isContent(s, m, matches)) return List.of();
        // "riot police", "peace envoy": an event noun inside an actor's name is no event
        Mention around = mentions.at(s.index(), m.predicate());
        if (s.token(m.predicate()).isNoun() && around != null && around.isCoded() && m.predicate() < around.last()) return List.of();
        Factuality.Verdict verdict = factuality.of(s, m.predicate());
        for (int element : m.consumed()) {
            // "said it must withdraw its troops", "said it was not a mistake": a verb or copular predicate the
            // pattern names carries its own modality and negation.
            boolean predicate = s.token(element).isVerb() || !s.children(element, "cop").isEmpty();
            Factuality.Verdict own = predicate ? factuality.own(s, element) : null;
            if (own != null && own.effect() != Factuality.Effect.DONE && verdict.effect() == Factuality.Effect.DONE) verdict = own;
        }
        if (verdict.effect() == Factuality.Effect.NONE) return List.of();
        String code = m.pattern().code();
        String pattern = m.pattern().text();
        if (verdict.isNegated() && grammar.isAssentVerb(s.token(m.predicate()).lemma())) {
            // "did not accept the offer", "did not accede to the demands": not assenting is rejecting (120)
            code = "120";
            pattern += " (not)";
            verdict = Factuality.Verdict.DONE;
        } else if (verdict.effect() == Factuality.Effect.REFUSED && speechActs.refused(code) != null) {
            // "would not recognize the assembly", "will not meet the envoy": cooperation refused is a rejection (125, 124, ...)
            code = speechActs.refused(code);
            pattern += " (" + verdict.cue() + ")";
            verdict = Factuality.Verdict.DONE;
        }
        List<Mention> targets = arguments.targets(s, m, mentions);
        if (targets.stream().noneMatch(Mention::isCoded) && grammar.isPurposeRoot(m.pattern().code())) {
            PredicateMatch purpose = purposeOfTheSameKind(s, m, matches);
            if (purpose != null) targets = arguments.targets(s, purpose, mentions);
        }
        SpeechActs.Act act = SpeechActs.Act.of(code);
        PredicateMatch content = act == null ? null : speechActs.content(s, m, act, matches);
        // the act announced or refused moves whom its own clause moves: "intends to withdraw its troops from Mali"
        int moving = m.predicate();
        if (act != null && targets.isEmpty()) {
            targets = SpeechActs.addressees(s, m, content, act, mentions, arguments);
            if (content != null && act != SpeechActs.Act.APPEAL && act != SpeechActs.Act.DEMAND) moving = content.predicate();
        }
        String refined = content == null ? null : speechActs.code(act, content.pattern().code());
        // "vowed to punish X": force or coercion promised is a threat, as the future tense makes it one
        String threat = act == SpeechActs.Act.INTENT && content != null ? speechActs.threatened(content.pattern().code()) : null;
        if (threat != null) refined = threat;
        // A generic code ends in 0 ("130"): the refined code must lie under the pattern's own code.
        if (refined != null && (refined.startsWith(code.replaceAll("0$", "")) || refined.equals(threat)) && !refined.equals(code)) {
            code = refined; // "threatened to cut ties with X": a threat (13) to reduce relations (161) is 1313
            pattern += " + " + content.pattern().text();
        } else if (act == null && verdict.effect() == Factuality.Effect.INTENT) {
            String announced = speechActs.intended(code);
            // An act announced is its source's intent or threat; a material act with no such code is not coded as done.
            if (announced == null && isMaterial(code)) return List.of();
            if (announced != null) {
                code = announced;
                pattern += " (" + verdict.cue() + ")";
            }
        }
        String reverse = code.equals(m.pattern().code()) ? m.pattern().reverseCode() : null;
        List<Mention> sources = arguments.sources(s, m, mentions);
        if (sources.stream().noneMatch(Mention::isCoded)) {
            // "bombed a bus, killing eight", "stormed a mall, killing 39": the toll of an act of force is that act, told already
            boolean clauseIsForce = matches.stream().anyMatch(o -> o.predicate() == s.head(m.predicate()) && !o.pattern().isNull()
                    && grammar.isTollRoot(o.pattern().code()));
            List<Mention> toll = arguments.tollSources(s, m.predicate(), clauseIsForce, mentions);
            if (!toll.isEmpty()) sources = toll;
        }
        // "received 9% of the vote", "met the demands", "the primaries held that day": a meeting or an arrest
        // of a thing, with no actor as target, is none; parties who meet together are each other's counterparts.
        // A thing an actor owns cannot be arrested or killed either: "the children's contest was held each day".
        boolean needsActor = grammar.isCounterpartRoot(code) && sources.stream().filter(Mention::isCoded).count() < 2
                && (targets.stream().noneMatch(Mention::isCoded) || grammar.isGuestVerb(s.token(m.predicate()).lemma()))
                || grammar.isPersonPatientCode(code);
        if (needsActor && arguments.fallsOnThing(s, m, mentions)) return List.of();
        int from = PredicateMatcher.prepositionalObject(s, List.of(moving), "from", grammar);
        if (from >= 0 && from != m.source() && movesItsOwn(sources, targets)) {
            // "withdrew its troops from Mali": who moves its own people from a country acts on that country
            List<Mention> left = Arguments.mentionsOf(s, List.of(from), mentions);
            // "barred girls from schools": what one's own people are kept from at home is not acted on
            List<Mention> movers = sources;
            if (left.stream().anyMatch(l -> l.isCoded() && !movesItsOwn(movers, List.of(l)))) targets = left;
            else if (movesItsOwnCountry(sources, targets)) targets = arguments.targetsBeyondObject(s, m, mentions); // "withdrew the US from the treaty with Iran"
        }
        // "deployed the National Guard", "put its troops on alert": one's own forces are the means of a show of force
        if (grammar.isPostureRoot(code) && movesItsOwn(sources, targets)) targets = List.of();
        Mention target = targets.stream().filter(Mention::isCoded).findFirst().orElse(null);
        if (sources.stream().noneMatch(Mention::isCoded)) {
            // "he was arrested"; "she received a life sentence", whose pattern makes the subject the target
            Mention src = implied.source(s, m, code, target, mentions.setting(), grammar);
            if (src != null) sources = List.of(src);
        }
        boolean backing = grammar.isProtestRoot(code) && backsSomeone(s, m.predicate());
        if (backing) targets = List.of(); // "rallied in support of the junta": against no one, and none implied
        if (target == null && !backing && sources.size() == 1 && sources.get(0).isCoded()) {
            Mention tgt = implied.target(s, m.predicate(), code, sources.get(0), mentions.setting()); // protests against the government
            if (tgt != null) targets = List.of(grievance(s, m.predicate(), code, tgt, mentions));
        }
        if (isVerbalAttack(s, m, code, sources, targets)) {
            code = "111";
            pattern += " (political attack: words)";
        }
        if (grammar.isSuspectCode(code)) targets = targets.stream().map(t -> suspect(s, t)).toList();
        if (grammar.isConfessionCode(code)) sources = sources.stream().map(x -> suspect(s, x)).toList();
        boolean reciprocal = m.pattern().reciprocal() || isMutual(s, m.predicate(), code) || grammar.saysEachOther(s, m.predicate())
                || grammar.isJointVerb(s, m.predicate());
        return pairs(m, s.token(m.predicate()).lemma(), sources, targets, code, reverse, pattern, reciprocal, verdict.isNegated());
    }

    /**
     * "fired tear gas to disperse the students", "shelled the town to drive out the rebels": an
     * infinitive of purpose that names an act of the same CAMEO root tells whom the act falls on
     * (for roots of grammar list purpose-root).
     */
    private static PredicateMatch purposeOfTheSameKind(Sentence s, PredicateMatch m, List<PredicateMatch> matches) {
        String root = m.pattern().code().substring(0, 2);
        for (PredicateMatch o : matches) {
            int v = o.predicate();
            boolean purpose = s.head(v) == m.predicate() && (s.relation(v).equals("xcomp") || s.relation(v).startsWith("advcl"))
                    && s.children(v).stream().anyMatch(d -> s.token(d.dependent()).pos().equals("TO"));
            if (purpose && !o.pattern().isNull() && o.pattern().code().startsWith(root)) return o;
        }
        return null;
    }

    /**
     * Whether several parties that do an act of this kind do it to each other: "Israel and Egypt
     * signed", "the two armies clashed"; but force with an object of its own is done together on
     * another ("the US and Britain launched strikes on rebel sites", "sealed off the streets").
     */
    private boolean isMutual(Sentence s, int predicate, String code) {
        return grammar.isReciprocal(code) && !(grammar.isForceRoot(code) && !s.children(predicate, "obj").isEmpty());
    }

    /**
     * "rallied in support of the junta", "marched in solidarity with the strikers": an "in" phrase
     * of a backing noun (grammar list backing-noun) in the protest's own clause.
     */
    private boolean backsSomeone(Sentence s, int protest) {
        for (int k = 0; k < s.size(); k++) {
            if (!grammar.isBackingNoun(s.token(k).lemma()) || !PredicateMatcher.caseIs(s, k, "in")) continue;
            int clause = s.head(k);
            while (clause >= 0 && !s.token(clause).isVerb() && clause != protest) clause = s.head(clause);
            if (clause == protest) return true;
        }
        return false;
    }

    /**
     * "Protests spread after the police shooting of a black man": a protest against no one named, in a
     * sentence that tells of the police, is against the police, not the government they serve; but
     * not police who act on the protest ("police fired tear gas at supporters who marched to protest").
     */
    private Mention grievance(Sentence s, int protest, String code, Mention implied, MentionIndex mentions) {
        if (!grammar.isProtestRoot(code)) return implied;
        String country = implied.actor().country();
        boolean police = mentions.inSentence(s.index()).stream()
                .anyMatch(x -> x.isCoded() && ActorCodes.POLICE.equals(x.actor().role()) && country.equals(x.actor().country())
                        && !actsAbove(s, x, protest));
        return police ? implied.withActor(Actor.of(country, ActorCodes.POLICE, null), "implied by a protest at what the police did: " + ActorCodes.POLICE + " of " + country) : implied;
    }

    /** The mention is the subject of a clause the predicate is part of. */
    private static boolean actsAbove(Sentence s, Mention x, int predicate) {
        int word = s.headOf(x.first(), x.last());
        if (!s.relation(word).startsWith("nsubj")) return false;
        for (int h = s.head(predicate); h >= 0; h = s.head(h)) {
            if (h == s.head(word)) return true;
        }
        return false;
    }

    /**
     * "Trump attacked Biden", "Democrats attacked Trump on his taxes": force by named people or by those
     * who bear no arms in politics (grammar list speaking-role) on people or on politics, in the news, is words.
     */
    private boolean isVerbalAttack(Sentence s, PredicateMatch m, String code, List<Mention> sources, List<Mention> targets) {
        // "continued to attack Trump": the verb of force may be an element of the pattern
        boolean attackWord = grammar.isVerbalAttackVerb(s.token(m.predicate()).lemma())
                || m.consumed().stream().anyMatch(t -> grammar.isVerbalAttackVerb(s.token(t).lemma()));
        if (!grammar.isForceRoot(code) || !attackWord) return false;
        // the government is attacked with words only by those who bear no arms ("General Soleimani approved the attacks on the US Embassy")
        boolean unarmed = sources.stream().filter(Mention::isCoded).allMatch(x -> grammar.isSpeakingRole(x.actor().role()));
        return areSpeakers(sources, false) && areSpeakers(targets, unarmed);
    }

    /** Some of the mentions are coded, and every coded one is a named person or of a speaking role (or the government, when it may be). */
    private boolean areSpeakers(List<Mention> mentions, boolean government) {
        List<Mention> coded = mentions.stream().filter(Mention::isCoded).toList();
        return !coded.isEmpty() && coded.stream().allMatch(m -> m.type() == Mention.Type.PERSON
                || grammar.isSpeakingRole(m.actor().role()) || government && ActorCodes.GOVERNMENT.equals(m.actor().role()));
    }

    /**
     * "police arrested a man", "the court convicted Smith": one private person that a legal act is done
     * to is a suspect or convict (CRM); people in numbers ("arrested 200 people"), protesters and activists stay civilians.
     */
    private Mention suspect(Sentence s, Mention t) {
        Actor a = t.actor();
        if (!t.isCoded() || !ActorCodes.CIVILIAN.equals(a.role()) || a.country() == null || grammar.isProtesterWord(t.lastWord())) return t;
        boolean one = t.type() == Mention.Type.PERSON || t.type() == Mention.Type.AGENT && s.token(s.headOf(t.first(), t.last())).pos().equals("NN");
        return one ? t.withActor(Actor.of(a.country(), ActorCodes.SUSPECT, a.name()), t.resolvedBy() + "; a suspect") : t;
    }

    /** Roots 06-08 and 14-20: acts done with things and force, not words. */
    static boolean isMaterial(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 6 && root <= 8 || root >= 14;
    }

    /**
     * One draft per source and target; a plural subject of a reciprocal act acts on each other;
     * with a reverse code (of an act coded as the pattern says), the target acts back.
     */
    private List<Draft> pairs(PredicateMatch m, String lemma, List<Mention> sources, List<Mention> targets, String code, String reverse, String pattern,
                              boolean reciprocal, boolean negated) {
        List<Draft> out = new ArrayList<>();
        // "%" is PETRARCH's compound actor: such a pattern is about several parties acting together.
        if (m.pattern().reciprocal() && sources.stream().filter(Mention::isCoded).count() < 2) return out;
        boolean noTarget = targets.stream().noneMatch(t -> t.isCoded() && !t.isBareRole()); // "agreed to meet on Crete"
        for (Mention src : sources) {
            if (!src.isCoded() || src.isBareRole()) continue; // "the army" of no known country codes nothing
            if (noTarget && sources.size() > 1 && reciprocal) {
                // "Israel and the UAE signed an agreement": each party acts toward the other.
                for (Mention other : sources) {
                    if (other != src && other.isCoded() && !other.isSameActor(src)) out.add(new Draft(m.predicate(), src, other, code, pattern, negated));
                }
                continue;
            }
            if (targets.isEmpty()) out.add(new Draft(m.predicate(), src, null, code, pattern, negated));
            for (Mention t : targets) {
                Mention known = t.isCoded() && !t.isBareRole() ? t : null;
                String act = known != null && grammar.isMisgiving(code) ? CRITICISM
                        : known != null && known.type() == Mention.Type.PLACE && grammar.isCaptureCode(code) ? OCCUPATION // "captured Bakhmut"
                        : violenceBy(src, known, code, lemma);
                Mention doer = attacker(src, act);
                if (t.isCoded() && (t.isSameActor(doer) || isOwnCountry(t, doer))) continue; // no self-directed events
                if (!noTarget && known == null) continue; // "sued the attorney and his accountant": one target is known
                out.add(new Draft(m.predicate(), doer, known, act, pattern, negated));
                if (reverse != null && known != null) out.add(new Draft(m.predicate(), t, doer, reverse, pattern, negated));
            }
        }
        return out;
    }

    /**
     * Combat (190, 193) by attackers who are no armed force or group is violence (18x, grammar list
     * non-state-role): "a gunman shot two people" is a shooting (180), "a man killed three people"
     * a killing (1823), and so is an armed group's force on civilians ("militants killed ten
     * villagers"; its force on troops or police, or on places, is combat). Force by police or troops
     * on protesters is repression (175: "police opened fire on protesters"; grammar lists
     * repressing-role, protester-word), and protesters' own force a violent protest (145).
     */
    private String violenceBy(Mention source, Mention target, String code, String lemma) {
        if (grammar.isForceRoot(code) && target != null && grammar.isRepressingRole(source.actor().role()) && grammar.isProtesterWord(target.lastWord())) {
            return REPRESSION;
        }
        // "protesters clashed with police", "demonstrators attacked the police station": a protest turned violent
        if ((code.equals(COMBAT) || code.equals(ASSAULT)) && grammar.isProtesterWord(source.lastWord())) return RIOT;
        if (!code.equals(COMBAT) && !code.equals(SMALL_ARMS) || target == null) return code;
        // an armed group's force on civilians is violence on them, not combat ("militants killed ten villagers")
        if (isArmedGroup(source.actor().role()) && ActorCodes.CIVILIAN.equals(target.actor().role())) {
            return grammar.isKillingVerb(lemma) ? KILLING : ASSAULT;
        }
        // a named armed group fights; an attack on no one named may be no violence at all ("fight for America")
        if (source.type() == Mention.Type.ORGANIZATION || !grammar.isNonStateRole(source.actor().role())) return code;
        return grammar.isKillingVerb(lemma) ? KILLING : ASSAULT;
    }

    /** Armed, and neither an office of state nor a speaker in politics: insurgents, rebels, militias, named armed groups. */
    private boolean isArmedGroup(String role) {
        return grammar.isArmedRole(role) && !ActorCodes.isOffice(role) && !grammar.isSpeakingRole(role) && !grammar.isNonStateRole(role);
    }

    /**
     * A private person who does violence (18x) is an unaligned attacker, no civilian (docs/eval.md's
     * coding rules): "a Kenyan man stabbed three people in Nairobi" is KENUAF's assault on KENCVL.
     */
    private static Mention attacker(Mention source, String code) {
        Actor a = source.actor();
        if (!code.startsWith(VIOLENCE_ROOT) || !ActorCodes.CIVILIAN.equals(a.role()) || a.country() == null) return source;
        return source.withActor(Actor.of(a.country(), ActorCodes.ATTACKER, a.name()), source.resolvedBy() + "; an attacker");
    }

    /** Every target is coded and of a source's own country: its people, its forces, or the country itself. */
    private static boolean movesItsOwn(List<Mention> sources, List<Mention> targets) {
        return !targets.isEmpty() && sources.stream().anyMatch(src -> src.isCoded() && src.actor().country() != null
                && targets.stream().allMatch(t -> t.isCoded() && src.actor().country().equals(t.actor().country())));
    }

    private static boolean movesItsOwnCountry(List<Mention> sources, List<Mention> targets) {
        return !targets.isEmpty() && sources.stream().anyMatch(src -> src.isCoded() && targets.stream().allMatch(t -> t.isCoded() && isOwnCountry(t, src)));
    }

    /**
     * "Trump withdrew the US from the treaty": the country an office of state acts for is no target
     * of its own (a citizen's appeal to the country is still one to its state).
     */
    private static boolean isOwnCountry(Mention target, Mention source) {
        String country = source.actor().country();
        return country != null && source.actor().role() != null && ActorCodes.isOffice(source.actor().role())
                && target.actor().role() == null && target.actor().code().equals(country);
    }
}
