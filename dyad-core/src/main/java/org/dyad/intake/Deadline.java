package org.dyad.intake;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts the thread that started it when its time is up, unless cancelled first. The
 * interrupt can only land while the deadline is open: cancelling closes it and clears any
 * interrupt it caused, so the thread's next article starts clean.
 */
final class Deadline {

    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dyad-deadline");
        t.setDaemon(true);
        return t;
    });

    private final Thread thread = Thread.currentThread();
    private final ScheduledFuture<?> alarm;
    private boolean open = true;
    private boolean passed;

    private Deadline(Duration time) {
        alarm = ALARMS.schedule(this::ring, time.toNanos(), TimeUnit.NANOSECONDS);
    }

    static Deadline start(Duration time) {
        return new Deadline(time);
    }

    private synchronized void ring() {
        if (!open) return;
        passed = true;
        thread.interrupt();
    }

    synchronized boolean passed() {
        return passed;
    }

    void cancel() {
        alarm.cancel(false);
        synchronized (this) {
            open = false;
        }
        if (passed) Thread.interrupted();
    }
}
