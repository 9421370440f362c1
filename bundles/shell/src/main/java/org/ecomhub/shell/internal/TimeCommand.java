package org.ecomhub.shell.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** {@code amazon:time}: the Clock service's time and which clock it is (HOST-08). */
@Service
@Command(scope = "amazon", name = "time", description = "Shows the integration's clock: its time and whether it is accelerated.")
public class TimeCommand implements Action {

    /** Service properties the {@code stores} bundle puts on its Clock. */
    static final String MODE = "ecomhub.clock.mode";
    static final String START = "ecomhub.clock.start";
    static final String SPEED = "ecomhub.clock.speed";

    @Reference
    Clock clock;

    @Reference
    BundleContext bundleContext;

    @Option(name = "--json", description = "print JSON for scripts")
    boolean json;

    /** Where output goes; the session's stream when {@code null}. */
    PrintStream out;

    @Override
    public Object execute() {
        print(clock.instant(), clockProperties());
        return null;
    }

    /** Prints the time and the description of the clock whose service properties are given. */
    void print(Instant now, Map<String, Object> properties) {
        PrintStream printer = out != null ? out : System.out;
        Object mode = properties.getOrDefault(MODE, "OTHER");
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("time", now.toString());
            document.put("mode", mode);
            document.put("accelerated", "ACCELERATED".equals(mode));
            document.put("speed", properties.get(SPEED));
            document.put("start", properties.get(START));
            printer.println(Json.write(document));
            return;
        }
        printer.println("Time:  " + now);
        printer.println("Clock: " + describe(mode, properties));
    }

    private static String describe(Object mode, Map<String, Object> properties) {
        if ("SYSTEM".equals(mode)) {
            return "SYSTEM (real UTC time)";
        }
        if ("ACCELERATED".equals(mode)) {
            return "ACCELERATED (" + properties.get(SPEED) + " times real time, started at " + properties.get(START) + ")";
        }
        return "OTHER (a Clock service from bundle " + properties.getOrDefault("bundle", "?")
                + " outranks ours, e.g. a test's stepped clock)";
    }

    /** The properties of the Clock service Karaf injected: the highest-ranked one. */
    private Map<String, Object> clockProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        ServiceReference<Clock> reference = bundleContext.getServiceReference(Clock.class);
        if (reference != null) {
            for (String key : reference.getPropertyKeys()) {
                properties.put(key, reference.getProperty(key));
            }
            properties.put("bundle", reference.getBundle() == null ? "?" : reference.getBundle().getSymbolicName());
        }
        return properties;
    }
}
