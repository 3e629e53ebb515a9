package org.dyad.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dyad.store.EventQuery;

/**
 * A request's query parameters, checked: a parameter the route does not take, a value of the
 * wrong form or out of range is a 400 error that names it. Values only ever reach the store
 * as bound parameters.
 */
final class Params {

    /** The filters of {@code dyad events}, taken by every route that selects events. */
    static final List<String> FILTERS = List.of("actor", "source", "target", "code", "quad", "from", "to", "outlet", "text");

    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9]{1,40}");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{1,4}");
    private static final int LONGEST_TEXT = 200;

    private final Context ctx;

    /** Refuses parameters other than these. */
    Params(Context ctx, List<String> allowed) {
        this.ctx = ctx;
        Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw ApiError.badRequest("unknown parameter " + String.join(", ", unknown) + " (this route takes: "
                    + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ")");
        }
    }

    static List<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(Arrays.asList(more));
        return all;
    }

    /** A text value, or null when absent or blank. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > LONGEST_TEXT) throw ApiError.badRequest(name + " is longer than " + LONGEST_TEXT + " characters");
        return v.strip();
    }

    int integer(String name, int min, int max, int absent) {
        String v = text(name);
        if (v == null) return absent;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw ApiError.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number, not '" + v + "'");
        }
    }

    boolean flag(String name) {
        String v = text(name);
        if (v == null || v.equals("false")) return false;
        if (v.equals("true")) return true;
        throw ApiError.badRequest(name + " must be true or false, not '" + v + "'");
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E absent) {
        String v = text(name);
        if (v == null) return absent;
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + v + "'");
        }
    }

    /** A date, YYYY-MM-DD, or null when absent. */
    LocalDate date(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    /** An actor code (letters and digits), upper-cased, or null when absent. */
    String actor(String name) {
        return actor(name, text(name));
    }

    static String actor(String name, String value) {
        if (value == null) return null;
        if (!ACTOR.matcher(value).matches()) throw ApiError.badRequest(name + " must be an actor code (letters and digits), not '" + value + "'");
        return value.toUpperCase(Locale.ROOT);
    }

    /** The filters of {@code dyad events}; a source or target given by the route's path overrides the parameter. */
    EventQuery filter(String source, String target) {
        String code = text("code");
        if (code != null && !CAMEO.matcher(code).matches()) throw ApiError.badRequest("code must be a CAMEO code or root (digits), not '" + code + "'");
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) throw ApiError.badRequest("from (" + from + ") is after to (" + to + ")");
        int quad = integer("quad", 1, 4, 0);
        return new EventQuery(actor("actor"), source != null ? source : actor("source"), target != null ? target : actor("target"),
                code, quad == 0 ? null : quad, from == null ? null : from.toString(), to == null ? null : to.toString(),
                text("outlet"), text("text"), 0);
    }
}
