package org.dyad.formats;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The files under a folder, in every subfolder, sorted by path so that two runs over the same
 * folder read the same articles in the same order. Hidden files and folders (a leading dot:
 * {@code .git}, {@code .DS_Store}, editor backups) are not inputs and are passed over. Public
 * so that a reader that hands files to other machines (the Spark job) walks folders the same way.
 */
public final class FolderWalk {

    /** A file found, or a place the walk could not enter. */
    public sealed interface Entry {
        Path path();
    }

    public record Found(Path path) implements Entry {}

    public record Unreadable(Path path, String reason) implements Entry {}

    private FolderWalk() {}

    public static List<Entry> under(Path folder) {
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) return FileVisitResult.CONTINUE;
                    entries.add(attrs.isRegularFile() ? new Found(file) : new Unreadable(file, "not a regular file"));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!hidden(file)) entries.add(new Unreadable(file, e instanceof FileSystemLoopException
                            ? "symbolic link loop, not followed" : "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            entries.add(new Unreadable(folder, "cannot read: " + e.getMessage()));
        }
        entries.sort(Comparator.comparing(Entry::path));
        return entries;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
