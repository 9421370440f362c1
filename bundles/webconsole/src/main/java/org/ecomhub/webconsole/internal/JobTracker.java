package org.ecomhub.webconsole.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.StoreJobs;

/**
 * The manual jobs started from the page, so a long one shows its progress and an estimated time left while it
 * runs. The scheduler reports steps as "N of M" lines; the ETA is the time so far scaled by what is left.
 */
final class JobTracker {

    private static final int KEPT_JOBS = 50;
    private static final int KEPT_LINES = 100;
    private static final Pattern STEP = Pattern.compile("(\\d+) of (\\d+)");

    /** What the page shows of one job. */
    record View(String id, JobKind kind, String alias, Instant started, List<String> lines, long done, long total,
            Optional<JobResult> result, Optional<Duration> eta) {

        boolean running() {
            return result.isEmpty();
        }
    }

    private final Clock clock;
    private final Map<String, Tracked> jobs = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tracked> eldest) {
            return size() > KEPT_JOBS;
        }
    };

    JobTracker(Clock clock) {
        this.clock = clock;
    }

    /** Queues the job and returns its id at once. */
    String start(StoreJobs storeJobs, JobKind kind, String alias, Map<String, String> arguments) {
        Tracked tracked = new Tracked(kind, alias, clock.instant());
        String id = UUID.randomUUID().toString().substring(0, 8);
        synchronized (jobs) {
            jobs.put(id, tracked);
        }
        storeJobs.submit(kind, alias, arguments, tracked::line).whenComplete((result, failure) -> tracked.finish(
                failure == null ? result : JobResult.of(JobResult.Status.FAILED, String.valueOf(failure.getMessage()))));
        return id;
    }

    Optional<View> view(String id) {
        Tracked tracked;
        synchronized (jobs) {
            tracked = id == null ? null : jobs.get(id);
        }
        return Optional.ofNullable(tracked).map(t -> t.view(id, clock.instant()));
    }

    /** The jobs of a store, newest first. */
    List<View> ofStore(String alias) {
        List<View> views = new ArrayList<>();
        Instant now = clock.instant();
        synchronized (jobs) {
            jobs.forEach((id, t) -> {
                if (t.alias.equals(alias)) {
                    views.add(0, t.view(id, now));
                }
            });
        }
        return views;
    }

    private static final class Tracked {
        final JobKind kind;
        final String alias;
        final Instant started;
        final List<String> lines = new ArrayList<>();
        long done;
        long total = -1;
        JobResult result;

        Tracked(JobKind kind, String alias, Instant started) {
            this.kind = kind;
            this.alias = alias;
            this.started = started;
        }

        synchronized void line(String line) {
            Matcher step = STEP.matcher(line);
            if (step.matches()) {
                done = Long.parseLong(step.group(1));
                total = Long.parseLong(step.group(2));
                return;
            }
            lines.add(line);
            if (lines.size() > KEPT_LINES) {
                lines.remove(0);
            }
        }

        synchronized void finish(JobResult jobResult) {
            result = jobResult;
        }

        synchronized View view(String id, Instant now) {
            Optional<Duration> eta = Optional.empty();
            if (result == null && done > 0 && total > done) {
                Duration elapsed = Duration.between(started, now);
                eta = Optional.of(elapsed.multipliedBy(total - done).dividedBy(done));
            }
            return new View(id, kind, alias, started, List.copyOf(lines), done, total, Optional.ofNullable(result), eta);
        }
    }
}
