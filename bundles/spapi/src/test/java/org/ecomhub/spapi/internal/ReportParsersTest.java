package org.ecomhub.spapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.ecomhub.amazon.api.spapi.SpApiMalformedResponseException;
import org.ecomhub.amazon.api.spapi.model.MerchantListingRow;
import org.ecomhub.amazon.api.spapi.model.OrderReportRow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportParsersTest {

    // Columns deliberately out of Amazon's usual order and with "quantity-purchased": read by name (FACTS §12).
    private static final String ORDERS = String.join("\n",
            "sku\tamazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel"
                    + "\tsales-channel\tproduct-name\tasin\tquantity-purchased\tcurrency\titem-price\titem-tax"
                    + "\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\titem-promotion-discount"
                    + "\tship-promotion-discount\tship-city\tship-country\tis-business-order\tpurchase-order-number",
            "MUG-1\t028-1234567-8901234\t\t2026-03-01T10:00:00+00:00\t2026-03-01T12:00:00+00:00\tShipped\tMerchant"
                    + "\tAmazon.es\tMug\tB000000001\t2\tEUR\t20.00\t3.47\t4.99\t0.87\t\t\t-2.00\t-0.50\tMadrid\tES\tfalse\t",
            "MUG-1\t028-1234567-8901234\t\t2026-03-01T10:00:00+00:00\t2026-03-01T12:00:00+00:00\tShipped\tMerchant"
                    + "\tAmazon.es\tMug\tB000000001\t1\tEUR\t10.00\t1.74\t0\t0\t\t\t\t\tMadrid\tES\tfalse\t",
            "LAMP-2\t028-1234567-8901234\t\t2026-03-01T10:00:00+00:00\t2026-03-01T12:00:00+00:00\tShipped\tMerchant"
                    + "\tAmazon.es\tLamp\tB000000002\t1\tEUR\t30.00\t5.21\t0\t0\t1.50\t0.26\t\t\tMadrid\tES\ttrue\tPO-77",
            "CUP-3\t111-0000000-0000001\t\t2026-03-01T11:00:00+00:00\t2026-03-01T11:05:00+00:00\tPending\tAmazon"
                    + "\tAmazon.es\tCup\tB000000003\t1\tEUR\t\t\t\t\t\t\t\t\t\tES\tfalse\t",
            "");

    @Test
    @DisplayName("API-05: orders report rows are read by header name, money as exact decimals, one row per item")
    void ordersReport() {
        List<OrderReportRow> rows = ReportParsers.ordersReport(ORDERS);
        assertEquals(4, rows.size());
        OrderReportRow first = rows.get(0);
        assertEquals("028-1234567-8901234", first.amazonOrderId());
        assertEquals("MUG-1", first.sku());
        assertEquals(2, first.quantity());
        assertEquals(new BigDecimal("20.00"), first.itemPrice());
        assertEquals(new BigDecimal("-2.00"), first.itemPromotionDiscount());
        assertEquals(Instant.parse("2026-03-01T12:00:00Z"), first.lastUpdatedDate());
        // FACTS §12: total = item + shipping + gift wrap + both discounts; tax apart
        assertEquals(new BigDecimal("22.49"), first.totalExcludingTax());
        assertEquals(new BigDecimal("4.34"), first.totalTax());
        assertNull(first.merchantOrderId());
    }

    @Test
    @DisplayName("ORD-10: a line without item id is keyed by order id, SKU and the n-th row of that SKU")
    void skuOccurrence() {
        List<OrderReportRow> rows = ReportParsers.ordersReport(ORDERS);
        assertEquals(1, rows.get(0).skuOccurrence());
        assertEquals(2, rows.get(1).skuOccurrence(), "second MUG-1 row of the same order");
        assertEquals(1, rows.get(2).skuOccurrence());
        assertTrue(rows.get(2).businessOrder());
        assertEquals("PO-77", rows.get(2).purchaseOrderNumber());
    }

    @Test
    @DisplayName("API-05: a Pending order's empty money columns read as absent, not zero")
    void pendingHasNoMoney() {
        OrderReportRow pending = ReportParsers.ordersReport(ORDERS).get(3);
        assertEquals("Pending", pending.orderStatus());
        assertNull(pending.itemPrice());
        assertEquals(BigDecimal.ZERO, pending.totalExcludingTax());
    }

    @Test
    @DisplayName("API-05 (issue 8 Bad input): a quantity in words or an absurd amount in the orders report is a malformed report naming the column")
    void badColumnsAreRefusedByName() {
        String words = ORDERS.replace("\tB000000002\t1\tEUR", "\tB000000002\tone\tEUR");
        assertTrue(assertThrows(SpApiMalformedResponseException.class, () -> ReportParsers.ordersReport(words))
                .getMessage().contains("quantity"));
        String huge = ORDERS.replace("\t30.00\t", "\t1e999999999\t");
        String message = assertThrows(SpApiMalformedResponseException.class, () -> ReportParsers.ordersReport(huge))
                .getMessage();
        assertTrue(message.contains("money column") && message.contains("1e999999999"), message);
    }

    @Test
    @DisplayName("API-05: merchant listings report: FBM quantity, FBA channel, price")
    void merchantListings() {
        String tsv = "item-name\tlisting-id\tseller-sku\tprice\tquantity\topen-date\tproduct-id-type\tproduct-id"
                + "\titem-condition\tasin1\tfulfillment-channel\tstatus\n"
                + "Mug\t0101\tMUG-1\t9.99\t25\t2025-01-01 10:00:00 PST\t4\t4000000000017\t11\tB000000001\tDEFAULT\tActive\n"
                + "Lamp\t0102\tLAMP-2\t19.50\t\t2025-01-01 10:00:00 PST\t1\tB000000002\t11\tB000000002\tAMAZON_EU\tActive\n";
        List<MerchantListingRow> rows = ReportParsers.merchantListingsReport(tsv);
        assertEquals(2, rows.size());
        assertEquals(25, rows.get(0).quantity());
        assertTrue(rows.get(0).merchantFulfilled());
        assertFalse(rows.get(1).merchantFulfilled());
        assertNull(rows.get(1).quantity());
        assertEquals(new BigDecimal("19.50"), rows.get(1).price());
    }

    @Test
    @DisplayName("API-05: a report without its key column is a malformed reply, not silently empty")
    void missingKeyColumn() {
        assertThrows(SpApiMalformedResponseException.class, () -> ReportParsers.ordersReport("foo\tbar\n1\t2\n"));
        assertTrue(ReportParsers.ordersReport("").isEmpty());
    }
}
