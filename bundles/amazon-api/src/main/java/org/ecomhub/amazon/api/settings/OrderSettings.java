package org.ecomhub.amazon.api.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a store imports the orders of one fulfilment channel, PIDs {@code org.ecomhub.amazon.orders.fbm} and
 * {@code org.ecomhub.amazon.orders.fba} (factory configurations named by the alias).
 *
 * @param channel            FBM or FBA, from the PID
 * @param store              the store's alias
 * @param importOption       a customer per order, or one host customer for all (ORD-01)
 * @param singleCustomer     the host customer code used with {@link ImportOption#SINGLE_CUSTOMER}; empty otherwise
 * @param singleCustomerMode one consolidated order per day or one order each (ORD-02)
 * @param importFromStatus   the Amazon status an order imports from (ORD-03)
 * @param salesOrderGroup    host sales order group put on every order; empty = the customer's default (ORD-04)
 * @param orderStatus        the host status orders import as (ORD-05)
 * @param warehouse          the host warehouse orders import into; empty = the host's default (ORD-06)
 * @param assignNumbers      batch/serial assignment, FBM only (ORD-07)
 */
public record OrderSettings(FulfilmentChannel channel, String store, ImportOption importOption, String singleCustomer,
        SingleCustomerMode singleCustomerMode, ImportFromStatus importFromStatus, String salesOrderGroup,
        HostOrderStatus orderStatus, String warehouse, NumberAssignment assignNumbers) {

    public static final String STORE = "store";
    public static final String IMPORT_OPTION = "import.option";
    public static final String SINGLE_CUSTOMER = "single.customer";
    public static final String SINGLE_CUSTOMER_MODE = "single.customer.mode";
    public static final String IMPORT_FROM_STATUS = "import.from.status";
    public static final String SALES_ORDER_GROUP = "sales.order.group";
    public static final String ORDER_STATUS = "order.status";
    public static final String WAREHOUSE = "warehouse";
    public static final String ASSIGN_NUMBERS = "assign.numbers";

    /** How orders import. */
    public enum ImportOption { CUSTOMER_PER_ORDER, SINGLE_CUSTOMER }

    /** With a single customer: one consolidated order per day, or one order per Amazon order. */
    public enum SingleCustomerMode { DAILY_CONSOLIDATED, INDIVIDUAL }

    /** The first Amazon status at which an order imports. */
    public enum ImportFromStatus { UNSHIPPED, SHIPPED }

    /** The host status imported orders get. */
    public enum HostOrderStatus { PARKED, PLACED, BACKORDERED, COMPLETED }

    /** Automatic batch / serial number assignment (FBM). */
    public enum NumberAssignment {
        DISABLED, BATCH, SERIAL, SERIAL_AND_BATCH;

        public boolean batches() {
            return this == BATCH || this == SERIAL_AND_BATCH;
        }

        public boolean serials() {
            return this == SERIAL || this == SERIAL_AND_BATCH;
        }
    }

    /** The defaults a new store gets for a channel (DESIGN "Configuration"). */
    public static OrderSettings defaults(FulfilmentChannel channel, String store) {
        return new OrderSettings(channel, store, ImportOption.CUSTOMER_PER_ORDER, "", SingleCustomerMode.INDIVIDUAL,
                channel == FulfilmentChannel.FBM ? ImportFromStatus.UNSHIPPED : ImportFromStatus.SHIPPED, "",
                HostOrderStatus.PARKED, "", NumberAssignment.DISABLED);
    }

    /**
     * Reads and checks one channel's order settings, including the rules inside this configuration: a single
     * customer must be chosen with that option (ORD-01), Completed is refused with a single customer (ORD-05),
     * number assignment is FBM only (ORD-07).
     *
     * @throws SettingsException naming every property that is wrong and how to fix it
     */
    public static OrderSettings from(FulfilmentChannel channel, Map<String, ?> properties) {
        String pid = channel.ordersPid();
        PropertyReader in = new PropertyReader(pid, properties);
        OrderSettings d = defaults(channel, "");
        OrderSettings s = new OrderSettings(channel,
                in.storeAlias(STORE),
                in.choice(IMPORT_OPTION, ImportOption.class, d.importOption()),
                in.text(SINGLE_CUSTOMER, ""),
                in.choice(SINGLE_CUSTOMER_MODE, SingleCustomerMode.class, d.singleCustomerMode()),
                in.choice(IMPORT_FROM_STATUS, ImportFromStatus.class, d.importFromStatus()),
                in.text(SALES_ORDER_GROUP, ""),
                in.choice(ORDER_STATUS, HostOrderStatus.class, d.orderStatus()),
                in.text(WAREHOUSE, ""),
                in.choice(ASSIGN_NUMBERS, NumberAssignment.class, d.assignNumbers()));
        if (s.importOption() == ImportOption.SINGLE_CUSTOMER && s.singleCustomer().isEmpty()) {
            in.problem(SINGLE_CUSTOMER, "no customer is chosen, but all orders are to go to a single customer.",
                    "Choose an existing host customer in single.customer, or set import.option to CUSTOMER_PER_ORDER.");
        }
        if (s.importOption() == ImportOption.SINGLE_CUSTOMER && s.orderStatus() == HostOrderStatus.COMPLETED) {
            in.problem(ORDER_STATUS, "Completed cannot be chosen when all orders go to a single customer.",
                    "Choose PARKED, PLACED or BACKORDERED, or set import.option to CUSTOMER_PER_ORDER.");
        }
        if (channel == FulfilmentChannel.FBA && s.assignNumbers() != NumberAssignment.DISABLED) {
            in.problem(ASSIGN_NUMBERS, "batch and serial numbers are assigned to FBM orders only.",
                    "Set assign.numbers to DISABLED for FBA orders.");
        }
        in.throwIfProblems();
        return s;
    }

    public Map<String, Object> toProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(STORE, store);
        p.put(IMPORT_OPTION, importOption.name());
        p.put(SINGLE_CUSTOMER, singleCustomer);
        p.put(SINGLE_CUSTOMER_MODE, singleCustomerMode.name());
        p.put(IMPORT_FROM_STATUS, importFromStatus.name());
        p.put(SALES_ORDER_GROUP, salesOrderGroup);
        p.put(ORDER_STATUS, orderStatus.name());
        p.put(WAREHOUSE, warehouse);
        p.put(ASSIGN_NUMBERS, assignNumbers.name());
        return p;
    }
}
