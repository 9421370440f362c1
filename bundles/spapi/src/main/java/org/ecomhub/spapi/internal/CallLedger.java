package org.ecomhub.spapi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ecomhub.amazon.api.spapi.model.CallCount;

/** Call accounting (API-07): requests per account label and operation, 429s among them. */
public final class CallLedger {
    /** Operation name under which LWA requests are counted, apart from SP-API calls. */
    public static final String LWA = "lwa";
    /** Operation name under which presigned-URL transfers are counted. */
    public static final String TRANSFER = "transfer";

    private final Map<String, AtomicLong[]> counts = new ConcurrentHashMap<>();

    public void record(String account, String operation, boolean throttled) {
        AtomicLong[] c = counts.computeIfAbsent(account + '\u0000' + operation,
                k -> new AtomicLong[] {new AtomicLong(), new AtomicLong()});
        c[0].incrementAndGet();
        if (throttled) {
            c[1].incrementAndGet();
        }
    }

    public List<CallCount> snapshot() {
        List<CallCount> out = new ArrayList<>();
        counts.forEach((k, v) -> {
            int sep = k.indexOf('\u0000');
            out.add(new CallCount(k.substring(0, sep), k.substring(sep + 1), v[0].get(), v[1].get()));
        });
        out.sort((a, b) -> (a.account() + a.operation()).compareTo(b.account() + b.operation()));
        return out;
    }
}
