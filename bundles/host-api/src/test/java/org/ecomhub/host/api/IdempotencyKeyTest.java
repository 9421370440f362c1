package org.ecomhub.host.api;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

// covers ORD-10: keys are built from stable facts
class IdempotencyKeyTest {

    @Test
    void joinsPartsAndDerivesSteps() {
        IdempotencyKey key = IdempotencyKey.of("A1B2", "203-1234567-1234567", "ITEM-1");
        assertEquals("A1B2:203-1234567-1234567:ITEM-1", key.value());
        assertEquals("A1B2:203-1234567-1234567:ITEM-1:complete", key.with("complete").value());
    }

    @Test
    void blankOrOverlongKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IdempotencyKey.of("A", " "));
        assertThrows(IllegalArgumentException.class, () -> new IdempotencyKey("x".repeat(201)));
    }
}
