package org.ecomhub.host.embedded.internal;

import java.util.List;
import org.ecomhub.host.api.DispatchEvent;
import org.ecomhub.host.api.EventStream;
import org.ecomhub.host.api.HostEvents;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.StockChangeEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link HostEvents}: the reference host keeps its events for good. */
@Component(service = HostEvents.class)
public class EmbeddedHostEvents implements HostEvents {

    private final HostDatabase db;

    @Activate
    public EmbeddedHostEvents(@Reference(name = "database") HostDatabase db) {
        this.db = db;
    }

    @Override
    public List<DispatchEvent> dispatchesSince(long cursor, int limit) {
        check(cursor, limit);
        return db.read(tx -> Events.dispatches(tx.connection(), cursor, limit));
    }

    @Override
    public List<StockChangeEvent> stockChangesSince(long cursor, int limit) {
        check(cursor, limit);
        return db.read(tx -> Events.stockChanges(tx.connection(), cursor, limit));
    }

    @Override
    public long latestSequence(EventStream stream) {
        return Events.latest(db, stream);
    }

    private static void check(long cursor, int limit) {
        if (cursor < 0) {
            throw new HostRuleViolationException(Rule.INVALID_VALUE, "a cursor is 0 or a sequence, got " + cursor);
        }
        Refs.limit(limit);
    }
}
