package org.ecomhub.stores.internal;

import java.time.Clock;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the integration's one {@link Clock} service (HOST-08): system UTC time, or an accelerated clock when
 * the framework properties {@value ClockSettings#START_PROPERTY} and/or {@value ClockSettings#SPEED_PROPERTY} are
 * set. The service carries {@value #MODE_PROPERTY} ({@code SYSTEM} or {@code ACCELERATED}) and, when accelerated,
 * {@value ClockSettings#START_PROPERTY} and {@value ClockSettings#SPEED_PROPERTY}, so {@code amazon:time} can say
 * which clock runs.
 *
 * <p>Registered by hand rather than as the component's own service: DS cannot set service properties computed at
 * activation. Its ranking is 0; a test registers its own stepped Clock with a higher {@code service.ranking}, and
 * our components (static, greedy references) rebind to it.
 */
@Component(immediate = true)
// registered by hand, so declare the service for resolvers (bndrun -resolve.effective: active, Karaf features)
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=java.time.Clock")
public class ClockRegistration {

    static final String MODE_PROPERTY = "ecomhub.clock.mode";

    private static final Logger LOG = LoggerFactory.getLogger(ClockRegistration.class);

    private final ServiceRegistration<Clock> registration;

    /** @throws IllegalArgumentException if a clock property cannot be read: fail loudly rather than run on the wrong time */
    @Activate
    public ClockRegistration(BundleContext context) {
        // the real clock is only read here, to start an accelerated clock "now"; every rule uses the service
        Optional<ClockSettings> settings = ClockSettings.read(context::getProperty, Clock.systemUTC().instant());
        Dictionary<String, Object> properties = new Hashtable<>();
        Clock clock;
        if (settings.isPresent()) {
            ClockSettings accelerated = settings.get();
            clock = new AcceleratedClock(accelerated.start(), accelerated.speed(), System::nanoTime);
            properties.put(MODE_PROPERTY, "ACCELERATED");
            properties.put(ClockSettings.START_PROPERTY, accelerated.start().toString());
            properties.put(ClockSettings.SPEED_PROPERTY, accelerated.speed());
            LOG.info("Clock service: accelerated, starting at {} and running {} times real time",
                    accelerated.start(), accelerated.speed());
        } else {
            clock = Clock.systemUTC();
            properties.put(MODE_PROPERTY, "SYSTEM");
        }
        registration = context.registerService(Clock.class, clock, properties);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
