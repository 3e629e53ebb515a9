package org.dyad.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Where the pipeline's time goes: nanoseconds per stage, summed over all articles and threads. */
public final class StageProfile {

    private final LongAdder analysis = new LongAdder();
    private final LongAdder actors = new LongAdder();
    private final LongAdder quotes = new LongAdder();
    private final LongAdder events = new LongAdder();
    private final LongAdder tokens = new LongAdder();

    void add(int tokenCount, long analysisNanos, long actorsNanos, long quotesNanos, long eventsNanos) {
        tokens.add(tokenCount);
        analysis.add(analysisNanos);
        actors.add(actorsNanos);
        quotes.add(quotesNanos);
        events.add(eventsNanos);
    }

    /** Tokens analyzed so far. */
    public long tokens() {
        return tokens.sum();
    }

    /** Stage name to nanoseconds, in pipeline order. */
    public Map<String, Long> nanos() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("language analysis (CoreNLP)", analysis.sum());
        m.put("time correction + actors", actors.sum());
        m.put("quotations", quotes.sum());
        m.put("event coding", events.sum());
        return m;
    }
}
