package org.dyad.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dyad.datafile.DataFileException;

/**
 * Reads TimeML documents ({@code .tml}, as TimeBank, AQUAINT and TempEval-3 publish them):
 * the text inside {@code <TEXT>} with its tags removed, its {@code TIMEX3} expressions as
 * character spans of that text with their type and value, and the document creation time
 * ({@code <DCT>}) as the publication date. Read with the JDK's StAX parser.
 */
public final class TimeMl {

    /** A time expression of the annotation: TIMEX3 type (DATE, TIME, DURATION, SET), value, span. */
    public record GoldTime(String type, String value, String text, int start, int end) {}

    /** A document: its text, creation date and time expressions. */
    public record TimedText(String id, String text, LocalDate published, List<GoldTime> times) {}

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private TimeMl() {}

    /** Every .tml file under a folder (searched recursively), in name order. */
    public static List<TimedText> read(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<TimedText> out = files.filter(p -> p.toString().endsWith(".tml")).sorted().map(TimeMl::readFile).toList();
            if (out.isEmpty()) throw new DataFileException(folder.toString(), 0, "no .tml files");
            return out;
        } catch (IOException e) {
            throw new DataFileException(folder.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    static TimedText readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = XML.createXMLStreamReader(in, "UTF-8");
            StringBuilder text = new StringBuilder();
            List<GoldTime> times = new ArrayList<>();
            String dct = null;
            boolean inText = false;
            boolean inDct = false;
            String type = null;
            String value = null;
            int start = -1;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "TEXT" -> inText = true;
                        case "DCT" -> inDct = true;
                        case "TIMEX3" -> {
                            if (inDct) dct = r.getAttributeValue(null, "value");
                            type = r.getAttributeValue(null, "type");
                            value = r.getAttributeValue(null, "value");
                            start = text.length();
                        }
                        default -> { }
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "TEXT" -> inText = false;
                        case "DCT" -> inDct = false;
                        case "TIMEX3" -> {
                            if (inText && text.length() > start && value != null) {
                                times.add(new GoldTime(type, value, text.substring(start), start, text.length()));
                            }
                        }
                        default -> { }
                    }
                } else if (inText && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE)) {
                    text.append(r.getText());
                }
            }
            if (dct == null) throw new DataFileException(file.toString(), 0, "no document creation time (<DCT><TIMEX3 value=...>)");
            return new TimedText(file.getFileName().toString().replaceFirst("\\.tml$", ""), text.toString(),
                    LocalDate.parse(dct.substring(0, Math.min(10, dct.length()))), times);
        } catch (XMLStreamException e) {
            throw new DataFileException(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNumber(), "malformed XML: " + e.getMessage());
        } catch (DateTimeParseException e) {
            throw new DataFileException(file.toString(), 0, "the document creation time is not a YYYY-MM-DD date");
        } catch (IOException e) {
            throw new DataFileException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }
}
