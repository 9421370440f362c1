package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.products.OrderedProduct;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.settings.BuyerDetails;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.amazon.api.tax.TaxStrategy;
import org.ecomhub.amazon.api.tax.TaxableOrder;
import org.ecomhub.amazon.api.tax.TaxedOrder;
import org.ecomhub.host.api.DeliveryAddress;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.UnknownReferenceException;
import org.ecomhub.host.api.Warehouse;
import org.ecomhub.host.api.WarehouseKind;

/**
 * Maps an Amazon order to what the host order will be (the "map → apply the store's FBM or FBA policy" steps):
 * money through the store's tax strategy, customer, warehouse, products, references. Reads the host, writes only
 * customers and products (each with its idempotency key).
 */
final class OrderPlanner {

    /** A mapped order and the notes its DEBUG entries carry. */
    record Planned(HostOrderWriter.Plan plan, List<String> notes) {
    }

    private final HostServices host;

    OrderPlanner(HostServices host) {
        this.host = host;
    }

    static FulfilmentChannel channel(Order order) {
        return "AMAZON".equals(order.fulfilledBy()) ? FulfilmentChannel.FBA : FulfilmentChannel.FBM;
    }

    Planned plan(Store store, Order order, TaxStrategy strategy, ProductMappings mappings, RunLookups lookups) {
        StoreConfiguration config = store.configuration();
        FulfilmentChannel channel = channel(order);
        OrderSettings settings = config.orders(channel);
        boolean restricted = config.store().buyerDetails() == BuyerDetails.RESTRICTED;
        String currency = AmazonMoney.currency(order, store.marketplace().defaultCurrency());
        boolean pricesIncludeTax = config.tax().pricesIncludeTax().orElse(store.marketplace().pricesIncludeTaxByDefault());

        TaxableOrder taxable = AmazonMoney.taxable(order, currency, pricesIncludeTax);
        TaxedOrder taxed = strategy.apply(taxable, config.tax(), lookups.get(RunLookups.Settings.COMPANY,
                () -> host.company().settings()).accountingIntegration());
        List<String> notes = new java.util.ArrayList<>(taxed.notes());
        Money amazonTotal = taxable.amazonTotal();
        if (order.grandTotal() != null && order.grandTotal().currencyCode().equals(currency)
                && order.grandTotal().amount().compareTo(amazonTotal.amount()) != 0) {
            notes.add("Amazon's grandTotal " + order.grandTotal().amount().toPlainString() + " differs from the sum of "
                    + "the proceeds breakdowns " + amazonTotal.amount().toPlainString() + "; the breakdowns are used");
        }

        String warehouse = lookups.get(new RunLookups.Warehouse(settings.warehouse(), channel),
                () -> warehouse(settings, channel));
        String customer = CustomerChoice.resolve(host.customers(), store.sellerId(), store.alias(), settings, channel,
                order, currency, restricted, lookups);
        Map<String, HostLines.ItemFacts> items = new LinkedHashMap<>();
        for (OrderItem item : order.items()) {
            String ref = OrderReferences.line(order.orderId(), item.orderItemId());
            OrderedProduct product = new OrderedProduct(item.sellerSku(), item.asin(), item.title(), channel);
            String code = lookups.get(RunLookups.Product.of(store.alias(), product), () -> mappings.resolveForOrder(
                    config, product, OrderReferences.item(store.sellerId(), order.orderId(), item.orderItemId())
                            .with("product")).hostProductCode());
            Money unit = item.unitPrice() == null || !item.unitPrice().currencyCode().equals(currency) ? null
                    : new Money(item.unitPrice().amount(), currency);
            items.put(ref, new HostLines.ItemFacts(code, BigDecimal.valueOf(item.quantityOrdered()), unit));
        }
        HostLines lines = HostLines.of(order.orderId(), currency, taxed, items);
        // ORD-14: a PO number from restricted buyer details, or alone from the orders report (no buyer named)
        boolean poOnly = order.buyer() != null && order.buyer().name() == null && order.buyer().email() == null;
        String po = order.buyer() != null && (restricted || poOnly) ? blankToNull(order.buyer().purchaseOrderNumber())
                : null;
        DeliveryAddress address = restricted && channel == FulfilmentChannel.FBM ? address(order) : null;
        String comments = order.fulfillmentServiceLevel() == null ? null
                : "Amazon service level: " + order.fulfillmentServiceLevel();
        return new Planned(new HostOrderWriter.Plan(store.sellerId(), store.alias(), config, settings, order, currency,
                customer, warehouse, order.createdTime().atZone(store.marketplace().zone()).toLocalDate(), lines, po,
                address, comments), notes);
    }

    /** ORD-06: the configured warehouse, else the host's first warehouse of the channel's kind. */
    private String warehouse(OrderSettings settings, FulfilmentChannel channel) {
        if (!settings.warehouse().isEmpty()) {
            return host.inventory().findWarehouse(settings.warehouse()).map(Warehouse::code)
                    .orElseThrow(() -> new UnknownReferenceException(UnknownReferenceException.Kind.WAREHOUSE,
                            settings.warehouse()));
        }
        WarehouseKind kind = channel == FulfilmentChannel.FBA ? WarehouseKind.FBA : WarehouseKind.OWN;
        return host.inventory().warehouses().stream().filter(w -> w.kind() == kind).map(Warehouse::code).findFirst()
                .orElseThrow(() -> new UnknownReferenceException(UnknownReferenceException.Kind.WAREHOUSE,
                        "(no " + kind + " warehouse)"));
    }

    private static DeliveryAddress address(Order order) {
        var a = order.deliveryAddress();
        if (a == null || a.countryCode() == null || a.countryCode().isBlank()) {
            return null;
        }
        return new DeliveryAddress(a.name(), a.addressLine1(), a.addressLine2(), a.addressLine3(), a.city(),
                a.stateOrRegion(), a.postalCode(), a.countryCode(), a.phone());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
