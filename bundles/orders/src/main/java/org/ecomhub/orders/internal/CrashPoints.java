package org.ecomhub.orders.internal;

/**
 * Named points between two side effects of an import. Tests make the importer stop dead at one (as a crash would) and
 * prove that a restart loses and doubles nothing (ORD-10). In production nothing happens.
 */
interface CrashPoints {

    String AFTER_HOST_CREATE = "after-host-create";
    String AFTER_APPEND = "after-append";
    String AFTER_INVOICE = "after-invoice";
    String AFTER_LEDGER_WRITE = "after-ledger-write";
    String BEFORE_WATERMARK = "before-watermark";

    CrashPoints NONE = point -> { };

    void reached(String point);
}
