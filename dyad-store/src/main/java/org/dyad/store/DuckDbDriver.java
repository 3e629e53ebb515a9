package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * DuckDB's JDBC driver, loaded so that its native library comes from a stable cache folder
 * ({@code ~/.cache/dyad/duckdb_jdbc-VERSION/}, or under {@code $XDG_CACHE_HOME}, or the
 * {@code dyad.cache} system property) rather than a new 57 MB temporary file per process,
 * which a killed process leaves behind.
 *
 * <p>How: the driver unpacks its library to a temporary file only when the library is a
 * resource of its class loader; otherwise it loads the file beside its jar. So the driver's
 * classes are loaded from a link to its jar in the cache folder, by a class loader that hides
 * the library resource, and the library is extracted there once.
 */
final class DuckDbDriver {

    private static final String DRIVER = "org.duckdb.DuckDBDriver";

    private static Driver driver;

    private DuckDbDriver() {}

    static Connection connect(Path file, Properties properties) throws SQLException {
        return driver().connect("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    }

    /** A database in this process's memory only, for views over files and for the schema. */
    static Connection inMemory() throws SQLException {
        return driver().connect("jdbc:duckdb:", new Properties());
    }

    private static synchronized Driver driver() {
        if (driver == null) driver = load();
        return driver;
    }

    private static Driver load() {
        Path jar = jar();
        try {
            Path folder = cacheRoot().resolve(jar.getFileName().toString().replaceAll("\\.jar$", ""));
            Files.createDirectories(folder);
            Path link = link(jar, folder.resolve("duckdb_jdbc.jar"));
            extractLibrary(jar, folder);
            ClassLoader loader = new HidingLibraryLoader(link.toUri().toURL());
            return (Driver) loader.loadClass(DRIVER).getConstructor().newInstance();
        } catch (IOException | ReflectiveOperationException e) {
            throw new StoreException("cannot load DuckDB's driver from " + jar + ": " + e.getMessage(), e);
        }
    }

    /** A link to the driver's jar in the cache folder; a copy where the file system has no links. */
    private static Path link(Path jar, Path link) throws IOException {
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(jar)) return link;
        if (Files.isRegularFile(link) && !Files.isSymbolicLink(link) && Files.size(link) == Files.size(jar)) return link;
        Files.deleteIfExists(link);
        try {
            Files.createSymbolicLink(link, jar);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(jar, link);
        }
        return link;
    }

    /** The driver's jar on the class path. */
    private static Path jar() {
        URL url = DuckDbDriver.class.getClassLoader().getResource(DRIVER.replace('.', '/') + ".class");
        if (url == null || !"jar".equals(url.getProtocol())) throw new StoreException("DuckDB's JDBC driver is not on the class path");
        String path = url.getPath();
        try {
            return Path.of(new URL(path.substring(0, path.indexOf("!/"))).toURI()).toRealPath();
        } catch (MalformedURLException | URISyntaxException e) {
            throw new StoreException("cannot locate DuckDB's driver: " + url, e);
        } catch (IOException e) {
            throw new StoreException("cannot read DuckDB's driver: " + e.getMessage(), e);
        }
    }

    static Path cacheRoot() {
        String set = System.getProperty("dyad.cache");
        if (set != null) return Path.of(set);
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("dyad");
    }

    /** Extracts this platform's library once; a copy is moved into place whole, so a killed extraction leaves none. */
    private static void extractLibrary(Path jar, Path folder) throws IOException {
        String name = libraryName();
        Path target = folder.resolve(name);
        try (JarFile j = new JarFile(jar.toFile())) {
            ZipEntry entry = j.getEntry(name);
            if (entry == null) throw new IOException("no " + name + " in the driver's jar");
            if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) return;
            Path part = Files.createTempFile(folder, name, ".part");
            try (InputStream in = j.getInputStream(entry)) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }

    /** The name the driver gives its library for this platform (its own naming). */
    private static String libraryName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT).trim();
        arch = switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        if (os.startsWith("mac") || os.startsWith("osx")) return "libduckdb_java.so_osx_universal";
        if (os.startsWith("windows")) return "libduckdb_java.so_windows_" + arch;
        return "libduckdb_java.so_linux_" + arch;
    }

    /** Loads the driver's classes from its jar, without its library: the driver then loads the file beside the jar. */
    private static final class HidingLibraryLoader extends URLClassLoader {

        HidingLibraryLoader(URL jar) {
            super("duckdb", new URL[] {jar}, ClassLoader.getPlatformClassLoader());
        }

        @Override
        public URL findResource(String name) {
            return name.contains("libduckdb_java") ? null : super.findResource(name);
        }
    }
}
