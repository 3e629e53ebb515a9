package org.dyad.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What coded an article: the Dyad version and a digest of everything that shapes its codes
 * (the bundled and the user's dictionaries and patterns, and the coding options). Two
 * articles coded with the same provenance were coded the same way; a store keeps it with
 * each article, so an ingest can tell which articles a changed configuration would code
 * differently (docs/store.md).
 */
public record Provenance(String version, String digest) {

    /** This build's version, as Maven gave it. */
    public static final String DYAD_VERSION = readVersion();

    /** The provenance of coding done by this build with a configuration of the given digest. */
    public static Provenance current(String digest) {
        return new Provenance(DYAD_VERSION, digest);
    }

    @Override
    public String toString() {
        return "Dyad " + version + ", configuration " + digest.substring(0, Math.min(12, digest.length()));
    }

    private static String readVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/dyad-core/version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
