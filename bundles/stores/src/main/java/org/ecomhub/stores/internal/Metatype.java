package org.ecomhub.stores.internal;

import org.ecomhub.amazon.api.settings.BuyerDetails;
import org.ecomhub.amazon.api.settings.OrderSettings.HostOrderStatus;
import org.ecomhub.amazon.api.settings.OrderSettings.ImportFromStatus;
import org.ecomhub.amazon.api.settings.OrderSettings.ImportOption;
import org.ecomhub.amazon.api.settings.OrderSettings.NumberAssignment;
import org.ecomhub.amazon.api.settings.OrderSettings.SingleCustomerMode;
import org.ecomhub.amazon.api.settings.ProductSettings.CodeMapping;
import org.ecomhub.amazon.api.settings.StockExportFrequency;
import org.ecomhub.amazon.api.settings.TaxSettings.FacilitatorTax;
import org.ecomhub.amazon.api.settings.TaxSettings.TaxMode;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The metatype of every PID this bundle consumes (HOST-02): forms with drop-downs in the web console's Configuration
 * page. The annotations only describe the PIDs; the values are read by the typed settings records of amazon-api,
 * whatever wrote them (console form, {@code etc/} file, our commands). Factory PIDs carry a name hint so each store's
 * forms have a readable title. Secrets are never a property here (SEC-01).
 */
final class Metatype {

    private Metatype() {
    }

    @ObjectClassDefinition(id = "org.ecomhub.amazon.integration", pid = "org.ecomhub.amazon.integration", name = "Amazon integration",
            description = "App settings shared by all stores. The client secret is set with amazon:app-credentials, never here.")
    @interface Integration {
        @AttributeDefinition(name = "LWA client id", required = false)
        String lwa_client_id() default "";

        @AttributeDefinition(name = "SP-API application id", description = "Used on the consent page", required = false)
        String spapi_application_id() default "";

        @AttributeDefinition(name = "OAuth redirect URI", description = "The web console's callback, e.g. http://127.0.0.1:8181/system/console/amazon/oauth", required = false)
        String oauth_redirect_uri() default "";

        @AttributeDefinition(name = "Store limit", description = "Most stores that may be installed (amazon-admin only)", min = "1", max = "100")
        int store_limit() default 5;

        @AttributeDefinition(name = "Stock export frequency")
        StockExportFrequency stock_export_frequency() default StockExportFrequency.MINUTES_60;

        @AttributeDefinition(name = "Order poll minutes", min = "1", max = "1440")
        int orders_poll_minutes() default 5;

        @AttributeDefinition(name = "SP-API endpoint", description = "Empty = Amazon's regional host; the simulator's URL for tests", required = false)
        String spapi_endpoint() default "";

        @AttributeDefinition(name = "LWA endpoint", description = "Empty = Amazon's", required = false)
        String lwa_endpoint() default "";
    }

    @ObjectClassDefinition(id = "org.ecomhub.amazon.store", factoryPid = "org.ecomhub.amazon.store", name = "Amazon store",
            description = "One installed store. Alias, marketplace and seller id are fixed at install.")
    @interface Store {
        @AttributeDefinition(name = "Alias", description = "1 to 8 letters or digits, never changed")
        String alias();

        @AttributeDefinition(name = "Primary marketplace", options = {
            @Option(label = "CA (NA)", value = "A2EUQ1WTGCTBG2"),
            @Option(label = "US (NA)", value = "ATVPDKIKX0DER"),
            @Option(label = "MX (NA)", value = "A1AM78C64UM0Y8"),
            @Option(label = "BR (NA)", value = "A2Q3Y263D00KWC"),
            @Option(label = "IE (EU)", value = "A28R8C7NBKEWEA"),
            @Option(label = "ES (EU)", value = "A1RKKUPIHCS9HS"),
            @Option(label = "UK (EU)", value = "A1F83G8C2ARO7P"),
            @Option(label = "FR (EU)", value = "A13V1IB3VIYZZH"),
            @Option(label = "BE (EU)", value = "AMEN7PMS3EDWL"),
            @Option(label = "NL (EU)", value = "A1805IZSGTT6HS"),
            @Option(label = "DE (EU)", value = "A1PA6795UKMFR9"),
            @Option(label = "IT (EU)", value = "APJ6JRA9NG5V4"),
            @Option(label = "SE (EU)", value = "A2NODRKZP88ZB9"),
            @Option(label = "ZA (EU)", value = "AE08WJ6YKNBMC"),
            @Option(label = "PL (EU)", value = "A1C3SOZRARQ6R3"),
            @Option(label = "EG (EU)", value = "ARBP9OOSHTCHU"),
            @Option(label = "TR (EU)", value = "A33AVAJ2PDY3EV"),
            @Option(label = "SA (EU)", value = "A17E79C6D8DWNP"),
            @Option(label = "AE (EU)", value = "A2VIGQ35RCS4UG"),
            @Option(label = "IN (EU)", value = "A21TJRUUN4KGV"),
            @Option(label = "SG (FE)", value = "A19VAU5U5O7RUS"),
            @Option(label = "AU (FE)", value = "A39IBJ37TRP1C6"),
            @Option(label = "JP (FE)", value = "A1VC38T7YXB528")
        })
        String marketplace();

        @AttributeDefinition(name = "Seller id", description = "The merchant token")
        String seller_id();

        @AttributeDefinition(name = "Enabled (ON)")
        boolean enabled() default false;

        @AttributeDefinition(name = "Buyer details")
        BuyerDetails buyer_details() default BuyerDetails.NONE;

        String webconsole_configurationFactory_nameHint() default "Store {alias} ({marketplace})";
    }

    @ObjectClassDefinition(id = "org.ecomhub.amazon.orders.fbm", factoryPid = "org.ecomhub.amazon.orders.fbm",
            name = "Amazon store FBM orders", description = "How one store imports FBM orders.")
    @interface OrdersFbm {
        @AttributeDefinition(name = "Store alias")
        String store();

        @AttributeDefinition(name = "Import option")
        ImportOption import_option() default ImportOption.CUSTOMER_PER_ORDER;

        @AttributeDefinition(name = "Single customer", description = "Host customer code, needed with SINGLE_CUSTOMER", required = false)
        String single_customer() default "";

        @AttributeDefinition(name = "Single customer mode")
        SingleCustomerMode single_customer_mode() default SingleCustomerMode.INDIVIDUAL;

        @AttributeDefinition(name = "Import from status")
        ImportFromStatus import_from_status() default ImportFromStatus.UNSHIPPED;

        @AttributeDefinition(name = "Sales order group", required = false)
        String sales_order_group() default "";

        @AttributeDefinition(name = "Order status", description = "COMPLETED is refused with a single customer")
        HostOrderStatus order_status() default HostOrderStatus.PARKED;

        @AttributeDefinition(name = "Warehouse", required = false)
        String warehouse() default "";

        @AttributeDefinition(name = "Assign batch / serial numbers")
        NumberAssignment assign_numbers() default NumberAssignment.DISABLED;

        String webconsole_configurationFactory_nameHint() default "FBM orders of store {store}";
    }

    @ObjectClassDefinition(id = "org.ecomhub.amazon.orders.fba", factoryPid = "org.ecomhub.amazon.orders.fba",
            name = "Amazon store FBA orders", description = "How one store imports FBA orders.")
    @interface OrdersFba {
        @AttributeDefinition(name = "Store alias")
        String store();

        @AttributeDefinition(name = "Import option")
        ImportOption import_option() default ImportOption.CUSTOMER_PER_ORDER;

        @AttributeDefinition(name = "Single customer", description = "Host customer code, needed with SINGLE_CUSTOMER", required = false)
        String single_customer() default "";

        @AttributeDefinition(name = "Single customer mode")
        SingleCustomerMode single_customer_mode() default SingleCustomerMode.INDIVIDUAL;

        @AttributeDefinition(name = "Import from status")
        ImportFromStatus import_from_status() default ImportFromStatus.SHIPPED;

        @AttributeDefinition(name = "Sales order group", required = false)
        String sales_order_group() default "";

        @AttributeDefinition(name = "Order status", description = "COMPLETED is refused with a single customer")
        HostOrderStatus order_status() default HostOrderStatus.PARKED;

        @AttributeDefinition(name = "Warehouse", required = false)
        String warehouse() default "";

        String webconsole_configurationFactory_nameHint() default "FBA orders of store {store}";
    }

    @ObjectClassDefinition(id = "org.ecomhub.amazon.products", factoryPid = "org.ecomhub.amazon.products", name = "Amazon store products")
    @interface Products {
        @AttributeDefinition(name = "Store alias")
        String store();

        @AttributeDefinition(name = "Create products on import")
        boolean create_on_import() default true;

        @AttributeDefinition(name = "Sell price tier", required = false)
        String sell_price_tier() default "";

        @AttributeDefinition(name = "Code mapping", description = "Fixed once saved")
        CodeMapping code_mapping() default CodeMapping.SELLER_SKU;

        @AttributeDefinition(name = "Sync products")
        boolean sync() default false;

        @AttributeDefinition(name = "Accounting invoice")
        boolean accounting_invoice() default false;

        String webconsole_configurationFactory_nameHint() default "Products of store {store}";
    }

    @ObjectClassDefinition(id = "org.ecomhub.amazon.tax", factoryPid = "org.ecomhub.amazon.tax", name = "Amazon store tax")
    @interface Tax {
        @AttributeDefinition(name = "Store alias")
        String store();

        @AttributeDefinition(name = "Mode")
        TaxMode mode() default TaxMode.LINE;

        @AttributeDefinition(name = "Charges sales account", required = false)
        String charges_sales_account() default "";

        @AttributeDefinition(name = "Prices include tax", description = "Empty = the marketplace's default", required = false,
                options = {@Option(label = "marketplace default", value = ""), @Option(label = "yes", value = "true"),
                        @Option(label = "no", value = "false")})
        String prices_include_tax() default "";

        @AttributeDefinition(name = "Tax codes", description = "rate=code, e.g. 20=VAT20", required = false)
        String[] tax_codes();

        @AttributeDefinition(name = "Default tax code", required = false)
        String default_tax_code() default "";

        @AttributeDefinition(name = "Facilitator tax")
        FacilitatorTax facilitator_tax() default FacilitatorTax.SEPARATE_CHARGE;

        @AttributeDefinition(name = "Facilitator tax code")
        String facilitator_tax_code() default "NONE";

        String webconsole_configurationFactory_nameHint() default "Tax of store {store}";
    }

    @ObjectClassDefinition(id = "org.ecomhub.amazon.stock", factoryPid = "org.ecomhub.amazon.stock", name = "Amazon store stock")
    @interface Stock {
        @AttributeDefinition(name = "Store alias")
        String store();

        @AttributeDefinition(name = "Export stock on hand")
        boolean export() default false;

        @AttributeDefinition(name = "Include can-assemble quantities")
        boolean include_can_assemble() default false;

        @AttributeDefinition(name = "Warehouses", required = false)
        String[] warehouses();

        @AttributeDefinition(name = "Owns shared stock", description = "Exactly one store per seller and region")
        boolean owns_shared_stock() default true;

        String webconsole_configurationFactory_nameHint() default "Stock of store {store}";
    }
}
