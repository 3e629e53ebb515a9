package org.dyad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.article.Article;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;

/** The articles a benchmark runs on: a JSONL file, or every file of a folder. */
record Corpus(String origin, List<Article> articles) {

    static Corpus load(Path path, int limit) throws IOException {
        ArticleReader reader = new ArticleReader(new ArticleReader.Defaults(null, LocalDate.now(), null, null));
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.walk(path)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        } else {
            files.add(path);
        }
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            for (ArticleInput in : reader.read(f)) {
                if (in instanceof ArticleInput.Accepted a && articles.size() < limit) articles.add(a.article());
            }
        }
        if (articles.isEmpty()) throw new IOException(path + ": no articles");
        return new Corpus(path.toString(), List.copyOf(articles));
    }
}
