package org.ecomhub.amazon.api.log;

/**
 * The catalogue of what an admin does about an ERROR entry (LOG-02): every ERROR names one of these, so the log
 * always says what to do next. The entry's message names the specifics (which SKU, which setting).
 */
public enum FixAction {
    REAUTHORISE("Authorise the store again: amazon:store-auth <alias> (a new refresh token for the seller and region)."),
    APP_CREDENTIALS("Set the app's LWA client id and client secret: amazon:app-credentials."),
    SETTINGS_REFUSED("Correct the named setting; until then the last valid settings stay in force."),
    UNKNOWN_SKU("Create the product in the host, map its code, or turn on 'create products on import'; then import the order again."),
    UNKNOWN_WAREHOUSE("Create the warehouse in the host or choose an existing one in the store's orders settings."),
    UNKNOWN_CUSTOMER("Create the customer in the host or choose an existing one as the single customer."),
    UNKNOWN_TAX_CODE("Add the tax code to the host or fix the store's tax code map."),
    INSUFFICIENT_STOCK("Receive stock into the warehouse or choose another order status; then import the order again."),
    THROTTLED("Nothing to do: Amazon throttled the call and it is retried later. If it persists, lower the sync frequency."),
    AMAZON_UNAVAILABLE("Nothing to do: Amazon was unreachable and the call is retried later. Check the network if it persists."),
    FEED_MESSAGE_REJECTED("Fix the listing on Amazon or the product's data as Amazon's message says; the next export sends it again."),
    ORDER_NOT_EDITABLE("The host order can no longer be changed; apply the change in the host by hand."),
    HOST_REJECTED("Fix the data the host refused as the message says; then import again."),
    AMAZON_DATA("Amazon sent data that cannot be imported as it is (the message says what); it is tried again on later runs. If it stays, ask Amazon's seller support about the order."),
    STORE_LIMIT("Uninstall a store, or have an administrator raise the store limit."),
    REPORT_BUG("Unexpected error: report it with the time of this entry; the developer log has the details.");

    private final String text;

    FixAction(String text) {
        this.text = text;
    }

    /** What the admin should do, in one or two sentences. */
    public String text() {
        return text;
    }
}
