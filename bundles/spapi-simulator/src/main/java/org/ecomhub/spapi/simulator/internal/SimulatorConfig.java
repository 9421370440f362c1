package org.ecomhub.spapi.simulator.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the simulator component (PID {@value SimulatorComponent#PID}). No real secret: test values. */
@ObjectClassDefinition(id = SimulatorComponent.PID, name = "Amazon SP-API simulator",
        description = "A local, strict SP-API for tests and the demo. Binds to 127.0.0.1.")
public @interface SimulatorConfig {
    @AttributeDefinition(name = "Port", description = "TCP port on 127.0.0.1; 0 picks a free one")
    int port() default 8765;

    @AttributeDefinition(name = "Seed", description = "Seed of the generated data and of fault injection")
    long seed() default 42L;

    @AttributeDefinition(name = "Orders to generate at start")
    int orders() default 50;

    @AttributeDefinition(name = "Listings per marketplace to generate at start")
    int listings() default 40;

    @AttributeDefinition(name = "Seller id", description = "The simulated seller (merchant token)")
    String seller_id() default SimulatorSettings.DEFAULT_SELLER_ID;

    @AttributeDefinition(name = "LWA client id")
    String client_id() default SimulatorSettings.DEFAULT_CLIENT_ID;

    @AttributeDefinition(name = "Application id")
    String application_id() default SimulatorSettings.DEFAULT_APPLICATION_ID;

    @AttributeDefinition(name = "Marketplace ids")
    String[] marketplaces() default {"ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1F83G8C2ARO7P", "A1PA6795UKMFR9"};

    @AttributeDefinition(name = "OAuth redirect URI", description = "Where the consent page sends the seller back")
    String redirect_uri() default "http://127.0.0.1:8080/system/console/amazon/oauth";

    @AttributeDefinition(name = "Rate multiplier", description = "Multiplies Amazon's usage plans (1 = Amazon's)")
    double rate_multiplier() default 1.0;

    @AttributeDefinition(name = "Index lag (seconds)")
    long index_lag_seconds() default 0;

    @AttributeDefinition(name = "Report processing time (seconds)")
    long report_delay_seconds() default 300;

    @AttributeDefinition(name = "Feed processing time (seconds)")
    long feed_delay_seconds() default 180;

    @AttributeDefinition(name = "Report lag (seconds)",
            description = "Orders updated this long before a report is processed are missing from it")
    long report_lag_seconds() default 0;

    @AttributeDefinition(name = "Share of 429 replies", description = "Fault injection, 0..1")
    double fault_share429() default 0;

    @AttributeDefinition(name = "Share of 500 replies")
    double fault_share500() default 0;

    @AttributeDefinition(name = "Share of 503 replies")
    double fault_share503() default 0;

    @AttributeDefinition(name = "Share of reset connections")
    double fault_reset() default 0;

    @AttributeDefinition(name = "Share of malformed bodies")
    double fault_malformed() default 0;

    @AttributeDefinition(name = "Share of slow replies")
    double fault_slow() default 0;

    @AttributeDefinition(name = "Delay of a slow reply (ms, real time)")
    long fault_slow_millis() default 0;

    @AttributeDefinition(name = "Live orders per hour",
            description = "New PENDING orders per hour of simulated time, moving on by themselves; 0 = none")
    double live_orders_per_hour() default 20;
}
