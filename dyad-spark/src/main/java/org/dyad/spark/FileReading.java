package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.dyad.article.ArticleInput;
import org.dyad.formats.ArticleSources;

/**
 * Reads one input file on an executor with the readers {@code dyad ingest} uses (text, JSONL,
 * HTML, RSS/Atom, WARC, CSV), so that an article has the same id, text and date, and so the same
 * key, whichever of the two read it. A file on another filesystem is first copied to a local
 * temporary folder under its own name, and its items are reported by its URI.
 */
final class FileReading {

    private FileReading() {}

    /** @param hadoop the driver's Hadoop settings, to reach the same filesystems */
    static List<Item> read(InputFile file, ReaderDefaults defaults, Map<String, String> hadoop) {
        ArticleSources sources = new ArticleSources(defaults.defaults());
        if (file.local()) return numbered(file, sources.read(List.of(Path.of(file.location()))), null);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("dyad-input");
            Path copy = dir.resolve(file.name());
            org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(URI.create(file.location()));
            FileSystem fs = source.getFileSystem(configuration(hadoop));
            fs.copyToLocalFile(false, source, new org.apache.hadoop.fs.Path(copy.toUri()), true);
            return numbered(file, sources.read(List.of(copy)), copy.toString());
        } catch (IOException e) {
            return List.of(Item.rejected(Item.order(file.number(), 0), file.location(), "cannot read: " + e.getMessage()));
        } finally {
            if (dir != null) delete(dir);
        }
    }

    /** Numbers the items in file order; origins under {@code copy} become the file's URI. */
    private static List<Item> numbered(InputFile file, List<ArticleInput> inputs, String copy) {
        List<Item> items = new ArrayList<>(inputs.size());
        for (ArticleInput input : inputs) {
            Item item = Item.of(Item.order(file.number(), items.size()), input);
            if (copy != null && item.origin().startsWith(copy)) item = item.from(file.location() + item.origin().substring(copy.length()));
            items.add(item);
        }
        return items;
    }

    static Configuration configuration(Map<String, String> settings) {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
