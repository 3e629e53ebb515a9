package org.dyad.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionIndex;
import org.dyad.text.AnalyzedArticle;
import org.dyad.text.Sentence;

/**
 * Finds quotations and their speakers: direct ones in quotation marks, and indirect ones a
 * reporting clause gives ({@link IndirectQuotes}). A direct quotation's speaker is read from
 * the reporting clause of the quotation ({@link ReportingClauses}); a quotation with none continues the previous
 * speaker's words when it follows closely (the next sentence, or the next paragraph of a
 * quotation running over several). Titles and scare quotes in quotation marks that no one is
 * reported to have said are not quotations ({@link ScareQuotes}).
 */
public final class QuoteFinder {

    private static final int CONTINUATION_WINDOW = 2; // sentences

    private final ReportedSpeech speech;
    private final ReportingClauses clauses;
    private final IndirectQuotes indirect;

    public QuoteFinder(ReportedSpeech speech) {
        this.speech = speech;
        this.clauses = new ReportingClauses(speech);
        this.indirect = new IndirectQuotes(speech);
    }

    /**
     * The quotations of an article, and the first-person words inside them ("we", "our") as
     * mentions of their speaker: "our positions" in a commander's quotation are his side's, and a
     * role word after "our" ("our soldiers") is of the speaker's country; that mention replaces the
     * one read without the quotation.
     */
    public record Quotations(List<Quote> quotes, List<Mention> firstPerson) {}

    private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "ours", "i", "me", "my");

    public Quotations find(AnalyzedArticle article, MentionIndex mentions) {
        String text = article.article().text();
        List<QuotationMarks.Span> spans = QuotationMarks.find(text);
        List<Quote> out = new ArrayList<>();
        List<Mention> firstPerson = new ArrayList<>();
        for (QuotationMarks.Span span : spans) {
            Sentence first = sentenceAt(article, span.start());
            if (first == null) continue;
            String words = text.substring(span.start(), span.end());
            ReportingClauses.Clause clause = clauses.of(article, span, spans, mentions);
            Quote previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (clause == null ? ScareQuotes.isTitleOrScareQuote(words)
                    : !clause.reporting() && (ScareQuotes.isTitle(words) || ScareQuotes.isSoCalled(text, span.start()))) continue;
            Mention speaker = clause == null ? null : clause.speaker();
            Speaker who = ReportedSpeech.speakerOf(speaker);
            List<String> via = clause == null ? List.of() : speech.via(clause.sentence(), mentions, speaker);
            if (clause == null && previous != null && previous.speaker() != null && continues(article, previous, first)) {
                who = previous.speaker();
                via = previous.via();
            }
            if (speaker != null && speaker.isCoded() && !speaker.isRoleOnly() && !speaker.isBareRole()) firstPerson.addAll(firstPerson(article, span, speaker, mentions));
            String verb = clause != null && clause.verb() >= 0 ? clause.sentence().token(clause.verb()).word() : null;
            out.add(new Quote(Quote.Kind.DIRECT, words, who, via, verb, first.index(), span.start(), span.end()));
        }
        out.addAll(indirect.find(article, mentions, List.copyOf(out)));
        out.sort(Comparator.comparingInt(Quote::start));
        return new Quotations(out, firstPerson);
    }

    /** Within a couple of sentences of the previous quotation, or opening the paragraph after it. */
    private static boolean continues(AnalyzedArticle article, Quote previous, Sentence first) {
        if (first.index() - previous.sentence() <= CONTINUATION_WINDOW) return true;
        return !article.text(previous.end(), first.start()).strip().contains("\n");
    }

    private static List<Mention> firstPerson(AnalyzedArticle article, QuotationMarks.Span span, Mention speaker, MentionIndex mentions) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.end() < span.start() || s.start() > span.end()) continue;
            for (var t : s.tokens()) {
                if (t.start() >= span.start() && t.end() <= span.end() && FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT))) {
                    out.add(new Mention(s.index(), t.index(), t.index(), t.start(), t.end(), t.word(), speaker.actor(),
                            Mention.Type.PRONOUN, "first person in a quotation of '" + speaker.text() + "'"));
                    Mention owned = t.index() + 1 < s.size() ? mentions.at(s.index(), t.index() + 1) : null;
                    if (owned != null && owned.isRoleOnly() && owned.first() == t.index() + 1 && speaker.actor().country() != null) out.add(ownedRole(owned, speaker));
                }
            }
        }
        return out;
    }

    /**
     * "Our soldiers will destroy them," the Kenyan president said: a role word the speaker calls
     * theirs is of the speaker's country, whatever country was guessed for it without the quotation.
     */
    private static Mention ownedRole(Mention role, Mention speaker) {
        return role.withActor(role.actor().inCountry(speaker.actor().country()), "the speaker's own, in a quotation of '" + speaker.text() + "'");
    }

    private static Sentence sentenceAt(AnalyzedArticle article, int offset) {
        Sentence best = null;
        for (Sentence s : article.sentences()) {
            if (s.start() <= offset) best = s;
        }
        return best;
    }
}
