package org.ecomhub.host.api;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

// covers ORD-12: money is exact and currency-aware
class MoneyTest {

    @Test
    void numericallyEqualAmountsAreEqual() {
        assertEquals(Money.of("10", "GBP"), Money.of("10.0000", "GBP"));
        assertEquals("10.00", Money.of("10", "GBP").amount().toPlainString());
        assertEquals("3.333333", Money.of("3.333333", "GBP").amount().toPlainString());
        assertEquals("500", Money.of("500", "JPY").amount().toPlainString());
    }

    @Test
    void timesRoundsHalfUpToTheMinorUnit() {
        assertEquals(Money.of("10.00", "GBP"), Money.of("3.333333", "GBP").times(BigDecimal.valueOf(3)));
        assertEquals(Money.of("0.13", "GBP"), Money.of("0.125", "GBP").times(BigDecimal.ONE));
    }

    @Test
    void currenciesDoNotMix() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "GBP").plus(Money.of("1", "EUR")));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "gbp"));
    }
}
