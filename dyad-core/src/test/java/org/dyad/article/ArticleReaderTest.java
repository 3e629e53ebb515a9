package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is a reasoned rejection naming the file (and line), never an exception. */
class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(
            new ArticleReader.Defaults(null, LocalDate.of(2026, 1, 2), "test", null));

    private String rejection(List<ArticleInput> inputs) {
        assertThat(inputs).hasSize(1);
        assertThat(inputs.get(0)).isInstanceOf(ArticleInput.Rejected.class);
        return inputs.get(0).toString();
    }

    @Test
    void missingFile() {
        assertThat(rejection(reader.read(dir.resolve("nope.txt")))).contains("nope.txt").contains("no such file");
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "  \n\n ");
        assertThat(rejection(reader.read(f))).contains("empty.txt").contains("empty");
    }

    @Test
    void binaryFile() throws IOException {
        Path f = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        assertThat(rejection(reader.read(f))).contains("photo.txt").contains("binary");
    }

    @Test
    void wrongEncoding() throws IOException {
        Path f = Files.write(dir.resolve("latin1.txt"), "Le pr\u00e9sident a parl\u00e9.".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(rejection(reader.read(f))).contains("latin1.txt").contains("not valid UTF-8").contains("offset 5");
    }

    @Test
    void hugeFile() throws IOException {
        Path f = dir.resolve("huge.txt");
        Files.write(f, new byte[(int) ArticleReader.MAX_BYTES + 1]);
        assertThat(rejection(reader.read(f))).contains("huge.txt").contains("too large");
    }

    @Test
    void plainTextWithoutADateTakesTodayAndSaysSo() throws IOException {
        Path f = Files.writeString(dir.resolve("wire.txt"), "Ministers met in Oslo.");
        Article a = ((ArticleInput.Accepted) reader.read(f).get(0)).article();
        assertThat(a.id()).isEqualTo("wire");
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(a.datedBy()).isEqualTo(Article.DatedBy.TODAY);
    }

    @Test
    void jsonlBadLinesAreRejectedOneByOneAndTheOthersRead() throws IOException {
        Path f = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"id\":\"a1\",\"text\":\"Ministers met in Oslo.\",\"published\":\"2019-05-01\",\"source\":\"VOA\"}",
                "{\"id\":\"a2\",\"text\":\"broken",
                "{\"id\":\"a3\",\"text\":\"Talks resumed.\",\"published\":\"2019-13-45\"}",
                "{\"id\":\"a4\",\"published\":\"2019-05-01\"}",
                "[1,2]",
                "",
                "{\"id\":\"a6\",\"text\":\"Talks resumed.\",\"published\":\"2019-05-02T10:00:00Z\"}"));
        List<ArticleInput> in = reader.read(f);
        assertThat(in).hasSize(6);
        assertThat(((ArticleInput.Accepted) in.get(0)).article().source()).isEqualTo("VOA");
        assertThat(((ArticleInput.Accepted) in.get(0)).article().datedBy()).isEqualTo(Article.DatedBy.METADATA);
        assertThat(in.get(1).toString()).contains("feed.jsonl:2").contains("malformed JSON");
        assertThat(in.get(2).toString()).contains("feed.jsonl:3").contains("invalid \"published\" date '2019-13-45'");
        assertThat(in.get(3).toString()).contains("feed.jsonl:4").contains("\"text\"");
        assertThat(in.get(4).toString()).contains("feed.jsonl:5").contains("one object");
        assertThat(((ArticleInput.Accepted) in.get(5)).article().published()).isEqualTo(LocalDate.of(2019, 5, 2));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() {
        byte[] bytes = "\uFEFFTalks resumed.".getBytes(StandardCharsets.UTF_8);
        Article a = ((ArticleInput.Accepted) reader.read("stdin", bytes).get(0)).article();
        assertThat(a.text()).isEqualTo("Talks resumed.");
    }
}
