package org.ecomhub.amazon.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.ecomhub.amazon.api.spapi.Region;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoreModelTest {

    private static StoreHealth health(boolean enabled, Optional<String> refused, AuthorisationState auth) {
        return new StoreHealth("EU1", "A2SELLER0001", "A1F83G8C2ARO7P", true, enabled, refused, auth, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, 0);
    }

    @Test
    @DisplayName("STORE-09: health names the most urgent problem first")
    void statusOrder() {
        assertEquals("settings refused", health(true, Optional.of("x"), AuthorisationState.NEEDS_REAUTHORISATION).status());
        assertEquals("needs re-authorisation", health(true, Optional.empty(), AuthorisationState.NEEDS_REAUTHORISATION).status());
        assertEquals("not authorised", health(true, Optional.empty(), AuthorisationState.NOT_AUTHORISED).status());
        assertEquals("OFF", health(false, Optional.empty(), AuthorisationState.AUTHORISED).status());
        assertEquals("ON", health(true, Optional.empty(), AuthorisationState.AUTHORISED).status());
        assertEquals("ON (authorisation expires soon)", health(true, Optional.empty(), AuthorisationState.EXPIRES_SOON).status());
    }

    @Test
    @DisplayName("ORD-10: a poll group is a seller in a region; order-writing kinds take its lease")
    void groupsAndKinds() {
        PollGroup group = new PollGroup("A2SELLER0001", Region.EU);
        assertEquals("A2SELLER0001/EU", group.key());
        assertEquals("poll group A2SELLER0001/EU", JobTarget.group(group).toString());
        assertEquals(Optional.of("EU1"), JobTarget.store("EU1", group).store());
        assertTrue(JobKind.ORDER_POLL.writesOrders() && JobKind.ORDER_POLL.perGroup());
        assertTrue(JobKind.MISSING_ORDERS.writesOrders() && !JobKind.MISSING_ORDERS.perGroup());
        assertFalse(JobKind.STOCK_EXPORT.writesOrders());
        assertThrows(NullPointerException.class, () -> new PollGroup(null, Region.EU));
    }

    @Test
    @DisplayName("STORE-08: an actor names who and from where; a blank user is 'unknown'")
    void actors() {
        assertEquals("admin (shell)", Actor.shell("admin").describe());
        assertEquals("unknown (configuration)", Actor.configuration().describe());
        assertEquals("unknown (console)", Actor.console(" ").describe());
        assertEquals(JobResult.Status.DONE, JobResult.done("ok", 1).status());
        assertEquals("", JobResult.of(JobResult.Status.FAILED, null).message());
        assertThrows(NullPointerException.class, () -> new LastRun(null, JobResult.Status.DONE, ""));
        assertEquals(Instant.EPOCH, new LastRun(Instant.EPOCH, JobResult.Status.DONE, null).at());
    }
}
