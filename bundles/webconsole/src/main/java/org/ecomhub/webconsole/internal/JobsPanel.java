package org.ecomhub.webconsole.internal;

import java.time.Duration;
import java.util.List;

/** Running and finished manual jobs: progress bar, ETA, the last lines, the result. Reloads while one runs. */
final class JobsPanel {

    private JobsPanel() {
    }

    static void render(Page page, List<JobTracker.View> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        page.print("<div class=\"ecomhub-jobs\"><h3>Jobs</h3>");
        boolean running = false;
        for (JobTracker.View job : jobs.subList(0, Math.min(5, jobs.size()))) {
            running |= job.running();
            page.print("<div class=\"ecomhub-job\" id=\"job-").text(job.id()).print("\"><b>").text(job.kind())
                    .print("</b> ").text(job.alias()).print(" started ")
                    .text(job.started().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).print(": ");
            if (job.running()) {
                page.print("<span class=\"ecomhub-job-status\">running</span>");
                if (job.total() > 0) {
                    page.print(" <progress max=\"").text(job.total()).print("\" value=\"").text(job.done()).print("\">")
                            .print("</progress> ").text(job.done() + " of " + job.total());
                }
                job.eta().ifPresent(eta -> page.print(" <span class=\"ecomhub-eta\">").text("about " + human(eta)
                        + " left").print("</span>"));
            } else {
                job.result().ifPresent(r -> page.print("<span class=\"ecomhub-job-status\">").text(r.status())
                        .print("</span> ").text(r.message()));
            }
            if (!job.lines().isEmpty()) {
                List<String> last = job.lines().subList(Math.max(0, job.lines().size() - 5), job.lines().size());
                page.print("<ul class=\"ecomhub-job-lines\">");
                last.forEach(line -> page.print("<li>").text(line).print("</li>"));
                page.print("</ul>");
            }
            page.print("</div>");
        }
        if (running) {
            // no frame of ours to update in place: reload the page until the job ends
            page.print("<p><a href=\"\" id=\"ecomhub-refresh\">Refresh</a></p>"
                    + "<script>setTimeout(function(){window.location.reload();},2000);</script>");
        }
        page.print("</div>");
    }

    static String human(Duration d) {
        long seconds = Math.max(1, d.getSeconds());
        if (seconds < 90) {
            return seconds + " s";
        }
        return seconds < 5400 ? (seconds + 30) / 60 + " min" : (seconds + 1800) / 3600 + " h";
    }
}
