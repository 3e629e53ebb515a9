package org.dyad.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.dyad.attribution.Quote;
import org.dyad.coding.Event;
import org.dyad.time.TimeRef;

/**
 * Dyad's output for one article: the contract every part of Dyad shares, documented in
 * docs/record.md and docs/schema/dyad-1.schema.json.
 *
 * @param warnings what was done to the text to keep its coding bounded; absent from the JSON when there are none
 */
public record DyadRecord(String schema, ArticleInfo article, List<Event> events, List<Quote> quotes,
                         List<TimeRef> times, List<MentionInfo> mentions,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {

    public static final String SCHEMA = "dyad/1";

    public DyadRecord(String schema, ArticleInfo article, List<Event> events, List<Quote> quotes,
                      List<TimeRef> times, List<MentionInfo> mentions) {
        this(schema, article, events, quotes, times, mentions, List.of());
    }

    /**
     * The article's metadata.
     *
     * @param publishedFrom "flag", "metadata" or "today": where the publication date came from
     */
    public record ArticleInfo(String id, String published, String publishedFrom, String source, String url, String title) {}

    /** An actor mention as the record reports it; code is null for names Dyad does not know. */
    public record MentionInfo(String text, int sentence, int start, int end, String code, String name,
                              String country, String role, String type, String resolvedBy) {}
}
