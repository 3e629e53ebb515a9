package org.dyad.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of the date strings that pages, feeds and tables carry.
 *
 * <p>The date is taken as written, before any conversion to UTC: an article a New York paper
 * stamps {@code 2031-03-04T22:30:00-05:00} was published on the 4th for its readers, and that is
 * the date its "yesterday" and "on Tuesday" refer to.
 */
final class PublicationDate {

    /** ISO 8601 dates and date-times, and the "YYYY-MM-DD hh:mm" spreadsheets write: the date is the first ten characters. */
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ].*)", Pattern.DOTALL);

    private PublicationDate() {}

    /** The date in an ISO 8601 string or an RFC 822 date-time (as in RSS), or empty when it is neither. */
    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip();
        try {
            Matcher iso = ISO_DATE.matcher(v);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
