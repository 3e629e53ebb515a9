package org.dyad.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The latencies of one phase's requests, by kind, and its errors. */
final class Latencies {

    private final Map<String, List<Long>> byKind = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();
    private long requests;

    synchronized void add(String kind, long nanos) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
        requests++;
    }

    synchronized void error(String what) {
        errors.add(what);
    }

    synchronized long requests() {
        return requests;
    }

    synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    /** One line per kind and one for all: requests, requests/s, p50, p95 and p99 in milliseconds. */
    synchronized List<String> table(double seconds) {
        List<String> lines = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (var e : byKind.entrySet()) {
            lines.add(line(e.getKey(), e.getValue(), seconds));
            all.addAll(e.getValue());
        }
        lines.add(line("all", all, seconds));
        return lines;
    }

    synchronized double percentile(String kind, double p) {
        List<Long> values = kind == null ? byKind.values().stream().flatMap(List::stream).toList() : byKind.getOrDefault(kind, List.of());
        return percentileOf(new ArrayList<>(values), p);
    }

    private static String line(String kind, List<Long> values, double seconds) {
        List<Long> sorted = new ArrayList<>(values);
        return String.format(Locale.ROOT, "  %-10s %8d %10.1f %10.1f %10.1f %10.1f", kind, values.size(), values.size() / seconds,
                percentileOf(sorted, 50), percentileOf(sorted, 95), percentileOf(sorted, 99));
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    private static double percentileOf(List<Long> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        Collections.sort(values);
        int rank = (int) Math.ceil(p / 100 * values.size());
        return values.get(Math.max(0, rank - 1)) / 1e6;
    }
}
