package org.dyad.datafile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A SHA-256 digest of the data that shapes coding: the files bundled with Dyad (dictionaries,
 * patterns, ontology, gazetteer), the user's files and options. Equal digests mean the same
 * data; any changed byte changes it.
 */
public final class DataDigest {

    /** The bundled folders, read from the class path as the build laid them out. */
    private static final List<String> BUNDLED = List.of("dyad-data", "dyad-places");

    private final MessageDigest sha;

    public DataDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** Adds a named value; the name keeps "a" + "bc" apart from "ab" + "c". */
    public DataDigest add(String name, byte[] value) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        sha.update(n);
        sha.update((byte) 0);
        sha.update(Long.toString(value.length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(value);
        return this;
    }

    public DataDigest add(String name, String value) {
        return add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a user's file by its content (not its name, so a moved file is the same data). */
    public DataDigest addFile(String role, Path file) {
        try {
            return add(role, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DataFileException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /** Adds every file bundled with Dyad, in a fixed order. */
    public DataDigest addBundled() {
        for (String folder : BUNDLED) {
            URL url = DataDigest.class.getResource("/" + folder);
            if (url == null) throw new DataFileException(folder, 0, "missing from the build");
            try {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme())) {
                    try (FileSystem jar = jarFileSystem(uri)) {
                        addTree(folder, jar.getPath("/" + folder));
                    }
                } else {
                    addTree(folder, Path.of(uri));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Another reader has it open: a fresh one of our own, closed after use.
            return FileSystems.newFileSystem(Path.of(URI.create(uri.getSchemeSpecificPart().replaceAll("!/.*$", ""))));
        }
    }

    private void addTree(String folder, Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                add(folder + "/" + root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
