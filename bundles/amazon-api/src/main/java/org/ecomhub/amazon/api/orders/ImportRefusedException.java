package org.ecomhub.amazon.api.orders;

import java.time.Duration;

/** DATA-04: a manual import was refused: too many ids, or the last batch of 50 was less than 10 minutes ago. */
public class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration timeLeft;

    public ImportRefusedException(String message, Duration timeLeft) {
        super(message);
        this.timeLeft = timeLeft;
    }

    /** How long until the next batch is accepted; zero when waiting does not help. */
    public Duration timeLeft() {
        return timeLeft;
    }
}
