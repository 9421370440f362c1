package org.ecomhub.spapi.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic orders and listings from a seed: FBM and FBA, several items, promotions, shipping, gift wrap,
 * tax-inclusive and exclusive marketplaces, marketplace facilitator tax in the US, business orders with PO numbers,
 * every lifecycle status. The same seed and counts give the same data.
 */
final class DataGenerator {
    private static final String[] STATUSES = {"PENDING", "UNSHIPPED", "UNSHIPPED", "PARTIALLY_SHIPPED", "SHIPPED",
        "SHIPPED", "SHIPPED", "CANCELLED"};
    private static final String[] WORDS = {"Walnut", "Steel", "Linen", "Ceramic", "Copper", "Bamboo", "Wool", "Glass"};
    private static final String[] THINGS = {"Mug", "Lamp", "Blanket", "Bowl", "Kettle", "Tray", "Vase", "Clock"};

    private DataGenerator() {
    }

    /** {@code count} listings per marketplace, SKUs SIM-0001.. shared across marketplaces; every 5th is FBA. */
    static List<SimListing> listings(long seed, String sellerId, List<String> marketplaceIds, int count, Instant now) {
        Random r = new Random(seed * 31 + 7);
        List<SimListing> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String sku = String.format("SIM-%04d", i);
            String asin = String.format("B0SIM%05d", i);
            String title = WORDS[r.nextInt(WORDS.length)] + " " + THINGS[r.nextInt(THINGS.length)] + " " + i;
            BigDecimal base = BigDecimal.valueOf(500 + r.nextInt(9500), 2);
            int quantity = r.nextInt(60);
            boolean fba = i % 5 == 0;
            for (String marketplaceId : marketplaceIds) {
                Markets.Market m = Markets.require(marketplaceId);
                SimListing l = new SimListing();
                l.sellerId = sellerId;
                l.sku = sku;
                l.asin = asin;
                l.marketplaceId = marketplaceId;
                l.currency = m.currency();
                l.title = title;
                l.brand = "Simco";
                l.ean = String.format("40000%08d", i);
                l.price = "JPY".equals(m.currency()) ? base.multiply(BigDecimal.valueOf(150)).setScale(0, RoundingMode.HALF_UP) : base;
                l.fulfillmentChannel = fba ? m.fbaChannel() : "DEFAULT";
                l.quantity = fba ? null : quantity;
                l.leadTimeDays = fba ? null : 2;
                l.fbaFulfillable = fba ? quantity : 0;
                l.fbaInbound = fba ? r.nextInt(10) : 0;
                l.created = now.minus(Duration.ofDays(30 + r.nextInt(300)));
                l.updated = l.created;
                l.listingId = String.format("%010d", 1000000 + i);
                out.add(l);
            }
        }
        return out;
    }

    /** {@code count} orders last updated over the {@code spread} before now, using the given listings. */
    static List<SimOrder> orders(long seed, String sellerId, List<SimListing> listings, int count, Instant now,
            Duration spread, long firstNumber) {
        Random r = new Random(seed * 17 + 3);
        List<SimOrder> out = new ArrayList<>();
        if (listings.isEmpty()) {
            return out;
        }
        for (int n = 0; n < count; n++) {
            SimListing first = listings.get(r.nextInt(listings.size()));
            Markets.Market m = Markets.require(first.marketplaceId);
            SimOrder o = new SimOrder();
            long number = firstNumber + n;
            o.orderId = String.format("%03d-%07d-%07d", 100 + (int) (number % 900), number % 10_000_000L,
                    (number * 7919) % 10_000_000L);
            o.sellerId = sellerId;
            o.marketplaceId = m.id();
            o.currency = m.currency();
            o.pricesIncludeTax = m.taxIncluded();
            o.taxRate = m.taxRate();
            o.facilitatorTax = "US".equals(m.country());
            long ageSeconds = Math.max(180, (long) (r.nextDouble() * spread.getSeconds()));
            o.lastUpdatedTime = now.minusSeconds(ageSeconds);
            o.createdTime = o.lastUpdatedTime.minusSeconds(r.nextInt(3 * 86_400));
            o.fulfilledBy = first.fulfillmentChannel.equals("DEFAULT") ? "MERCHANT" : "AMAZON";
            o.status = STATUSES[r.nextInt(STATUSES.length)];
            if ("AMAZON".equals(o.fulfilledBy) && o.status.equals("UNSHIPPED")) {
                o.status = "SHIPPED";
            }
            o.serviceLevel = r.nextInt(4) == 0 ? "EXPEDITED" : "STANDARD";
            o.business = r.nextInt(6) == 0;
            o.purchaseOrderNumber = o.business ? "PO-" + (10_000 + r.nextInt(90_000)) : null;
            o.sellerOrderId = "SO-" + number;
            o.buyerName = "Sim Buyer " + number;
            o.buyerEmail = "sim" + number + "@marketplace.amazon.example";
            o.address = new String[] {"Sim Buyer " + number, number + " Sim Street", "Simtown", "ST", "1000" + (n % 10),
                m.country(), "+1 555 0100"};
            int lines = 1 + (r.nextInt(10) < 7 ? 0 : r.nextInt(3));
            List<SimListing> sameMarket = new ArrayList<>();
            for (SimListing l : listings) {
                if (l.marketplaceId.equals(first.marketplaceId) && l.fulfillmentChannel.equals(first.fulfillmentChannel)) {
                    sameMarket.add(l);
                }
            }
            for (int i = 0; i < lines; i++) {
                SimListing l = i == 0 ? first : sameMarket.get(r.nextInt(sameMarket.size()));
                SimOrder.SimItem item = new SimOrder.SimItem();
                item.orderItemId = String.format("%014d", number * 10 + i);
                item.sku = l.sku;
                item.asin = l.asin;
                item.title = l.title;
                item.quantity = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
                item.unitPrice = l.price;
                item.shipping = i == 0 ? scale(BigDecimal.valueOf(r.nextInt(3) * 299L, 2), o.currency) : zero(o.currency);
                item.giftWrap = r.nextInt(8) == 0 ? scale(new BigDecimal("3.99"), o.currency) : zero(o.currency);
                if (r.nextInt(5) == 0) {
                    item.promotionDiscount = scale(item.unitPrice.multiply(BigDecimal.valueOf(item.quantity))
                            .multiply(new BigDecimal("0.10")), o.currency).negate();
                    item.promotionId = "SIMPROMO" + (1 + r.nextInt(3));
                } else {
                    item.promotionDiscount = zero(o.currency);
                }
                if ("SHIPPED".equals(o.status)) {
                    item.quantityShipped = item.quantity;
                } else if ("PARTIALLY_SHIPPED".equals(o.status)) {
                    item.quantityShipped = i == 0 ? item.quantity : 0;
                } else if ("CANCELLED".equals(o.status)) {
                    item.quantityCancelled = item.quantity;
                    item.cancelReason = "BUYER_CANCELLED";
                    item.buyerRequestedCancel = true;
                }
                o.items.add(item);
            }
            if ("PARTIALLY_SHIPPED".equals(o.status) && o.items.size() == 1) {
                o.status = "SHIPPED";
                o.items.get(0).quantityShipped = o.items.get(0).quantity;
            }
            out.add(o);
        }
        return out;
    }

    static BigDecimal scale(BigDecimal v, String currency) {
        return v.setScale("JPY".equals(currency) ? 0 : 2, RoundingMode.HALF_UP);
    }

    static BigDecimal zero(String currency) {
        return scale(BigDecimal.ZERO, currency);
    }
}
