package org.dyad.cli;

import org.dyad.attribution.Quote;
import org.dyad.coding.Event;
import org.dyad.coding.Participant;
import org.dyad.record.DyadRecord;
import org.dyad.time.TimeRef;

/** A record for a person to read: each event with its evidence, each quotation with its speaker. */
final class TableView {

    private TableView() {}

    static String render(DyadRecord r) {
        StringBuilder b = new StringBuilder();
        var a = r.article();
        b.append("Article ").append(a.id()).append("  published ").append(a.published())
                .append(" (").append(switch (a.publishedFrom()) {
                    case "flag" -> "from --published";
                    case "metadata" -> "from the input";
                    default -> "today's date: none given";
                }).append(')');
        if (a.source() != null) b.append("  source ").append(a.source());
        b.append("\n\nEvents (").append(r.events().size()).append(")\n");
        for (Event e : r.events()) {
            b.append(String.format("  %-10s  %-28s  %-5s %-34s  %-28s%s%n", e.date(), actor(e.source()), e.cameo(),
                    clip(e.label(), 34), e.target() == null ? "-" : actor(e.target()), e.negated() ? "  (negated)" : ""));
            if (e.attribution() != null) {
                b.append("              reported by ").append(e.attribution().speaker() == null ? "-" : e.attribution().speaker().name());
                if (!e.attribution().via().isEmpty()) b.append(" via ").append(String.join(", ", e.attribution().via()));
                b.append('\n');
            }
            if (e.location() != null) {
                Event.Location l = e.location();
                b.append("              in ").append(l.name()).append(" (").append(l.kind()).append(", ").append(l.country()).append(")\n");
            }
            b.append("              \"").append(clip(e.evidence().text().replaceAll("\\s+", " "), 160)).append("\"\n");
        }
        b.append("\nQuotes (").append(r.quotes().size()).append(")\n");
        for (Quote q : r.quotes()) {
            b.append("  ").append(q.speaker() == null ? "(speaker unknown)" : q.speaker().name()
                    + (q.speaker().code() == null ? "" : " [" + q.speaker().code() + "]"));
            if (!q.via().isEmpty()) b.append(" via ").append(String.join(", ", q.via()));
            b.append(": \"").append(clip(q.text().replaceAll("\\s+", " "), 140)).append("\"\n");
        }
        b.append("\nTimes (").append(r.times().size()).append(")\n");
        for (TimeRef t : r.times()) b.append("  ").append(t.text()).append(" = ").append(t.value()).append('\n');
        return b.append('\n').toString();
    }

    private static String actor(Participant p) {
        return p.code() + " (" + clip(p.text(), 18) + ")";
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
