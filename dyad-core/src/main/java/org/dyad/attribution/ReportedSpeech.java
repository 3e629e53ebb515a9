package org.dyad.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.ActorCodes;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.datafile.TsvFile;
import org.dyad.text.Sentence;

/**
 * Reporting clauses: which verbs report speech, who the speaker of a reporting verb is, and
 * through which media a sentence was reported.
 */
public final class ReportedSpeech {

    private final Set<String> verbs;

    private ReportedSpeech(Set<String> verbs) {
        this.verbs = verbs;
    }

    public static ReportedSpeech bundled() {
        return new ReportedSpeech(TsvFile.resource("coding/reporting-verbs.tsv").words("lemma"));
    }

    public boolean isReportingVerb(Sentence s, int token) {
        return s.token(token).isVerb() && isReportingLemma(s.token(token).lemma());
    }

    public boolean isReportingLemma(String lemma) {
        return verbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * The mention who speaks through a reporting verb: its subject (a relative "who" stands for
     * the noun it follows), or the agent of a passive ("was quoted by"). A subject that names
     * no known actor is still the speaker, in its own words ("a campaign spokeswoman").
     */
    public Mention speaker(Sentence s, int verb, MentionIndex mentions) {
        List<Integer> subjects = s.children(verb, "nsubj");
        subjects.removeIf(subj -> s.relation(subj).equals("nsubj:pass"));
        for (int subj : subjects) {
            Mention m = subject(s, verb, subj, mentions);
            if (m != null) return m;
        }
        // '"...," remarked Kerry', 'said Fallon', 'Said Ellis: "..."': the parser often takes an
        // inverted subject for an object or a complement; the noun phrase right after the verb is it.
        if (subjects.isEmpty() && (verb == 0 || isQuoteEnd(s.token(verb - 1).word()))) {
            int last = verb;
            while (last + 1 < s.size() && NOUN_PHRASE.contains(s.token(last + 1).pos())) last++;
            if (last > verb && s.token(last).isNoun()) return subject(s, verb, last, mentions);
        }
        for (int agent : s.children(verb, "obl:agent")) return subject(s, verb, agent, mentions);
        return null;
    }

    private static Mention subject(Sentence s, int verb, int head, MentionIndex mentions) {
        if (RELATIVE.contains(s.token(head).word().toLowerCase(Locale.ROOT)) && s.relation(verb).equals("acl:relcl")) {
            head = s.head(verb); // "Rep. Jim Clyburn, who said ...": the speaker is the representative
        }
        return QuoteTrees.subjectNoun(s, head, mentions);
    }

    private static final Set<String> NOUN_PHRASE = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$");

    private static final Set<String> RELATIVE = Set.of("who", "which", "that");

    private static boolean isQuoteEnd(String word) {
        return word.equals("\"") || word.equals("\u201D") || word.equals("''") || word.equals(",");
    }

    /** "according to X": X, if the sentence has the phrase. */
    public Mention accordingTo(Sentence s, MentionIndex mentions) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (s.token(i).word().equalsIgnoreCase("according") && s.token(i + 1).word().equalsIgnoreCase("to")) {
                Mention m = mentions.at(s.index(), i + 2);
                if (m == null && i + 3 < s.size()) m = mentions.at(s.index(), i + 3);
                if (m == null) m = author(s, i + 2, mentions);
                if (m != null) return m;
            }
        }
        return null;
    }

    /**
     * "according to a statement from the president's office", "according to a Monday tweet by
     * Pompeo": the author a "by" or "from" phrase names for the text the words after "according
     * to" begin with, up to a comma or quotation mark.
     */
    private static Mention author(Sentence s, int from, MentionIndex mentions) {
        int k = from;
        while (k < s.size() && (s.token(k).pos().equals("DT") || s.token(k).pos().startsWith("JJ"))) k++;
        if (k >= s.size() || !s.token(k).isNoun() || !QuoteTrees.isSpeechLemma(s.token(k).lemma())) return null;
        for (int j = k + 1; j + 1 < s.size(); j++) {
            String w = s.token(j).word();
            if (w.equals(",") || !Character.isLetterOrDigit(w.charAt(0)) && !w.equals("'s")) return null;
            if (w.equalsIgnoreCase("by") || w.equalsIgnoreCase("from")) {
                Mention m = mentions.at(s.index(), j + 1);
                if (m == null && j + 2 < s.size()) m = mentions.at(s.index(), j + 2);
                return m;
            }
        }
        return null;
    }

    /**
     * The reporting verb whose content a predicate is: the predicate is its clausal complement
     * ("X said that Y ..."), or the reporting clause hangs from the predicate ("Y ..., X said").
     * Returns -1 when the predicate is not reported.
     */
    public int reportingVerbOf(Sentence s, int predicate) {
        int child = predicate;
        for (int h = s.head(predicate), steps = 0; h >= 0 && steps < 4; child = h, h = s.head(h), steps++) {
            String rel = s.relation(child);
            if (isReportingVerb(s, h) && (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("dep"))) return h;
            if (!(rel.equals("conj") || rel.equals("ccomp") || rel.equals("xcomp"))) break;
        }
        for (var d : s.children(predicate)) {
            String rel = d.relation();
            if ((rel.equals("parataxis") || rel.equals("dep") || rel.equals("advcl") || rel.equals("ccomp"))
                    && isReportingVerb(s, d.dependent()) && d.dependent() > predicate
                    && !s.children(d.dependent(), "nsubj").isEmpty()) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** News organizations named in a sentence other than the speaker: the chain the report came through. */
    public List<String> via(Sentence s, MentionIndex mentions, Mention speaker) {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions.inSentence(s.index())) {
            // "told reporters" names no organization; "told Reuters" and "the Ma'an news agency" do.
            if (m == speaker || !m.isCoded() || !ActorCodes.MEDIA.equals(m.actor().role()) || m.isRoleOnly()) continue;
            if (speaker != null && speaker.actor() != null && m.actor().code().equals(speaker.actor().code()) && m.text().equals(speaker.text())) continue;
            if (!out.contains(m.actor().name())) out.add(m.actor().name());
        }
        return out;
    }

    public static Speaker speakerOf(Mention m) {
        if (m == null) return null;
        String name = m.actor() == null || m.actor().name() == null ? m.text() : m.actor().name();
        return new Speaker(name, m.actor() == null ? null : m.actor().code(), m.text(), m.start(), m.end());
    }
}
