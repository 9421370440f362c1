package org.ecomhub.host.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Durable, pull-based event streams, so shipment confirmation (SHIP-01) and incremental stock export (STK-06)
 * need no polling of orders or stock and miss nothing across restarts.
 *
 * <p>Cursor semantics, the same for both streams: each event has a sequence number, strictly increasing in the
 * order the changes committed, never reused (gaps are allowed). {@code ...Since(cursor, limit)} returns the events
 * with a sequence greater than {@code cursor}, ascending, at most {@code limit} of them; the caller keeps the last
 * sequence it processed and passes it next time. Cursor {@code 0} reads from the oldest event kept. An event is
 * visible only once its change committed, and never before an event with a lower sequence. The host keeps
 * events at least 30 days. Every method may throw {@link HostUnavailableException}.
 *
 * <p>For promptness the host also calls every {@link HostEventListener} service after new events commit; the
 * listener is only a hint to pull.
 */
@ConsumerType
public interface HostEvents {

    /**
     * Dispatches after a cursor.
     *
     * @param cursor 0 or the sequence of the last event processed
     * @param limit  1..1000
     * @throws HostRuleViolationException {@code INVALID_VALUE} if {@code cursor} is negative or {@code limit} out of range
     */
    List<DispatchEvent> dispatchesSince(long cursor, int limit);

    /**
     * Stock changes after a cursor.
     *
     * @param cursor 0 or the sequence of the last event processed
     * @param limit  1..1000
     * @throws HostRuleViolationException {@code INVALID_VALUE} if {@code cursor} is negative or {@code limit} out of range
     */
    List<StockChangeEvent> stockChangesSince(long cursor, int limit);

    /**
     * The sequence of the newest committed event of a stream, 0 if there is none: a consumer that starts now and
     * does not want the past begins from here.
     */
    long latestSequence(EventStream stream);
}
