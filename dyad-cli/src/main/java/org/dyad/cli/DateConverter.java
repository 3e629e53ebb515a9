package org.dyad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dyad.article.ArticleReader;
import picocli.CommandLine;

/** Reads a YYYY-MM-DD option, with an error that says what was expected. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return ArticleReader.parseDate(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD)");
        }
    }
}
