package org.dyad.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.datafile.DataFileException;

/** The PETRARCH dictionaries Dyad ships beneath its own, as listed in data/petrarch/bundled.txt. */
final class BundledImports {

    private static final String FOLDER = "/dyad-data/petrarch/";

    private BundledImports() {}

    static List<String> names() {
        String list = text("bundled.txt");
        return list.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static String text(String name) {
        try (InputStream in = BundledImports.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new DataFileException("dyad-data/petrarch/" + name, 0, "missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFileException("dyad-data/petrarch/" + name, 0, e.getMessage());
        }
    }
}
