package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyad.store.Table;

/** Query results printed as an aligned table, CSV with a header, or one JSON object a line. */
final class ResultView {

    enum Format { table, csv, jsonl }

    /** Wide text columns (evidence, names) are cut in the table view; CSV and JSONL keep everything. */
    private static final int WIDEST = 40;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultView() {}

    static void print(Table t, Format format, PrintWriter out) {
        switch (format) {
            case table -> table(t, out);
            case csv -> csv(t, out);
            case jsonl -> jsonl(t, out);
        }
        out.flush();
    }

    private static void table(Table t, PrintWriter out) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(t.columns());
        for (List<Object> row : t.rows()) cells.add(row.stream().map(ResultView::cell).toList());
        int[] width = new int[t.columns().size()];
        for (List<String> row : cells) {
            for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], row.get(i).length());
        }
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                if (i > 0) line.append("  ");
                line.append(String.format("%-" + width[i] + "s", cells.get(r).get(i)));
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) out.println("-".repeat(line.toString().stripTrailing().length()));
        }
        out.println("(" + t.rows().size() + " row" + (t.rows().size() == 1 ? "" : "s") + ")");
    }

    private static String cell(Object v) {
        String s = v == null ? "" : v.toString().replace('\n', ' ');
        return s.length() > WIDEST ? s.substring(0, WIDEST - 1) + "…" : s;
    }

    private static void csv(Table t, PrintWriter out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(t.columns().toArray(String[]::new)).setRecordSeparator('\n').get());
            for (List<Object> row : t.rows()) csv.printRecord(row);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void jsonl(Table t, PrintWriter out) {
        for (List<Object> row : t.rows()) {
            ObjectNode o = JSON.createObjectNode();
            for (int i = 0; i < t.columns().size(); i++) o.set(t.columns().get(i), JSON.valueToTree(json(row.get(i))));
            out.println(o.toString());
        }
    }

    /** JDBC values JSON has no type for (dates, timestamps, DuckDB's JSON) are written as text. */
    private static Object json(Object v) {
        return v == null || v instanceof Number || v instanceof Boolean || v instanceof String ? v : v.toString();
    }
}
