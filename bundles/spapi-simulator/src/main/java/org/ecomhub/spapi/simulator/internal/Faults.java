package org.ecomhub.spapi.simulator.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Fault injection (shares between 0 and 1 of SP-API calls): 429, 500, 503, connection resets, malformed bodies, and
 * slow replies. Deterministic from the seed. Changed at run time through the admin endpoint. Counts what it injected
 * per kind (GET /_admin/faults), so a run can show its faults really fired.
 */
public final class Faults {
    /** What to do to one call. */
    public enum Fault { NONE, THROTTLE, ERROR_500, ERROR_503, RESET, MALFORMED }

    private final Random random;
    private volatile double share429;
    private volatile double share500;
    private volatile double share503;
    private volatile double shareReset;
    private volatile double shareMalformed;
    private volatile double shareSlow;
    private volatile long slowMillis;
    private final Map<Fault, Long> injected = new EnumMap<>(Fault.class);
    private long slowInjected;

    public Faults(long seed) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    public synchronized void set(double s429, double s500, double s503, double reset, double malformed, double slow,
            long slowForMillis) {
        share429 = s429;
        share500 = s500;
        share503 = s503;
        shareReset = reset;
        shareMalformed = malformed;
        shareSlow = slow;
        slowMillis = slowForMillis;
    }

    public void clear() {
        set(0, 0, 0, 0, 0, 0, 0);
    }

    /** Draws the fault for the next call. */
    public synchronized Fault next() {
        Fault f = draw();
        if (f != Fault.NONE) {
            injected.merge(f, 1L, Long::sum);
        }
        return f;
    }

    private Fault draw() {
        double r = random.nextDouble();
        double edge = share429;
        if (r < edge) {
            return Fault.THROTTLE;
        }
        if (r < (edge += share500)) {
            return Fault.ERROR_500;
        }
        if (r < (edge += share503)) {
            return Fault.ERROR_503;
        }
        if (r < (edge += shareReset)) {
            return Fault.RESET;
        }
        if (r < edge + shareMalformed) {
            return Fault.MALFORMED;
        }
        return Fault.NONE;
    }

    /** Real milliseconds to delay the next reply (slow responses), 0 mostly. */
    public synchronized long delayMillis() {
        if (shareSlow > 0 && random.nextDouble() < shareSlow) {
            slowInjected++;
            return slowMillis;
        }
        return 0;
    }

    /** Faults injected so far per kind: 429, 500, 503, reset, malformed, slow (every kind listed, 0 if none). */
    public synchronized Map<String, Long> injected() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("429", injected.getOrDefault(Fault.THROTTLE, 0L));
        out.put("500", injected.getOrDefault(Fault.ERROR_500, 0L));
        out.put("503", injected.getOrDefault(Fault.ERROR_503, 0L));
        out.put("reset", injected.getOrDefault(Fault.RESET, 0L));
        out.put("malformed", injected.getOrDefault(Fault.MALFORMED, 0L));
        out.put("slow", slowInjected);
        return out;
    }
}
