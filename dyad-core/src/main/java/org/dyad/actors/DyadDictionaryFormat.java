package org.dyad.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.datafile.DataFileException;
import org.dyad.datafile.TsvFile;

/**
 * Dyad's own dictionary files (documented in docs/dictionaries.md). The header line says
 * which of the four kinds a file is: countries, organizations, agents or people.
 */
final class DyadDictionaryFormat {

    private DyadDictionaryFormat() {}

    static boolean recognizes(TsvFile file) {
        return isCountries(file) || isOrganizations(file) || isAgents(file) || isPeople(file);
    }

    private static boolean isCountries(TsvFile f) {
        return f.hasColumns("iso3", "name", "aliases", "adjectives", "capitals", "metonyms");
    }

    private static boolean isOrganizations(TsvFile f) {
        return f.hasColumns("code", "name", "aliases", "country", "role");
    }

    private static boolean isAgents(TsvFile f) {
        return f.hasColumns("phrase", "plurals", "role");
    }

    private static boolean isPeople(TsvFile f) {
        return f.hasColumns("name", "aliases", "code", "from", "to");
    }

    /** Reads the entries of a file; {@code countryNames} receives ISO code to name for a countries file. */
    static List<ActorEntry> entries(TsvFile file, boolean user, Map<String, String> countryNames) {
        List<ActorEntry> out = new ArrayList<>();
        Map<String, List<String>> aliases = isPeople(file) ? aliasesByName(file) : Map.of();
        for (TsvFile.Row row : file.rows()) {
            if (isCountries(file)) countryRow(row, user, out, countryNames);
            else if (isPeople(file)) personRow(row, aliases.get(row.get("name")), user, out);
            else if (isOrganizations(file)) organizationRow(row, user, out);
            else if (isAgents(file)) agentRow(row, user, out);
            else throw new DataFileException(file.origin(), 0, "not a Dyad dictionary: unknown header " + file.header());
        }
        return out;
    }

    private static void countryRow(TsvFile.Row row, boolean user, List<ActorEntry> out, Map<String, String> names) {
        String iso = code(row, row.get("iso3"));
        String name = row.get("name");
        names.put(iso, name);
        Actor country = new Actor(iso, name, iso, null);
        List<String> surfaces = new ArrayList<>(List.of(name));
        surfaces.addAll(row.list("aliases"));
        List<String> adjectives = row.list("adjectives");
        // "Peruvians", "Americans": the plural of a demonym names the country's people, not its state
        Actor people = Actor.of(iso, ActorCodes.CIVILIAN, name);
        for (String s : adjectives) {
            boolean plural = s.endsWith("s") && adjectives.contains(s.substring(0, s.length() - 1));
            if (plural) out.add(new ActorEntry(s, ActorEntry.Kind.COUNTRY, people, null, null, row.where(), user));
            else surfaces.add(s);
        }
        for (String s : surfaces) out.add(new ActorEntry(s, ActorEntry.Kind.COUNTRY, country, null, null, row.where(), user));
        for (String capital : row.list("capitals")) {
            out.add(new ActorEntry(capital, ActorEntry.Kind.CAPITAL, Actor.of(iso, ActorCodes.GOVERNMENT, name), null, null, row.where(), user));
        }
        for (String metonym : row.list("metonyms")) {
            int eq = metonym.indexOf('=');
            String role = eq < 0 ? ActorCodes.GOVERNMENT : code(row, metonym.substring(eq + 1).trim());
            String surface = eq < 0 ? metonym : metonym.substring(0, eq).trim();
            out.add(new ActorEntry(surface, ActorEntry.Kind.INSTITUTION, Actor.of(iso, role, name), null, null, row.where(), user));
        }
    }

    private static void organizationRow(TsvFile.Row row, boolean user, List<ActorEntry> out) {
        String code = code(row, row.get("code"));
        String country = row.get("country").isEmpty() ? null : code(row, row.get("country"));
        String role = row.get("role").isEmpty() ? null : code(row, row.get("role"));
        Actor actor = new Actor(code, row.get("name"), country, role);
        List<String> surfaces = new ArrayList<>(List.of(row.get("name")));
        surfaces.addAll(row.list("aliases"));
        for (String s : surfaces) out.add(new ActorEntry(s, ActorEntry.Kind.ORGANIZATION, actor, null, null, row.where(), user));
    }

    private static void agentRow(TsvFile.Row row, boolean user, List<ActorEntry> out) {
        String role = code(row, row.get("role"));
        Actor actor = Actor.of(null, role, row.get("phrase"));
        List<String> surfaces = new ArrayList<>(List.of(row.get("phrase")));
        surfaces.addAll(row.list("plurals"));
        for (String s : surfaces) out.add(new ActorEntry(s, ActorEntry.Kind.AGENT, actor, null, null, row.where(), user));
    }

    /** A person's aliases may be written on any one of their rows; they hold for all of them. */
    private static Map<String, List<String>> aliasesByName(TsvFile file) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (TsvFile.Row row : file.rows()) {
            List<String> list = out.computeIfAbsent(row.get("name"), k -> new ArrayList<>());
            for (String a : row.list("aliases")) if (!list.contains(a)) list.add(a);
        }
        return out;
    }

    private static void personRow(TsvFile.Row row, List<String> aliases, boolean user, List<ActorEntry> out) {
        // A row still without a code (as `dyad actors unknown` writes them) is a name that codes nothing.
        String code = row.get("code").isEmpty() ? null : code(row, row.get("code"));
        Actor actor = code == null ? null : new Actor(code, row.get("name"), ActorCodes.country(code), ActorCodes.role(code));
        LocalDate from = date(row, "from");
        LocalDate to = date(row, "to");
        List<String> surfaces = new ArrayList<>(List.of(row.get("name")));
        surfaces.addAll(aliases);
        for (String s : surfaces) out.add(new ActorEntry(s, ActorEntry.Kind.PERSON, actor, from, to, row.where(), user));
    }

    private static String code(TsvFile.Row row, String code) {
        if (!ActorCodes.isWellFormed(code)) throw new DataFileException(row.origin(), row.line(), "malformed actor code '" + code + "'");
        return code;
    }

    private static LocalDate date(TsvFile.Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new DataFileException(row.origin(), row.line(), "'" + v + "' in column " + column + " is not a YYYY-MM-DD date");
        }
    }
}
