package org.ecomhub.amazon.api.settings;

import java.time.Duration;

/** How often the scheduled stock export runs, one setting for all stores (STK-05). */
public enum StockExportFrequency {
    MINUTES_30(Duration.ofMinutes(30)),
    MINUTES_60(Duration.ofMinutes(60)),
    HOURS_12(Duration.ofHours(12)),
    HOURS_24(Duration.ofHours(24));

    private final Duration interval;

    StockExportFrequency(Duration interval) {
        this.interval = interval;
    }

    public Duration interval() {
        return interval;
    }
}
