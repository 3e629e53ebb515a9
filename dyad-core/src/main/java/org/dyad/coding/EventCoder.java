package org.dyad.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.attribution.Attribution;
import org.dyad.attribution.Quote;
import org.dyad.attribution.ReportedSpeech;
import org.dyad.datafile.TsvFile;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CameoOntology;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;
import org.dyad.text.TimeExpression;
import org.dyad.time.EventDating;

/**
 * The event stage: from each sentence, the events it reports, in CAMEO and PLOVER.
 *
 * <p>A predicate matched by a pattern ({@link PredicateMatcher}) takes its source and target
 * from the dependency tree ({@link Arguments}): subject and object, the "by" agent and subject
 * of a passive, prepositional roles, controllers of infinitives, one event per source-target
 * pair of coordinated actors. What an appeal, intent, demand, rejection or threat is about is
 * not an act of its own, nor is what someone "should" or "may" do; "X said that Y should ..."
 * is X's appeal to Y. Negated events are dropped unless asked for.
 */
public final class EventCoder {

    /**
     * Choices a user makes about what is coded.
     *
     * @param keepNegated    keep events the text says did not happen, marked negated
     * @param keepHistorical keep events dated more than a year before publication ("captured the
     *                       city in the 1967 war"), which are background rather than news
     */
    public record Options(boolean keepNegated, boolean keepHistorical) {
        public static final Options DEFAULT = new Options(false, false);
    }

    /** Roots whose complement clause is the content of a speech act, not an act. */
    private static final Set<String> CONTENT_ROOTS = Set.of("02", "03", "10", "12", "13");
    private static final Set<String> NOT_FACTUAL = Set.of("should", "must", "ought", "could", "might", "may");
    private static final Set<String> CONDITIONAL = Set.of("would");
    private static final Set<String> OBLIGATION = Set.of("should", "must", "ought");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final String APPEAL = "020";
    private static final Set<String> FUTURE = Set.copyOf(SpeechActs.FUTURE_AUXILIARIES);
    private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06", "19");

    private final CameoOntology ontology;
    private final PredicateMatcher matcher;
    private final ReportedSpeech speech;
    private final Set<String> lightVerbs;
    private final Set<String> sportsWords;
    private final SpeechActs speechActs;

    public EventCoder(CameoOntology ontology, PatternBook patterns, ReportedSpeech speech) {
        this.lightVerbs = TsvFile.resource("coding/light-verbs.tsv").words("lemma");
        this.sportsWords = TsvFile.resource("coding/sports-words.tsv").words("lemma");
        this.ontology = ontology;
        this.speechActs = SpeechActs.bundled(ontology);
        this.matcher = new PredicateMatcher(patterns);
        this.speech = speech;
    }

    public List<Event> code(AnalyzedArticle article, MentionIndex mentions, List<Quote> quotes,
                            List<TimeExpression> times, Options options) {
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, Set<Integer>> reportedIn = new HashMap<>();
        for (Sentence s : article.sentences()) {
            List<Draft> drafts = new ArrayList<>();
            List<PredicateMatch> matches = matcher.matches(s);
            for (PredicateMatch m : matches) {
                if (isContent(s, m, matches) || !isFactual(s, m.predicate())) continue;
                drafts.addAll(drafts(s, m, matches, mentions));
            }
            drafts.addAll(reportedObligations(s, matches, mentions));
            boolean sports = isSports(s, mentions);
            for (Draft d : drafts) {
                if (sports && (isBareCountry(d.source()) || d.target() != null && isBareCountry(d.target()))) continue;
                Event e = build(article, s, d, mentions, quotes, times);
                if (e.negated() && !options.keepNegated()) continue;
                if (isHistorical(e, article.article().published()) && !options.keepHistorical()) continue;
                events.putIfAbsent(e.key(), e);
                reportedIn.computeIfAbsent(e.key(), k -> new HashSet<>()).add(s.index());
            }
        }
        List<Event> out = new ArrayList<>();
        int n = 0;
        for (Event e : events.values()) {
            out.add(e.withId(article.article().id() + "-e" + (++n)).withMentions(reportedIn.get(e.key()).size()));
        }
        return out;
    }

    /** A source-target pair found for a predicate, before dating and attribution. */
    private record Draft(int predicate, Mention source, Mention target, String code, String pattern) {}

    private List<Draft> drafts(Sentence s, PredicateMatch m, List<PredicateMatch> matches, MentionIndex mentions) {
        String code = m.pattern().code();
        String pattern = m.pattern().text();
        List<Mention> targets = Arguments.targets(s, m, mentions);
        SpeechActs.Act act = SpeechActs.Act.of(code);
        PredicateMatch content = act == null ? null : content(s, m, matches);
        if (act != null && targets.isEmpty()) targets = addressees(s, m, content, act, mentions);
        String refined = content == null ? null : speechActs.code(act, content.pattern().code());
        // A generic code ends in 0 ("130"): the refined code must lie under the pattern's own code.
        if (refined != null && refined.startsWith(code.replaceAll("0$", "")) && !refined.equals(code)) {
            // "threatened to cut ties with X": a threat (13) to reduce relations (161) is 1313.
            code = refined;
            pattern += " + " + content.pattern().text();
        } else if (act == null && modal(s, m.predicate(), FUTURE)) {
            String announced = speechActs.future(code);
            if (announced != null) {
                code = announced;
                pattern += " (future)";
            }
        }
        List<Mention> sources = Arguments.sources(s, m, mentions, lightVerbs);
        List<Draft> out = new ArrayList<>();
        for (Mention src : sources) {
            if (!src.isCoded() || src.isBareRole()) continue; // "the army" of no known country codes nothing
            if (targets.isEmpty() && sources.size() > 1 && isReciprocal(code)) {
                // "Israel and the UAE signed an agreement": each party acts toward the other.
                for (Mention other : sources) {
                    if (other != src && other.isCoded() && !other.actor().code().equals(src.actor().code())) {
                        out.add(new Draft(m.predicate(), src, other, code, pattern));
                    }
                }
                continue;
            }
            if (targets.isEmpty()) out.add(new Draft(m.predicate(), src, null, code, pattern));
            for (Mention t : targets) {
                if (t.isCoded() && t.actor().code().equals(src.actor().code())) continue; // no self-directed events
                out.add(new Draft(m.predicate(), src, t.isCoded() ? t : null, code, pattern));
            }
        }
        return out;
    }

    /**
     * Whom a speech act without an object is directed at: for an appeal or demand, the subject of
     * the clause saying what must be done ("demanded that Assad step down"); for an intent,
     * threat or refusal, the target of the act announced or refused ("threatened to cut ties
     * with Israel").
     */
    private static List<Mention> addressees(Sentence s, PredicateMatch m, PredicateMatch content, SpeechActs.Act act, MentionIndex mentions) {
        if (act == SpeechActs.Act.APPEAL || act == SpeechActs.Act.DEMAND) {
            List<Mention> out = new ArrayList<>();
            for (int clause : s.children(m.predicate(), "ccomp")) {
                for (int subj : s.children(clause, "nsubj")) {
                    Mention a = mentions.forArgument(s, subj);
                    if (a != null) out.add(a);
                }
            }
            return out;
        }
        return content == null ? List.of() : Arguments.targets(s, content, mentions);
    }

    /** Meeting, agreeing, cooperating and fighting are done with someone: a plural subject does them to each other. */
    private static boolean isReciprocal(String code) {
        return RECIPROCAL_ROOTS.contains(code.substring(0, 2));
    }

    /** The act a speech act is about: a matched clause under it ("to resume talks") or its matched object noun ("aid"). */
    private static PredicateMatch content(Sentence s, PredicateMatch m, List<PredicateMatch> matches) {
        for (PredicateMatch c : matches) {
            if (c == m || s.head(c.predicate()) != m.predicate()) continue;
            String rel = s.relation(c.predicate());
            if (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj") || infinitive(s, c.predicate())) return c;
        }
        return null;
    }

    /** "X said that Y should end Z": X appeals to Y, for what Y should do when a pattern names it. */
    private List<Draft> reportedObligations(Sentence s, List<PredicateMatch> matches, MentionIndex mentions) {
        List<Draft> out = new ArrayList<>();
        for (int v = 0; v < s.size(); v++) {
            if (!modal(s, v, OBLIGATION)) continue;
            int r = speech.reportingVerbOf(s, v);
            if (r < 0) continue;
            Mention speaker = speech.speaker(s, r, mentions);
            if (speaker == null || !speaker.isCoded()) continue;
            for (int subj : s.children(v, "nsubj")) {
                Mention addressee = mentions.forArgument(s, subj);
                if (addressee != null && addressee.isCoded() && !addressee.actor().code().equals(speaker.actor().code())) {
                    String code = APPEAL;
                    String pattern = "reported obligation: " + s.token(r).word() + " ... " + modalWord(s, v);
                    for (PredicateMatch c : matches) {
                        if (c.predicate() == v || s.head(c.predicate()) == v && s.relation(c.predicate()).equals("conj")) {
                            code = speechActs.code(SpeechActs.Act.APPEAL, c.pattern().code());
                            pattern += " " + c.pattern().text();
                            break;
                        }
                    }
                    out.add(new Draft(r, speaker, addressee, code, pattern));
                }
            }
        }
        return out;
    }

    /** The clause is what an appeal, promise, demand, refusal or threat is about, or a pattern's own element. */
    private static boolean isContent(Sentence s, PredicateMatch m, List<PredicateMatch> all) {
        for (PredicateMatch other : all) {
            if (other == m) continue;
            if (other.consumed().contains(m.predicate())) return true;
            if (!CONTENT_ROOTS.contains(other.pattern().code().substring(0, 2))) continue;
            int h = s.head(m.predicate());
            String rel = s.relation(m.predicate());
            if (h == other.predicate() && (rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("acl") || infinitive(s, m.predicate()))) return true;
        }
        return false;
    }

    /** "to end ...": an infinitive clause, whatever relation the parser gave it. */
    private static boolean infinitive(Sentence s, int v) {
        for (int mark : s.children(v, "mark")) if (s.token(mark).word().equalsIgnoreCase("to")) return true;
        return false;
    }

    /** Not what someone should, could or may do; for an event noun, not in such a clause ("a strike, if it came, could ..."). */
    private static boolean isFactual(Sentence s, int predicate) {
        if (modal(s, predicate, NOT_FACTUAL)) return false;
        if (!s.token(predicate).isNoun()) return true;
        for (int k = s.head(predicate), steps = 0; k >= 0 && steps < 4; k = s.head(k), steps++) {
            if (s.token(k).isVerb()) return !modal(s, k, NOT_FACTUAL) && !modal(s, k, CONDITIONAL);
        }
        return true;
    }

    private boolean isSports(Sentence s, MentionIndex mentions) {
        for (var t : s.tokens()) {
            Mention m = mentions.at(s.index(), t.index());
            if (sportsWords.contains(t.lemma().toLowerCase(Locale.ROOT)) && (m == null || !m.isCoded())) return true;
        }
        return false;
    }

    private static boolean isBareCountry(Mention m) {
        return m.actor().role() == null && m.actor().country() != null && m.actor().code().equals(m.actor().country());
    }

    /** The event's latest possible day (end of its month or year) is more than a year before publication. */
    private static boolean isHistorical(Event e, LocalDate published) {
        String latest = e.date().length() == 4 ? e.date() + "-12-31" : e.date().length() == 7 ? e.date() + "-31" : e.date();
        return latest.compareTo(published.minusYears(1).toString()) < 0;
    }

    private static boolean modal(Sentence s, int v, Set<String> modals) {
        if (!s.token(v).isVerb() && s.children(v, "cop").isEmpty()) return false;
        for (int aux : s.children(v, "aux")) {
            var t = s.token(aux);
            if (modals.contains(t.lemma().toLowerCase(Locale.ROOT)) || modals.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static String modalWord(Sentence s, int v) {
        for (int aux : s.children(v, "aux")) return s.token(aux).word();
        return "";
    }

    private static boolean negated(Sentence s, int v) {
        // "failed to agree": the complement of "fail" did not happen.
        if (s.relation(v).equals("xcomp") && s.head(v) >= 0 && s.token(s.head(v)).lemma().equalsIgnoreCase("fail")) return true;
        for (var d : s.children(v)) {
            if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))
                    && NEGATORS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private Event build(AnalyzedArticle article, Sentence s, Draft d, MentionIndex mentions, List<Quote> quotes,
                        List<TimeExpression> times) {
        LocalDate published = article.article().published();
        CameoCode code = ontology.get(d.code());
        EventDating.EventDate date = EventDating.date(s, d.predicate(), times, published);
        Attribution attribution = attribution(s, d, mentions, quotes);
        boolean negated = negated(s, d.predicate());
        var trigger = s.token(d.predicate());
        Evidence evidence = new Evidence(s.index(), s.start(), s.end(), article.text(s.start(), s.end()), trigger.word(), d.pattern());
        return new Event(null, date.date(), date.text(), Participant.of(d.source()), d.target() == null ? null : Participant.of(d.target()),
                code.code(), code.root(), code.name(), code.plover(), code.ploverMode(), code.quadClass(), code.goldstein(),
                negated, null, attribution, evidence, confidence(s, d, attribution), 1);
    }

    private Attribution attribution(Sentence s, Draft d, MentionIndex mentions, List<Quote> quotes) {
        int offset = s.token(d.predicate()).start();
        for (Quote q : quotes) {
            if (q.contains(offset)) return new Attribution(q.speaker(), q.via());
        }
        int r = speech.reportingVerbOf(s, d.predicate());
        Mention speaker = r >= 0 && r != d.predicate() ? speech.speaker(s, r, mentions) : null;
        if (speaker == d.source()) speaker = null; // "X said it would ..." is X's own act, already the source
        List<String> via = speech.via(s, mentions, speaker == null ? d.source() : speaker);
        if (speaker == null && via.isEmpty()) return null;
        return new Attribution(ReportedSpeech.speakerOf(speaker), via);
    }

    /** A simple, documented score: clear cues raise it, inference lowers it. */
    private static double confidence(Sentence s, Draft d, Attribution attribution) {
        double c = 0.75;
        if (d.target() != null) c += 0.15;
        if (s.token(d.predicate()).isNoun()) c -= 0.15;
        if (d.source().type() == Mention.Type.PRONOUN || d.source().type() == Mention.Type.DESCRIPTION) c -= 0.1;
        if (attribution != null && attribution.speaker() != null) c -= 0.05;
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }
}
