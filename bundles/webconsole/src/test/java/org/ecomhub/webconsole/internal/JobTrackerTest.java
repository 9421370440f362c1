package org.ecomhub.webconsole.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.StoreJobs;
import org.ecomhub.testsupport.SteppedClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JobTrackerTest {

    @Test
    @DisplayName("DATA-01: a long job shows its steps and an ETA from the time so far, then its result")
    void progressAndEta() {
        SteppedClock clock = new SteppedClock(Instant.parse("2026-03-02T10:00:00Z"));
        JobTracker tracker = new JobTracker(clock);
        AtomicReference<Consumer<String>> progress = new AtomicReference<>();
        CompletableFuture<JobResult> result = new CompletableFuture<>();
        StoreJobs jobs = (kind, alias, arguments, lines) -> {
            progress.set(lines);
            return result;
        };

        String id = tracker.start(jobs, JobKind.PRODUCT_IMPORT, "EU1", java.util.Map.of());
        progress.get().accept("Reading the merchant listings report");
        clock.step(Duration.ofSeconds(30));
        progress.get().accept("100 of 400");

        JobTracker.View running = tracker.view(id).orElseThrow();
        assertTrue(running.running());
        assertEquals(100, running.done());
        assertEquals(400, running.total());
        assertEquals(Duration.ofSeconds(90), running.eta().orElseThrow());
        assertEquals(java.util.List.of("Reading the merchant listings report"), running.lines());
        assertEquals("2 min", JobsPanel.human(Duration.ofSeconds(90)));

        result.complete(JobResult.done("400 listings", 400));
        JobTracker.View done = tracker.view(id).orElseThrow();
        assertEquals(JobResult.Status.DONE, done.result().orElseThrow().status());
        assertTrue(done.eta().isEmpty());
        assertEquals(1, tracker.ofStore("EU1").size());
    }
}
