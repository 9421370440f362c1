package org.ecomhub.bench;

import java.util.List;

/** The table (Markdown, readable in a terminal) and the same rows as JSON. */
final class Report {
    private Report() {
    }

    static String table(List<Row> rows, String settings) {
        StringBuilder sb = new StringBuilder();
        sb.append(settings).append('\n');
        sb.append("speed = acceleration factor of the run's shared clock (0 = no simulated clock / computed); ")
                .append("sim min = simulated span from the first to the last SP-API request; real s = wall time of")
                .append(" the whole run, plugin and host work included\n\n");
        sb.append("in requests = simulated minutes inside SP-API requests (usage-plan waits, report/feed processing);")
                .append(" work between / after = the plugin's and host's own work between the first and last request")
                .append(" / after the last, real seconds (on an accelerated clock the work between requests is")
                .append(" stretched by the speed; 1x pace = in requests + work between)\n\n");
        sb.append("| benchmark | variant | speed | calls | sim min | in requests sim min | work between real s ")
                .append("| work after real s | 1x pace min | real s | figure | goal | verdict |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.benchmark()).append(" | ").append(r.variant()).append(" | ")
                    .append(r.speed() == 0 ? "-" : String.format("%.0fx", r.speed())).append(" | ")
                    .append(r.calls() < 0 ? "-" : Long.toString(r.calls())).append(" | ")
                    .append(r.simMinutes() < 0 ? "-" : String.format("%.1f", r.simMinutes())).append(" | ")
                    .append(r.span() == null ? "- | - | - | -" : String.format("%.1f | %.1f | %.1f | %.1f",
                            r.span().insideRequestsSimMinutes(), r.span().workBetweenRealSeconds(),
                            r.span().workAfterRealSeconds(), r.span().atAmazonPaceMinutes())).append(" | ")
                    .append(r.realSeconds() < 0 ? "-" : String.format("%.1f", r.realSeconds())).append(" | ")
                    .append(r.figure()).append(" | ").append(r.goal()).append(" | ").append(r.verdict())
                    .append(" |\n");
        }
        sb.append("\nCalls per operation:\n");
        for (Row r : rows) {
            sb.append("- ").append(r.benchmark()).append(", ").append(r.variant()).append(": ").append(r.note())
                    .append('\n');
        }
        return sb.toString();
    }

    static String json(List<Row> rows, String settings) {
        StringBuilder sb = new StringBuilder("{\n  \"settings\": ").append(q(settings)).append(",\n  \"rows\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            sb.append("    {\"benchmark\": ").append(q(r.benchmark())).append(", \"variant\": ").append(q(r.variant()))
                    .append(", \"speed\": ").append(r.speed()).append(", \"calls\": ").append(r.calls())
                    .append(", \"simulatedMinutes\": ").append(String.format("%.2f", r.simMinutes()))
                    .append(", \"realSeconds\": ").append(String.format("%.2f", r.realSeconds()))
                    .append(r.span() == null ? "" : String.format(", \"insideRequestsSimulatedMinutes\": %.2f, "
                            + "\"workBetweenRequestsRealSeconds\": %.2f, \"workAfterLastRequestRealSeconds\": %.2f, "
                            + "\"atAmazonPaceMinutes\": %.2f", r.span().insideRequestsSimMinutes(),
                            r.span().workBetweenRealSeconds(), r.span().workAfterRealSeconds(),
                            r.span().atAmazonPaceMinutes()))
                    .append(", \"figure\": ").append(q(r.figure())).append(", \"goal\": ").append(q(r.goal()))
                    .append(", \"verdict\": ").append(q(r.verdict())).append(", \"note\": ").append(q(r.note()))
                    .append(i + 1 < rows.size() ? "},\n" : "}\n");
        }
        return sb.append("  ]\n}\n").toString();
    }

    private static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
