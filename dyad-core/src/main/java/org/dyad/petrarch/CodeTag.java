package org.dyad.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bracketed code of an actor or agent dictionary, read as PETRARCH reads it:
 * "[USAGOV]", "[USAGOV 090120-170120]", "[USAGOV &gt;20090120]", "[USAGOV &lt;090120]",
 * "[~GOV]" (a role after the country), "[NGO~]" (a role PETRARCH puts before it), "[---]"
 * (no code). Dates are YYMMDD (years up to 30 are 20YY) or YYYYMMDD.
 *
 * @param code     the code, or null for "---"
 * @param agent    a role code ("~" on either side)
 * @param dated    a date restriction was given
 * @param from     first day it holds, or null
 * @param to       first day it no longer holds, or null (a dictionary's last day is included)
 */
record CodeTag(String code, boolean agent, boolean dated, LocalDate from, LocalDate to) {

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]}\\[]*)([\\]}])");
    private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");
    /** PETRARCH codes are opaque strings; Dyad reads the country and role blocks off their first letters. */
    private static final Pattern READABLE = Pattern.compile("[A-Z]{3}[A-Z0-9]*");

    /** A code that cannot be read, and why. */
    static final class Malformed extends Exception {
        Malformed(String reason) {
            super(reason);
        }
    }

    /** Every bracket on a line, in order; a bracket closed by "}" is read but reported. */
    static List<String> brackets(String line, List<String> problems) {
        List<String> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(line);
        while (m.find()) {
            out.add(m.group(1).trim());
            if (m.group(2).equals("}")) problems.add("'[" + m.group(1) + "' is closed by '}'");
        }
        if (out.isEmpty() && line.indexOf('[') >= 0) problems.add("unclosed '[' in '" + line + "'");
        return out;
    }

    static CodeTag parse(String inside) throws Malformed {
        String[] parts = inside.trim().split("\\s+", 2);
        String c = parts[0];
        boolean agent = c.startsWith("~") || c.endsWith("~");
        String code = c.replace("~", "");
        if (code.equals("---") || code.isEmpty() && !agent) {
            code = null;
        } else if (!READABLE.matcher(code).matches()) {
            throw new Malformed("malformed code '" + c + "'");
        }
        if (parts.length == 1) return new CodeTag(code, agent, false, null, null);
        String r = parts[1].replace(" ", "");
        try {
            // PETRARCH's limits are "or equal to": the last day is included.
            if (r.startsWith("<")) return new CodeTag(code, agent, true, null, date(r.substring(1)).plusDays(1));
            if (r.startsWith(">")) return new CodeTag(code, agent, true, date(r.substring(1)), null);
            int dash = r.indexOf('-');
            if (dash > 0) return new CodeTag(code, agent, true, date(r.substring(0, dash)), date(r.substring(dash + 1)).plusDays(1));
            return new CodeTag(code, agent, true, date(r), null);
        } catch (DateTimeException e) {
            throw new Malformed("impossible date in '[" + inside + "]'");
        }
    }

    private static LocalDate date(String digits) throws Malformed {
        if (!DATE.matcher(digits).matches()) throw new Malformed("malformed date '" + digits + "' (6 or 8 digits expected)");
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6)));
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4)));
    }
}
