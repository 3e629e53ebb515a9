package org.dyad.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.article.ArticleInput;
import org.dyad.article.ArticleReader;

/**
 * Reads articles from files and folders in any of Dyad's input formats: plain text, JSONL,
 * HTML pages, RSS and Atom feeds, WARC archives, CSV and TSV tables. Folders are read through,
 * in sorted path order. Nothing about bad content throws: every problem is an
 * {@link ArticleInput.Rejected} naming where it is and what is wrong, and the rest is still read.
 *
 * <pre>{@code
 * new ArticleSources(defaults).read(List.of(Path.of("crawl/")), input -> ...);
 * }</pre>
 */
public final class ArticleSources {

    private final ArticleReader text;
    private final HtmlPages pages;
    private final FeedItems feeds;
    private final WarcRecords warcs;
    private final CsvRows tables;

    /** @param defaults what to use where an input says nothing (date, source, URL), as for the core reader */
    public ArticleSources(ArticleReader.Defaults defaults) {
        this.text = new ArticleReader(defaults);
        this.pages = new HtmlPages(defaults);
        this.feeds = new FeedItems(defaults);
        this.warcs = new WarcRecords(pages);
        this.tables = new CsvRows(defaults);
    }

    /**
     * Reads every item of every path, in order, handing each to {@code sink} as soon as it is read
     * (a WARC archive is streamed, not held in memory).
     */
    public void read(List<Path> paths, Consumer<ArticleInput> sink) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) folder(path, sink);
            else if (!Files.exists(path)) sink.accept(new ArticleInput.Rejected(path.toString(), "no such file"));
            else if (!Files.isRegularFile(path)) sink.accept(new ArticleInput.Rejected(path.toString(), "not a regular file"));
            else file(path, sink);
        }
    }

    /** Reads every item of every path, in order, into a list. */
    public List<ArticleInput> read(List<Path> paths) {
        List<ArticleInput> all = new ArrayList<>();
        read(paths, all::add);
        return all;
    }

    private void folder(Path folder, Consumer<ArticleInput> sink) {
        List<FolderWalk.Entry> entries = FolderWalk.under(folder);
        if (entries.isEmpty()) sink.accept(new ArticleInput.Rejected(folder.toString(), "empty folder: no files to read"));
        for (FolderWalk.Entry entry : entries) {
            if (entry instanceof FolderWalk.Unreadable bad) sink.accept(new ArticleInput.Rejected(bad.path().toString(), bad.reason()));
            else file(entry.path(), sink);
        }
    }

    private void file(Path file, Consumer<ArticleInput> sink) {
        String origin = file.toString();
        InputFormat format;
        try {
            format = InputFormat.of(file);
        } catch (IOException e) {
            sink.accept(unreadable(origin, e));
            return;
        }
        try {
            switch (format) {
                case TEXT -> text.read(file).forEach(sink);
                case WARC -> warcs.read(file, sink);
                default -> whole(file, format, sink);
            }
        } catch (RuntimeException e) {
            // A library that trips over some content must not end a run over thousands of files;
            // the exception is named, so the file can be reported and the failure reproduced.
            sink.accept(new ArticleInput.Rejected(origin, "could not be read (" + e + ")"));
        }
    }

    /** The formats read from the whole file in memory, which the 10 MB limit keeps small. */
    private void whole(Path file, InputFormat format, Consumer<ArticleInput> sink) {
        byte[] bytes = load(file, sink);
        if (bytes == null) return;
        String origin = file.toString();
        String stem = ArticleReader.stem(file);
        switch (format) {
            case HTML -> sink.accept(pages.read(origin, stem, bytes, HtmlPages.Capture.NONE));
            case FEED -> feeds.read(origin, stem, bytes).forEach(sink);
            case CSV -> table(origin, stem, bytes, ',', sink);
            case TSV -> table(origin, stem, bytes, '\t', sink);
            default -> throw new IllegalStateException(format + " is not read whole");
        }
    }

    private void table(String origin, String stem, byte[] bytes, char delimiter, Consumer<ArticleInput> sink) {
        String problem = ArticleReader.binaryProblem(bytes);
        if (problem == null) problem = ArticleReader.utf8Problem(bytes);
        if (problem != null) {
            sink.accept(new ArticleInput.Rejected(origin, problem));
            return;
        }
        String content = new String(bytes, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) content = content.substring(1);
        tables.read(origin, stem, content, delimiter).forEach(sink);
    }

    /** The whole file, for the formats read in one piece; null, with the reason sent on, when it cannot be. */
    private static byte[] load(Path file, Consumer<ArticleInput> sink) {
        String origin = file.toString();
        try {
            long size = Files.size(file);
            if (size > ArticleReader.MAX_BYTES) {
                sink.accept(new ArticleInput.Rejected(origin, "too large: " + size + " bytes (limit " + ArticleReader.MAX_BYTES + ")"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (blank(bytes)) {
                sink.accept(new ArticleInput.Rejected(origin, "empty: no text to code"));
                return null;
            }
            return bytes;
        } catch (IOException e) {
            sink.accept(unreadable(origin, e));
            return null;
        }
    }

    private static boolean blank(byte[] bytes) {
        String start = new String(bytes, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00EF\u00BB\u00BF")) start = start.substring(3);
        return start.isBlank();
    }

    private static ArticleInput.Rejected unreadable(String origin, IOException e) {
        return new ArticleInput.Rejected(origin, e instanceof NoSuchFileException ? "no such file" : "cannot read: " + e.getMessage());
    }
}
