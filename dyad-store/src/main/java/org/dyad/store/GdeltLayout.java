package org.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorCodes;
import org.dyad.datafile.TsvFile;

/**
 * One stored event as a row of GDELT 2.0's event table: 61 fields, in GDELT's order, codes as
 * strings with their leading zeros, FIPS 10-4 country codes in the geographic fields. Where
 * Dyad has no value (tone, ethnicity, religion) the field is empty. docs/store.md lists each
 * column and where Dyad's value comes from.
 */
final class GdeltLayout {

    static final int COLUMNS = 61;

    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** The columns of the events view this layout reads. */
    static final String QUERY = "SELECT event_id, date, source_code, source_name, target_code, target_name, cameo, cameo_root, "
            + "quad_class, goldstein, num_mentions, num_sources, num_articles, first_sentence, place, first_added, first_url "
            + "FROM events WHERE NOT negated ORDER BY date, event_id";

    private record Country(String fips, String name) {}

    private final Map<String, Country> countries = new HashMap<>();
    private final Set<String> roles;

    GdeltLayout() {
        for (TsvFile.Row row : TsvFile.resource("actors/countries.tsv").rows()) {
            countries.put(row.get("iso3"), new Country(row.get("fips"), row.get("name")));
        }
        Set<String> r = new java.util.HashSet<>();
        for (TsvFile.Row row : TsvFile.resource("actors/agents.tsv").rows()) r.add(row.get("role"));
        roles = Set.copyOf(r);
    }

    /** The 61 fields of one event. */
    List<String> row(Event e) {
        List<String> f = new ArrayList<>(COLUMNS);
        LocalDate day = e.day();
        f.add(Long.toString(e.id()));
        f.add(day.format(DateTimeFormatter.BASIC_ISO_DATE));
        f.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        f.add(Integer.toString(day.getYear()));
        f.add(String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / (double) day.lengthOfYear()));
        actor(f, e.sourceCode(), e.sourceName());
        actor(f, e.targetCode(), e.targetName());
        f.add(e.firstSentence() < 3 ? "1" : "0");
        f.add(e.cameo());
        f.add(e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo());
        f.add(e.root());
        f.add(Integer.toString(e.quadClass()));
        f.add(String.format(Locale.ROOT, "%.1f", e.goldstein()));
        f.add(Long.toString(e.mentions()));
        f.add(Long.toString(e.sources()));
        f.add(Long.toString(e.articles()));
        f.add("");
        actorGeo(f, e.sourceCode());
        actorGeo(f, e.targetCode());
        actionGeo(f, e.place());
        f.add(e.added() == null ? "" : e.added().format(ADDED));
        f.add(e.url() == null ? "" : e.url());
        f.replaceAll(v -> v == null ? "" : v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        return f;
    }

    /** Code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3. */
    private void actor(List<String> f, String code, String name) {
        if (code == null) {
            for (int i = 0; i < 10; i++) f.add("");
            return;
        }
        String country = ActorCodes.country(code);
        if (country != null && !countries.containsKey(country)) country = null;
        List<String> blocks = new ArrayList<>();
        for (int i = country == null ? 0 : 3; i + 3 <= code.length(); i += 3) blocks.add(code.substring(i, i + 3));
        String group = null;
        List<String> types = new ArrayList<>();
        for (String b : blocks) {
            if (roles.contains(b) || b.equals("IGO") || b.equals("NGO") || b.equals("MNC")) types.add(b);
            else if (group == null) group = b;
        }
        f.add(code);
        f.add(name == null ? "" : name.toUpperCase(Locale.ROOT));
        f.add(country);
        f.add(group);
        f.add("");
        f.add("");
        f.add("");
        for (int i = 0; i < 3; i++) f.add(i < types.size() ? types.get(i) : "");
    }

    /** An actor's place is its country, where its code has one. */
    private void actorGeo(List<String> f, String code) {
        Country c = code == null ? null : countries.get(ActorCodes.country(code));
        if (c == null || c.fips() == null || c.fips().isEmpty()) {
            geo(f, "0", "", "", "", "", "", "", "");
            return;
        }
        geo(f, "1", c.name(), c.fips(), c.fips(), "", "", "", c.fips());
    }

    private void actionGeo(List<String> f, JsonNode place) {
        Country c = place == null ? null : countries.get(text(place, "country"));
        if (c == null) {
            geo(f, "0", "", "", "", "", "", "", "");
            return;
        }
        String kind = text(place, "kind");
        boolean us = "USA".equals(text(place, "country"));
        String type = switch (kind == null ? "" : kind) {
            case "city" -> us ? "3" : "4";
            case "admin1" -> us ? "2" : "5";
            default -> "1";
        };
        String admin1 = text(place, "admin1");
        List<String> name = new ArrayList<>();
        if (!"country".equals(kind)) name.add(text(place, "name"));
        if ("city".equals(kind) && text(place, "admin1Name") != null) name.add(text(place, "admin1Name"));
        name.add(c.name());
        String id = text(place, "geonameId");
        geo(f, type, String.join(", ", name), c.fips(), admin1 == null ? c.fips() : c.fips() + admin1, "",
                text(place, "lat"), text(place, "lon"), id == null ? c.fips() : id);
    }

    private static void geo(List<String> f, String type, String fullName, String country, String adm1, String adm2,
                            String lat, String lon, String featureId) {
        f.add(type);
        f.add(fullName);
        f.add(country);
        f.add(adm1);
        f.add(adm2);
        f.add(lat == null ? "" : lat);
        f.add(lon == null ? "" : lon);
        f.add(featureId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The stored event fields the layout needs, read from {@link #QUERY}. */
    record Event(long id, String date, String sourceCode, String sourceName, String targetCode, String targetName,
                 String cameo, String root, int quadClass, double goldstein, long mentions, long sources, long articles,
                 int firstSentence, JsonNode place, java.time.LocalDateTime added, String url) {

        /** GDELT needs a day: a month-dated event falls on the month's first day, a year-dated one on 1 January. */
        LocalDate day() {
            return switch (date.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
                case 7 -> LocalDate.parse(date + "-01");
                default -> LocalDate.parse(date);
            };
        }
    }
}
