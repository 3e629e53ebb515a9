package org.dyad.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.formats.Accepted.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table is one article a row; a bad row is rejected by the line it starts on, and the others are read. */
class CsvRowsTest {

    @TempDir
    Path dir;

    private final ArticleSources sources = new ArticleSources(
            new ArticleReader.Defaults(null, LocalDate.of(2031, 1, 1), "user-source", null));

    @Test
    void goodRowsBadRowsAndAQuotedTextOverSeveralLines() throws IOException {
        Path file = Files.writeString(dir.resolve("desk.csv"), String.join("\r\n",
                "ID,Title,Text,Published,Source,URL,Notes",
                "c1,Fees,The fishing council rejected the harbour fees.,2031-03-04,Lantern,https://lantern.example/1,checked",
                "c2,Empty,,2031-03-04,Lantern,,",
                "c3,Bad date,The mayor offered talks.,04/03/2031,Lantern,,",
                "c4,Strike,\"Ferry crews went on strike.",
                "",
                "Their union said, \"\"We will not sail.\"\"\",2031-03-06 08:00,,,",
                "",
                ",No id,The regional government blocked the fees.,,,,"));
        List<ArticleInput> in = sources.read(List.of(file));
        assertThat(in).extracting(ArticleInput::origin)
                .containsExactly(file + ":2", file + ":3", file + ":4", file + ":5", file + ":9");

        Article first = article(in.get(0));
        assertThat(first).isEqualTo(new Article("c1", "The fishing council rejected the harbour fees.", LocalDate.of(2031, 3, 4),
                Article.DatedBy.METADATA, "Lantern", "https://lantern.example/1", "Fees"));
        assertThat(in.get(1)).hasToString(file + ":3: empty: the \"text\" column has no text to code");
        assertThat(in.get(2)).hasToString(file + ":4: invalid \"published\" date '04/03/2031' (expected YYYY-MM-DD)");

        Article multiLine = article(in.get(3));
        assertThat(multiLine.text()).isEqualTo("Ferry crews went on strike.\r\n\r\nTheir union said, \"We will not sail.\"");
        assertThat(multiLine.published()).isEqualTo(LocalDate.of(2031, 3, 6));
        assertThat(multiLine.source()).isEqualTo("user-source");

        Article noId = article(in.get(4));
        assertThat(noId.id()).isEqualTo("desk-9");
        assertThat(noId.datedBy()).isEqualTo(Article.DatedBy.TODAY);
    }

    @Test
    void aTsvWithDateForPublished() throws IOException {
        Path file = Files.writeString(dir.resolve("wire.tsv"), "text\tdate\n"
                + "Boat owners thanked the regional government.\t2031-03-07\n");
        Article a = article(sources.read(List.of(file)).get(0));
        assertThat(a.text()).isEqualTo("Boat owners thanked the regional government.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 3, 7));
        assertThat(a.id()).isEqualTo("wire-2");
    }

    @Test
    void aTableWithoutATextColumnIsRejectedWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("links.csv"), "id,body\nc1,The council met.\nc2,The mayor spoke.\n");
        assertThat(sources.read(List.of(file))).extracting(Object::toString)
                .containsExactly(file + ": no \"text\" column in the header row (columns: id, body)");
    }

    @Test
    void aQuoteLeftOpenStopsTheTableAtTheRowItStarts() throws IOException {
        Path file = Files.writeString(dir.resolve("open.csv"), "id,text\nc1,The council met.\nc2,\"The mayor spoke.\nc3,Fees were cut.\n");
        List<ArticleInput> in = sources.read(List.of(file));
        assertThat(in).hasSize(2);
        assertThat(article(in.get(0)).text()).isEqualTo("The council met.");
        assertThat(in.get(1).origin()).isEqualTo(file + ":3");
        assertThat(in.get(1).toString()).startsWith(file + ":3: malformed CSV: ");
    }

    @Test
    void aHeaderWithoutRowsIsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("header.csv"), "id,text\n");
        assertThat(sources.read(List.of(file))).extracting(Object::toString)
                .containsExactly(file + ": empty: no rows under the header");
    }
}
