package org.ecomhub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's end condition, read from the simulator's {@code GET /_admin/activity}: no order created or changed
 * for 10 simulated minutes, and per store two polls that found nothing new: answered searchOrders walks over the
 * store's marketplace, made after the last change was visible (index lag) and after {@code since} (faults off), whose
 * window reaches past the last change. A poll covers every store of its seller account and region (API-06).
 */
final class CampaignEnd {
    static final Duration QUIET = Duration.ofMinutes(10);
    static final int POLLS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Status(Instant now, Instant lastChange, Map<String, Integer> pollsSeeingAll) {
        boolean quiet() {
            return lastChange == null || !now.isBefore(lastChange.plus(QUIET));
        }

        boolean done() {
            return quiet() && pollsSeeingAll.values().stream().allMatch(n -> n >= POLLS);
        }

        @Override
        public String toString() {
            return "last order change " + lastChange + ", polls since that found nothing new " + pollsSeeingAll;
        }
    }

    private CampaignEnd() {
    }

    static Status read(String activityJson, List<CampaignStore> stores, Instant since) throws IOException {
        JsonNode a = JSON.readTree(activityJson);
        Instant now = Instant.parse(a.get("now").asText());
        Instant last = a.get("lastOrderChange").isNull() ? null : Instant.parse(a.get("lastOrderChange").asText());
        Duration lag = Duration.ofSeconds(a.get("indexLagSeconds").asLong());
        Instant from = last == null ? since : later(last.plus(lag), since);
        Map<String, Integer> polls = new LinkedHashMap<>();
        for (CampaignStore s : stores) {
            int n = 0;
            for (JsonNode p : a.path("polls").path(s.sellerId())) {
                Instant at = Instant.parse(p.get("at").asText());
                Instant end = Instant.parse(p.get("windowEnd").asText());
                boolean covers = p.get("marketplaceIds").isEmpty();
                for (JsonNode m : p.get("marketplaceIds")) {
                    covers |= m.asText().equals(s.marketplace().id());
                }
                if (covers && !at.isBefore(from) && (last == null || end.isAfter(last))) {
                    n++;
                }
            }
            polls.put(s.alias(), n);
        }
        return new Status(now, last, polls);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
