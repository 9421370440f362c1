package org.ecomhub.bench;

import java.time.Duration;
import java.time.Instant;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.ecomhub.spapi.simulator.internal.SpApiSimulator;

/**
 * The SP-API simulator as the campaign's child process, on the shared clock: {@code --port P --start ISO
 * --wall-epoch MILLIS --speed S --listings N}. Amazon's usage plans, reports 5 and feeds 5 simulated minutes, index
 * lag 2 simulated minutes; two seller accounts ({@link CampaignStore}); orders and faults come through /_admin.
 * Runs until killed.
 */
public final class SimulatorChild {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(arg(args, "--port"));
        SharedClock clock = new SharedClock(Instant.parse(arg(args, "--start")), Long.parseLong(arg(args,
                "--wall-epoch")), Double.parseDouble(arg(args, "--speed")));
        SimulatorSettings d = SimulatorSettings.defaults().withPort(port).withTimes(Duration.ofHours(1),
                Duration.ofMinutes(2), Sandbox.REPORT_DELAY, Sandbox.REPORT_LAG, Sandbox.FEED_DELAY);
        SimulatorSettings s = new SimulatorSettings(d.host(), d.port(), d.seed(), d.clientId(), d.clientSecret(),
                d.applicationId(), d.sellerId(), d.refreshToken(), d.redirectUri(), d.accessTokenLife(),
                d.rateMultiplier(), d.indexLag(), d.reportDelay(), d.reportLag(), d.feedDelay(),
                CampaignStore.marketplacesOf(d.sellerId()));
        SpApiSimulator sim = new SpApiSimulator(s, clock);
        int listings = Integer.parseInt(arg(args, "--listings"));
        sim.generate(0, listings, Duration.ofHours(1));
        // the campaign's second seller account, with its own refresh token and marketplace
        sim.addSeller(CampaignStore.SECOND_SELLER, CampaignStore.SECOND_TOKEN,
                CampaignStore.marketplacesOf(CampaignStore.SECOND_SELLER), listings);
        System.out.println("simulator on " + sim.baseUri());
        System.out.flush();
        // commands on stdin: "live <orders per hour> <simulated hours>" starts the live stream for that long
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            String[] w = line.trim().split("\\s+");
            if (w[0].equals("live")) {
                double perHour = Double.parseDouble(w[1]);
                Instant until = clock.instant().plusSeconds((long) (Double.parseDouble(w[2]) * 3600));
                sim.liveOrders(perHour);
                Thread stopper = new Thread(() -> {
                    while (clock.instant().isBefore(until)) {
                        try {
                            // to the simulated second: the stream makes exactly the orders of its span
                            long left = Duration.between(clock.instant(), until).toMillis();
                            Thread.sleep(Math.max(1, Math.min(200, (long) (left / clock.speed()))));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    sim.liveOrders(0);
                    System.out.println("live stream stopped at " + clock.instant());
                    System.out.flush();
                });
                stopper.setDaemon(true);
                stopper.start();
                System.out.println("live stream " + perHour + "/h until " + until);
                System.out.flush();
            }
        }
        Thread.currentThread().join();
    }

    private static String arg(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("missing " + name);
    }
}
