package org.ecomhub.spapi.simulator.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator alone: {@code java -jar spapi-simulator-<version>-standalone.jar [--port 8765] [--seed 42]
 * [--orders 200] [--listings 100] [--speed 1] [--start 2026-11-20T08:00:00Z] [--rate-multiplier 1]
 * [--live-orders-per-hour 20]}. {@code --speed 60} makes simulated time run 60 times faster (reports, feeds, buckets
 * and token expiry all follow it); {@code --start} sets the simulated time at start (default: now), so another
 * process can share the same clock.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = 8765;
        long seed = 42;
        int orders = 200;
        int listings = 100;
        double speed = 1;
        double rate = 1;
        double live = 20;
        Instant start = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--orders" -> orders = Integer.parseInt(args[i + 1]);
                case "--listings" -> listings = Integer.parseInt(args[i + 1]);
                case "--speed" -> speed = Double.parseDouble(args[i + 1]);
                case "--start" -> start = Instant.parse(args[i + 1]);
                case "--rate-multiplier" -> rate = Double.parseDouble(args[i + 1]);
                case "--live-orders-per-hour" -> live = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Clock clock = speed == 1 && start == null ? Clock.systemUTC()
                : new AcceleratedClock(start == null ? Instant.now() : start, speed);
        SimulatorSettings settings = SimulatorSettings.defaults().withPort(port).withSeed(seed).withRateMultiplier(rate);
        SpApiSimulator sim = new SpApiSimulator(settings, clock);
        sim.generate(orders, listings, Duration.ofDays(2));
        sim.liveOrders(live);
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        System.out.println("SP-API simulator on " + sim.baseUri() + " (LWA " + sim.lwaUri() + "), seller "
                + settings.sellerId() + ", client id " + settings.clientId());
        new CountDownLatch(1).await();
    }
}
