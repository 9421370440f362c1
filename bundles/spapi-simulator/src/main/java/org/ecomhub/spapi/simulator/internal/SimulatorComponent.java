package org.ecomhub.spapi.simulator.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the simulator inside the framework when its configuration exists, on the Clock service's time. Registers no
 * service: clients find it at http://127.0.0.1:&lt;port&gt;.
 */
@Component(service = {}, configurationPid = SimulatorComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = SimulatorConfig.class)
public class SimulatorComponent {
    public static final String PID = "org.ecomhub.amazon.simulator";
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorComponent.class);
    private final SpApiSimulator simulator;

    @Activate
    public SimulatorComponent(@Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock,
            SimulatorConfig config) throws IOException {
        SimulatorSettings defaults = SimulatorSettings.defaults();
        SimulatorSettings settings = new SimulatorSettings("127.0.0.1", config.port(), config.seed(),
                config.client_id(), defaults.clientSecret(), config.application_id(), config.seller_id(),
                defaults.refreshToken(), config.redirect_uri(), defaults.accessTokenLife(), config.rate_multiplier(),
                Duration.ofSeconds(config.index_lag_seconds()), Duration.ofSeconds(config.report_delay_seconds()),
                Duration.ofSeconds(config.report_lag_seconds()), Duration.ofSeconds(config.feed_delay_seconds()),
                List.of(config.marketplaces()));
        simulator = new SpApiSimulator(settings, clock);
        simulator.faults().set(config.fault_share429(), config.fault_share500(), config.fault_share503(),
                config.fault_reset(), config.fault_malformed(), config.fault_slow(), config.fault_slow_millis());
        simulator.generate(config.orders(), config.listings(), Duration.ofDays(2));
        simulator.liveOrders(config.live_orders_per_hour());
        LOG.info("SP-API simulator started on {}", simulator.baseUri());
    }

    /** The running simulator (tests). */
    SpApiSimulator simulator() {
        return simulator;
    }

    @Deactivate
    void deactivate() {
        simulator.close();
    }
}
