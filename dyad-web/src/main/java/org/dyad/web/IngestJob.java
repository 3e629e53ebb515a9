package org.dyad.web;

import org.dyad.ingest.Ingest;

/**
 * A background ingest of a posted batch, as its progress resource shows it. It moves from
 * queued to running to done (or failed); the counts grow as batches are committed.
 */
final class IngestJob implements Ingest.Progress {

    enum State { queued, running, done, failed }

    /** What {@code GET /api/ingest/{id}} returns. */
    record Status(String id, State state, int inputs, int toCode, int coded, int events, int alreadyStored, int added,
                  int errors, String message) {}

    private final String id;
    private final int inputs;
    private State state = State.queued;
    private int toCode;
    private int coded;
    private int events;
    private Ingest.Summary summary;
    private String message;

    IngestJob(String id, int inputs) {
        this.id = id;
        this.inputs = inputs;
    }

    String id() {
        return id;
    }

    synchronized void running() {
        state = State.running;
    }

    @Override
    public synchronized void start(int articles) {
        toCode = articles;
    }

    @Override
    public synchronized void committed(int articles, int events) {
        coded += articles;
        this.events += events;
    }

    synchronized void done(Ingest.Summary summary) {
        this.summary = summary;
        state = State.done;
    }

    synchronized void failed(String message) {
        this.message = message;
        state = State.failed;
    }

    synchronized Status status() {
        return new Status(id, state, inputs, toCode, coded, events, summary == null ? 0 : summary.alreadyStored(),
                summary == null ? 0 : summary.added(), summary == null ? 0 : summary.errors(), message);
    }
}
