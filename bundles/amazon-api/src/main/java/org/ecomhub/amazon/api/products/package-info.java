/**
 * Product mappings between a store's Amazon listings and host products (PROD-01/03/05, LIST-*): the order
 * importer resolves order lines through them, the product sync and the stock exporter read and extend them.
 * 1.1: the product list (LIST-01/02), a store's mappings, and {@link org.ecomhub.amazon.api.products.ProductSync}.
 */
@Export
@Version("1.2.0")
package org.ecomhub.amazon.api.products;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
