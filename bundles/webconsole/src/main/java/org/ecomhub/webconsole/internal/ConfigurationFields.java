package org.ecomhub.webconsole.internal;

import static org.ecomhub.webconsole.internal.Field.choice;
import static org.ecomhub.webconsole.internal.Field.choices;
import static org.ecomhub.webconsole.internal.Field.codes;
import static org.ecomhub.webconsole.internal.Field.text;

import java.util.ArrayList;
import java.util.List;

import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.settings.TaxSettings;

/** The Configuration tab's settings, grouped and worded as in the seed article. */
final class ConfigurationFields {

    static final String FBM = "Orders - Fulfilled by Merchant (FBM)";
    static final String FBA = "Orders - Fulfilled by Amazon (FBA)";
    static final String PRODUCTS = "Products";
    static final String TAXES = "Taxes";
    static final String STOCKS = "Stocks";

    static final List<Field> ALL = build();

    private ConfigurationFields() {
    }

    private static List<Field> build() {
        List<Field> fields = new ArrayList<>();
        orders(fields, FBM, FulfilmentChannel.FBM);
        orders(fields, FBA, FulfilmentChannel.FBA);
        String p = ProductSettings.PID;
        fields.add(choice(PRODUCTS, p, ProductSettings.CREATE_ON_IMPORT, "Create Product on Order Import",
                "When enabled, a new product is created if the SKU on an Amazon order being imported does not match an"
                        + " existing product code. If disabled, such an Amazon order will fail to import.", Field.ON_OFF));
        fields.add(text(PRODUCTS, p, ProductSettings.SELL_PRICE_TIER, "Product Sell Price Tier for This Shop",
                "Which sell price tier Amazon's product prices sync to. Updates made to the sell price tier will not"
                        + " sync to Amazon.").from(HostChoices.Kind.SELL_PRICE_TIER));
        fields.add(choice(PRODUCTS, p, ProductSettings.CODE_MAPPING, "Product Field Mapping",
                "Whether the Amazon ASIN or SellerSKU is mapped to the product code. If you have integrated with other"
                        + " eCommerce platforms, it is recommended to select SellerSKU.",
                choices("SELLER_SKU", "SellerSKU", "ASIN", "ASIN"))
                .warn("Do not change this option after it has been saved, as changing between SellerSKU and ASIN can"
                        + " lead to duplicate products being created."));
        fields.add(choice(PRODUCTS, p, ProductSettings.SYNC, "Product Synchronization",
                "When enabled, updates to product details in Amazon sync to the product record. Changes made to the"
                        + " product here will not sync to Amazon. If disabled, no product changes are synced. The Amazon"
                        + " product name is used as the description of new products.", Field.ON_OFF));
        fields.add(choice(PRODUCTS, p, ProductSettings.ACCOUNTING_INVOICE, "Accounting System Invoice",
                "Enable this option to send invoices for sales orders imported from Amazon to your integrated"
                        + " accounting provider. We recommend integrating your accounting system directly with Amazon to"
                        + " avoid any tax or order total inconsistencies.", Field.ON_OFF));
        String t = TaxSettings.PID;
        fields.add(choice(TAXES, t, TaxSettings.MODE, "Amazon Taxes",
                "Import tax: tax appears on the sales order line with a tax rate and tax code. As a sales order charge:"
                        + " tax for the whole order is one charge, lines at 0% with tax code NONE; the total matches"
                        + " Amazon's. Ignore tax: all lines at 0% with tax code NONE.",
                choices("LINE", "Import tax", "CHARGE", "Import tax as a Sales Order charge", "IGNORE", "Ignore tax")));
        fields.add(text(TAXES, t, TaxSettings.CHARGES_SALES_ACCOUNT, "Tax Charges Sales Account",
                "When integrated with an accounting provider, the default sales account applied to shipping charge"
                        + " lines of orders imported from Amazon.").from(HostChoices.Kind.SALES_ACCOUNT));
        fields.add(codes(TAXES, t, TaxSettings.TAX_CODES, "Tax code mapping",
                "Rate to tax code, e.g. 20=G20, 5=G5 (separated by commas)."));
        fields.add(text(TAXES, t, TaxSettings.DEFAULT_TAX_CODE, "Default tax code",
                "Used when no mapped rate is near; empty for the host's default.").from(HostChoices.Kind.TAX_CODE));
        fields.add(choice(TAXES, t, TaxSettings.FACILITATOR_TAX, "Marketplace facilitator tax",
                "Tax Amazon collects and remits itself: on its own charge line, or left out.",
                choices("SEPARATE_CHARGE", "Separate charge line", "LEAVE_OUT", "Leave out")));
        String s = StockSettings.PID;
        fields.add(choice(STOCKS, s, StockSettings.EXPORT, "Export Stock on Hand to Amazon",
                "When enabled, changes to a product's Available quantity in the stock availability warehouses update"
                        + " the product's count in Amazon. Available = Stock On Hand minus Allocated Stock, per warehouse.",
                Field.ON_OFF).warn("WARNING: If integrating FBA only, do not enable Export Stock on hand."));
        fields.add(choice(STOCKS, s, StockSettings.INCLUDE_CAN_ASSEMBLE, "Include quantities for auto-assembled products",
                "When enabled, the Available quantity exported includes the Can Assemble quantity of products whose bill"
                        + " of materials can auto-assemble. Export Stock on Hand to Amazon must be enabled to enable this"
                        + " setting.", Field.ON_OFF));
        fields.add(codes(STOCKS, s, StockSettings.WAREHOUSES, "Assign warehouses for stock availability",
                "Use the toggles to select which warehouses FBM stock availability syncs from (without the host's"
                        + " list: codes separated by commas). Amazon will not receive any stock availability for FBA"
                        + " warehouses.").from(HostChoices.Kind.OWN_WAREHOUSE));
        fields.add(choice(STOCKS, null, IntegrationSettings.STOCK_EXPORT_FREQUENCY, "Stock on Hand Export Frequency",
                "The time interval for exporting the available stock on hand, for all Amazon stores.",
                choices("MINUTES_30", "30 minutes", "MINUTES_60", "60 minutes", "HOURS_12", "12 hours", "HOURS_24",
                        "24 hours")));
        return List.copyOf(fields);
    }

    private static void orders(List<Field> fields, String section, FulfilmentChannel channel) {
        String pid = channel.ordersPid();
        String kind = channel.name();
        fields.add(choice(section, pid, OrderSettings.IMPORT_OPTION, "Order Import Options",
                "If you select Use a single customer, you must allocate an existing customer in the Single Customer"
                        + " field.",
                choices("CUSTOMER_PER_ORDER", "Create an order and a customer based on each Amazon order.",
                        "SINGLE_CUSTOMER", "Use a single customer for all Amazon orders.")));
        fields.add(text(section, pid, OrderSettings.SINGLE_CUSTOMER, "Single Customer",
                "The code of the existing customer all Amazon orders go to."));
        fields.add(choice(section, pid, OrderSettings.SINGLE_CUSTOMER_MODE, "Single Customer Options",
                "How to handle all orders under the selected customer."
                        + (channel == FulfilmentChannel.FBA ? " Consolidated orders carry no buyer details." : ""),
                choices("DAILY_CONSOLIDATED", "Create one consolidated order per day under the selected customer.",
                        "INDIVIDUAL", "Create an individual order for each Amazon order under the selected customer.")));
        fields.add(choice(section, pid, OrderSettings.IMPORT_FROM_STATUS, "Amazon Order Status",
                "The status Amazon orders will import from.", choices("UNSHIPPED", "Unshipped", "SHIPPED", "Shipped")));
        fields.add(text(section, pid, OrderSettings.SALES_ORDER_GROUP, "Add Sales Group to orders",
                "A sales order group applied to all new orders imported from the Amazon store, regardless of the"
                        + " customer's default sales order group.").from(HostChoices.Kind.SALES_ORDER_GROUP));
        fields.add(choice(section, pid, OrderSettings.ORDER_STATUS, "Order Status",
                "The status you would like " + kind + " orders to import as. The Completed option is disabled if Use a"
                        + " single customer for all Amazon orders is enabled. If sales orders attempt to import as"
                        + " Completed, but there is not enough stock available to fulfil the order, it will import as"
                        + " Backordered instead.",
                choices("PARKED", "Parked", "PLACED", "Placed", "BACKORDERED", "Backordered", "COMPLETED", "Completed")));
        fields.add(text(section, pid, OrderSettings.WAREHOUSE, "Warehouse Mapping",
                "The warehouse " + kind + " orders are imported to (empty: the default warehouse).")
                .from(channel == FulfilmentChannel.FBM ? HostChoices.Kind.OWN_WAREHOUSE : HostChoices.Kind.FBA_WAREHOUSE));
        if (channel == FulfilmentChannel.FBM) {
            fields.add(choice(section, pid, OrderSettings.ASSIGN_NUMBERS, "Automatically assign Batch or Serial Numbers",
                    "Assign the oldest batch and/or serial numbers in your inventory to orders imported from Amazon. When"
                            + " enabled, orders with batch-tracked or serialized products can be completed on import if"
                            + " stock is already available to dispatch.",
                    choices("DISABLED", "Disabled", "BATCH", "Batch Numbers only", "SERIAL", "Serial Numbers only",
                            "SERIAL_AND_BATCH", "Serial and Batch")));
        }
    }
}
