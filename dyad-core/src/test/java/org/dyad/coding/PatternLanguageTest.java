package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.datafile.TsvFile;
import org.dyad.datafile.Warning;
import org.dyad.ontology.CameoOntology;
import org.dyad.text.Token;
import org.junit.jupiter.api.Test;

/** The pattern language and the layering of pattern files (docs/patterns.md). */
class PatternLanguageTest {

    private static final CameoOntology ONTOLOGY = CameoOntology.bundled();

    private static EventPattern one(String code, String pattern) {
        List<EventPattern> ps = PatternSyntax.parse(code, pattern, 0, "test:1", WordClasses.bundled()::get);
        assertThat(ps).hasSize(1);
        return ps.get(0);
    }

    @Test
    void elementsCarryTheirRelationAndExclusionsAreKeptApart() {
        EventPattern p = one("163", "impose sanction@obj !lift >on");
        assertThat(p.head()).isEqualTo("impose");
        assertThat(p.elements()).extracting(Element::relation).containsExactly("obj");
        assertThat(p.exclusions()).extracting(e -> e.words().name()).containsExactly("lift");
        assertThat(p.target().preposition()).isEqualTo("on");
        assertThat(p.text()).isEqualTo("impose sanction@obj !lift >on");
        assertThat(p.specificity()).isEqualTo(2);
    }

    @Test
    void aClassHeadGivesOnePatternPerMemberAndAClassElementAcceptsEveryMember() {
        List<EventPattern> ps = PatternSyntax.parse("043", "&talks !cancel", 0, "test:1", WordClasses.bundled()::get);
        assertThat(ps).extracting(EventPattern::head).contains("talk", "negotiation", "summit");
        EventPattern p = one("033", "provide &aid >to");
        assertThat(p.elements().get(0).words().words()).contains("aid", "assistance", "loan");
    }

    @Test
    void slotsNameAPrepositionOrARelationAndCodesMayComeInPairs() {
        EventPattern p = one("071:070", "receive &aid <from >@nsubj %");
        assertThat(p.source().preposition()).isEqualTo("from");
        assertThat(p.target().relation()).isEqualTo("nsubj");
        assertThat(p.code()).isEqualTo("071");
        assertThat(p.reverseCode()).isEqualTo("070");
        assertThat(p.reciprocal()).isTrue();
        assertThat(p.codeText()).isEqualTo("071:070");
        assertThat(one("---", "abandon plan").isNull()).isTrue();
    }

    @Test
    void malformedPatternsSayWhatIsWrong() {
        assertThatThrownBy(() -> one("19x", "attack")).hasMessageContaining("malformed code");
        assertThatThrownBy(() -> one("190", "")).hasMessageContaining("empty pattern");
        assertThatThrownBy(() -> one("190", "attack &nosuchclass")).hasMessageContaining("unknown word class &nosuchclass");
        assertThatThrownBy(() -> one("190", "attack >")).hasMessageContaining("without a preposition");
        assertThatThrownBy(() -> one("190", "attack word@")).hasMessageContaining("malformed element");
    }

    private static TsvFile tsv(String name, String body) {
        try {
            return TsvFile.read(name, new ByteArrayInputStream(("code\tpattern\tpriority\n" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aUserFileOverridesAndRemovesBundledPatternsByTheirText() {
        PatternBook book = PatternBook.builder(ONTOLOGY).addBundled()
                .addTsv(tsv("mine.tsv", "111\taccuse\t\n-\tmeet >with\t\n"))
                .build();
        assertThat(book.forHead("accuse", false)).filteredOn(p -> p.text().equals("accuse")).extracting(EventPattern::code).containsExactly("111");
        assertThat(book.forHead("meet", false)).extracting(EventPattern::text).doesNotContain("meet >with");
        assertThat(book.warnings()).isEmpty();
    }

    @Test
    void unreadableRowsThenDuplicatesConflictsUnknownCodesAndVainRemovalsAreReportedWithTheirLine() {
        PatternBook book = PatternBook.builder(ONTOLOGY)
                .addTsv(tsv("lint.tsv", "190\tshell\t\n190\tshell\t\n193\tshell\t\n999\tpummel\t\n-\tnever >seen\t\n190\tshell bad@\t\n"))
                .build();
        assertThat(book.warnings()).extracting(Warning::toString).containsExactly(
                "lint.tsv:7: malformed element 'bad@' in: shell bad@",
                "lint.tsv:3: duplicate of lint.tsv:2 (190 shell)",
                "lint.tsv:4: conflicts with lint.tsv:2 (190 shell)",
                "lint.tsv:5: unknown CAMEO code 999",
                "lint.tsv:6: removes no pattern: never >seen");
        assertThat(book.forHead("shell", false)).extracting(EventPattern::code).containsExactly("190");
    }

    @Test
    void aFixedPrepositionCouldMatchNoPatternOfItsVerb() {
        PatternBook book = PatternBook.builder(ONTOLOGY).addTsv(tsv("grant.tsv", "060	accord\t\n")).build();
        List<Token> according = List.of(new Token(0, "according", "accord", "VBG", "O", 0, 9), new Token(1, "to", "to", "TO", "O", 10, 12),
                new Token(2, "officials", "official", "NNS", "O", 13, 22));
        List<Token> accorded = List.of(new Token(0, "Egypt", "Egypt", "NNP", "O", 0, 5), new Token(1, "accorded", "accord", "VBD", "O", 6, 14),
                new Token(2, "them", "they", "PRP", "O", 15, 19));
        assertThat(book.candidates(according, 0, java.util.Set.of("accord", "according", "to"))).isEmpty();
        assertThat(book.candidates(accorded, 1, java.util.Set.of("accord", "accorded"))).isNotEmpty();
    }

    @Test
    void theBundledPatternsLoadWithoutAWarning() {
        assertThat(PatternBook.bundled(ONTOLOGY).warnings()).isEmpty();
    }

    @Test
    void priorityDecidesBeforeSpecificityAndLaterLayersComeFirst() {
        PatternBook book = PatternBook.builder(ONTOLOGY)
                .addTsv(tsv("a.tsv", "190\tattack\t\n"))
                .addTsv(tsv("b.tsv", "111\tattack\t\n"))
                .build();
        assertThat(book.forHead("attack", false)).extracting(EventPattern::code).containsExactly("111");
    }
}
