package org.ecomhub.bench;

/**
 * One line of the benchmark table.
 *
 * @param speed      the acceleration factor of the run's clock (0 = no simulated clock, or computed)
 * @param calls      SP-API operation calls (API-07), -1 when not applicable
 * @param simMinutes simulated span first to last SP-API request, -1 when not applicable
 * @param realSeconds wall time of the whole run (plugin and host work included)
 */
public record Row(String benchmark, String variant, double speed, long calls, double simMinutes, double realSeconds,
        String figure, String goal, String verdict, String note, Span span) {

    /**
     * How the simulated span splits: inside SP-API requests (Amazon-bound, simulated minutes) and the plugin's and
     * host's own work between the first and last request and after the last, in real seconds. On an accelerated clock
     * the work between requests is stretched by the speed; at Amazon's pace (1x) the span would be about
     * {@link #atAmazonPaceMinutes()}.
     */
    public record Span(double insideRequestsSimMinutes, double workBetweenRealSeconds, double workAfterRealSeconds) {
        public double atAmazonPaceMinutes() {
            return insideRequestsSimMinutes + workBetweenRealSeconds / 60;
        }
    }

    public Row(String benchmark, String variant, double speed, long calls, double simMinutes, double realSeconds,
            String figure, String goal, String verdict, String note) {
        this(benchmark, variant, speed, calls, simMinutes, realSeconds, figure, goal, verdict, note, null);
    }
}
