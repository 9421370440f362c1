/**
 * The order importer's services (ORD-*, CANCEL-*, DATA-03/04, STK-08): {@link org.ecomhub.amazon.api.orders.OrderImporter}
 * behind the store's order jobs, and {@link org.ecomhub.amazon.api.orders.OrderReserve} for the stock export.
 */
@Export
@Version("1.0.0")
package org.ecomhub.amazon.api.orders;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
