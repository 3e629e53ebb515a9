package org.dyad.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;
import org.dyad.ontology.CameoOntology;

/**
 * Appeals, intents, demands, rejections and threats coded by their content, from
 * data/coding/speech-acts.tsv: "urged X to resume talks" is an appeal to meet (026).
 */
final class SpeechActs {

    /** The speech acts, each with its generic CAMEO code. */
    enum Act {
        APPEAL("020", "appeal"), INTENT("030", "intent"), DEMAND("100", "demand"), REJECT("120", "reject"), THREAT("130", "threat");

        final String generic;
        final String column;

        Act(String generic, String column) {
            this.generic = generic;
            this.column = column;
        }

        /** The speech act a code belongs to, by its root ("1053" is a demand), or null. */
        static Act of(String code) {
            for (Act a : values()) if (a.generic.startsWith(code.substring(0, 2))) return a;
            return null;
        }
    }

    private final Map<String, Map<Act, String>> byContent = new HashMap<>();

    SpeechActs(TsvFile table, CameoOntology ontology) {
        for (TsvFile.Row row : table.rows()) {
            Map<Act, String> codes = new HashMap<>();
            for (Act a : Act.values()) {
                String code = row.get(a.column);
                if (code.isEmpty()) continue;
                if (ontology.find(code).isEmpty()) throw new DataFileException(row.origin(), row.line(), "unknown CAMEO code " + code);
                codes.put(a, code);
            }
            byContent.put(row.get("content"), codes);
        }
    }

    static SpeechActs bundled(CameoOntology ontology) {
        return new SpeechActs(TsvFile.resource("coding/speech-acts.tsv"), ontology);
    }

    /** The code of a speech act about a content act, or the act's generic code when the table has none. */
    String code(Act act, String contentCode) {
        for (int len = contentCode.length(); len >= 2; len--) {
            Map<Act, String> row = byContent.get(contentCode.substring(0, len));
            if (row != null && row.containsKey(act)) return row.get(act);
        }
        return act.generic;
    }

    /** An act announced for the future: cooperation is an intent, conflict a threat; null if neither applies. */
    String future(String actCode) {
        int root = Integer.parseInt(actCode.substring(0, 2));
        if (root >= 4 && root <= 8) return code(Act.INTENT, actCode);
        if (root >= 14) {
            String threat = code(Act.THREAT, actCode);
            return threat.equals(Act.THREAT.generic) ? null : threat;
        }
        return null;
    }

    static final List<String> FUTURE_AUXILIARIES = List.of("will", "would", "shall", "'ll", "\u2019ll");
}
