/**
 * Product mappings between a store's Amazon listings and host products (PROD-01/03/05, LIST-*): the order
 * importer resolves order lines through them, the product sync and the stock exporter read and extend them.
 */
@Export
@Version("1.0.0")
package org.ecomhub.amazon.api.products;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
