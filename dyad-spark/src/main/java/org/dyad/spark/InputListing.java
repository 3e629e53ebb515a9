package org.dyad.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.dyad.formats.FolderWalk;

/**
 * The driver's list of the files to read, in the order {@code dyad ingest} reads them: the inputs
 * in the order given, a folder's files sorted by path with hidden ones passed over. Local paths
 * are walked as ingest walks them; URIs through Hadoop's filesystems. Inputs that do not exist or
 * hold no files are rejected items, for the errors table.
 */
final class InputListing {

    record Listing(List<InputFile> files, List<Item> rejected) {}

    private final Configuration hadoop;
    private final List<InputFile> files = new ArrayList<>();
    private final List<Item> rejected = new ArrayList<>();

    private InputListing(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    static Listing of(List<String> inputs, Configuration hadoop) {
        InputListing listing = new InputListing(hadoop);
        for (String input : inputs) {
            if (isUri(input)) listing.remote(input);
            else listing.local(Path.of(input));
        }
        return new Listing(List.copyOf(listing.files), List.copyOf(listing.rejected));
    }

    /** A URI names its filesystem ({@code hdfs://...}, {@code file:/...}); a path does not. */
    static boolean isUri(String input) {
        return input.matches("[A-Za-z][A-Za-z0-9+.-]+:.*");
    }

    private void local(Path path) {
        if (!Files.isDirectory(path)) {
            if (!Files.exists(path)) reject(path.toString(), "no such file");
            else add(path.toString(), true);
            return;
        }
        List<FolderWalk.Entry> entries = FolderWalk.under(path);
        if (entries.isEmpty()) reject(path.toString(), "empty folder: no files to read");
        for (FolderWalk.Entry e : entries) {
            if (e instanceof FolderWalk.Unreadable bad) reject(bad.path().toString(), bad.reason());
            else add(e.path().toString(), true);
        }
    }

    private void remote(String uri) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(URI.create(uri));
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            FileStatus status = fs.getFileStatus(path);
            if (!status.isDirectory()) {
                add(uri, false);
                return;
            }
            List<String> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
            String root = status.getPath().toString();
            while (it.hasNext()) {
                String file = it.next().getPath().toString();
                if (!hidden(file.substring(root.length()))) found.add(file);
            }
            found.sort(Comparator.naturalOrder());
            if (found.isEmpty()) reject(uri, "empty folder: no files to read");
            found.forEach(f -> add(f, false));
        } catch (FileNotFoundException e) {
            reject(uri, "no such file");
        } catch (IOException | IllegalArgumentException e) {
            reject(uri, "cannot read: " + e.getMessage());
        }
    }

    /** Hidden as ingest's folder walk hides: a name in the path below the folder that starts with a dot. */
    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) if (part.startsWith(".")) return true;
        return false;
    }

    private void add(String location, boolean local) {
        files.add(new InputFile(files.size() + rejected.size(), location, local));
    }

    private void reject(String origin, String reason) {
        rejected.add(Item.rejected(Item.order(files.size() + rejected.size(), 0), origin, reason));
    }
}
