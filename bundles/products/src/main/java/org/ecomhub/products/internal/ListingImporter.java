package org.ecomhub.products.internal;

import java.util.Objects;
import java.util.Optional;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.spapi.model.CatalogItem;
import org.ecomhub.amazon.api.spapi.model.MerchantListingRow;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewProduct;
import org.ecomhub.host.api.Product;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.ProductDetails;
import org.ecomhub.host.api.SellPriceTier;
import org.ecomhub.host.api.UnknownReferenceException;

/**
 * Writes one listing of the merchant listings report to the host and the mapping table (DATA-01): find or create
 * the host product, overwrite it only when synchronisation is on, set the tier price, map it.
 */
final class ListingImporter {

    private final ProductCatalog catalog;
    private final MappingTable table;
    private final ConnectionLog log;

    ListingImporter(ProductCatalog catalog, MappingTable table, ConnectionLog log) {
        this.catalog = catalog;
        this.table = table;
        this.log = log;
    }

    void importListing(ImportRun run, MerchantListingRow row) {
        run.listings++;
        if (row.merchantFulfilled()) {
            run.fbmListings++;
        }
        try {
            write(run, row);
        } catch (HostRuleViolationException | UnknownReferenceException e) {
            run.failed++;
            log.append(LogEvent.error(LogCategory.PRODUCTS, "The host refused the product of SKU " + row.sellerSku()
                    + ": " + e.getMessage(), FixAction.HOST_REJECTED)
                    .withStore(run.alias()).withAmazonId(row.sellerSku()));
        }
    }

    private void write(ImportRun run, MerchantListingRow row) {
        String sku = row.sellerSku();
        String asin = row.asin() == null ? "" : row.asin().trim();
        FulfilmentChannel channel = row.merchantFulfilled() ? FulfilmentChannel.FBM : FulfilmentChannel.FBA;
        Optional<ProductMapping> mapping = table.find(run.alias(), sku);
        String code = mapping.map(ProductMapping::hostProductCode)
                .orElseGet(() -> HostCodes.of(run.store.products().codeMapping(), sku, asin));
        if (code.isEmpty()) {
            run.failed++;
            log.append(LogEvent.error(LogCategory.PRODUCTS, "SKU " + sku + " has no ASIN in the listings report, and"
                    + " the store's host product codes are ASINs.", FixAction.HOST_REJECTED)
                    .withStore(run.alias()).withAmazonId(sku));
            return;
        }
        CatalogItem item = run.catalogByAsin.get(asin);
        String description = HostCodes.description(item != null && item.itemName() != null ? item.itemName()
                : row.itemName(), code);
        ProductDetails details = details(item);

        Optional<Product> existing = catalog.findProduct(code);
        boolean created = existing.isEmpty();
        Product product = created ? create(run, code, description, details) : existing.get();
        if (!created && run.sync() && changed(product, description, details)) {
            product = catalog.updateProduct(key(run, sku, "update"), code, description, details);
            run.updated++;
        }
        if (created || run.sync()) {
            setPrice(run, row, product);
        }
        if (mapping.isEmpty()) {
            table.insertIfAbsent(new ProductMapping(run.alias(), sku, asin, code, run.store.store().marketplace(),
                    channel, ProductMapping.DEFAULT_LEAD_TIME_DAYS));
            run.mapped++;
        } else if (!mapping.get().asin().equals(asin) || mapping.get().channel() != channel) {
            table.updateListing(run.alias(), sku, asin.isEmpty() ? mapping.get().asin() : asin, channel);
        }
    }

    private Product create(ImportRun run, String code, String description, ProductDetails details) {
        try {
            // keyed by the code, not the run: a repeated import creates nothing twice
            Product p = catalog.createProduct(IdempotencyKey.of(run.alias(), "import-create", code),
                    new NewProduct(code, description, details));
            run.created++;
            return p;
        } catch (HostRuleViolationException e) {
            if (e.rule() != HostRuleViolationException.Rule.DUPLICATE_REFERENCE) {
                throw e;
            }
            return catalog.findProduct(code).orElseThrow(() -> e);
        }
    }

    /** PROD-02: one way, Amazon to host, only in the tier's own currency. */
    private void setPrice(ImportRun run, MerchantListingRow row, Product product) {
        if (run.priceTier.isEmpty() || row.price() == null || row.price().signum() < 0) {
            return;
        }
        SellPriceTier tier = run.priceTier.get();
        Money price = new Money(row.price(), tier.currency());
        if (product.sellPrice(tier.code()).filter(price::equals).isPresent()) {
            return;
        }
        catalog.setSellPrice(key(run, row.sellerSku(), "price"), product.code(), tier.code(), price);
        run.pricesSet++;
    }

    private static boolean changed(Product product, String description, ProductDetails details) {
        ProductDetails now = product.details();
        return !product.description().equals(description)
                || differs(details.barcode(), now.barcode()) || differs(details.brand(), now.brand());
    }

    /** A null detail leaves the host's value, so only a given value that differs is a change. */
    private static boolean differs(String given, String current) {
        return given != null && !Objects.equals(given, current);
    }

    private static ProductDetails details(CatalogItem item) {
        if (item == null) {
            return ProductDetails.NONE;
        }
        String barcode = item.identifiers().stream()
                .filter(i -> "EAN".equals(i.type()) || "UPC".equals(i.type()) || "GTIN".equals(i.type()))
                .map(CatalogItem.Identifier::identifier).findFirst().orElse(null);
        return new ProductDetails(barcode, item.brand(), null, null, null);
    }

    private static IdempotencyKey key(ImportRun run, String sku, String step) {
        return IdempotencyKey.of(run.alias(), "import", run.reportId, sku, step);
    }
}
