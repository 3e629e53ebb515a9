package org.dyad.ontology;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;

/** The CAMEO code table, read from {@code data/ontology/cameo.tsv}. */
public final class CameoOntology {

    private final Map<String, CameoCode> codes;

    private CameoOntology(Map<String, CameoCode> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static CameoOntology bundled() {
        return from(TsvFile.resource("ontology/cameo.tsv"));
    }

    public static CameoOntology from(TsvFile file) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (TsvFile.Row row : file.rows()) {
            try {
                CameoCode c = new CameoCode(row.get("code"), row.get("name"), Double.parseDouble(row.get("goldstein")),
                        Integer.parseInt(row.get("quadclass")), row.get("plover"),
                        row.get("plover_mode").isEmpty() ? null : row.get("plover_mode"));
                if (codes.put(c.code(), c) != null) throw new DataFileException(file.origin(), row.line(), "duplicate code " + c.code());
            } catch (NumberFormatException e) {
                throw new DataFileException(file.origin(), row.line(), "not a number: " + e.getMessage());
            }
        }
        return new CameoOntology(codes);
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    public CameoCode get(String code) {
        CameoCode c = codes.get(code);
        if (c == null) throw new IllegalArgumentException("unknown CAMEO code " + code);
        return c;
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
