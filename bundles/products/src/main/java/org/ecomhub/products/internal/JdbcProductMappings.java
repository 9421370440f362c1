package org.ecomhub.products.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ecomhub.amazon.api.products.OrderedProduct;
import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductListQuery;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.products.UnknownSkuException;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.host.api.DisplayLink;
import org.ecomhub.host.api.HostException;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.NewProduct;
import org.ecomhub.host.api.Product;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.schema.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The product mappings in the plugin's database (PROD-01/03/05, LIST-*). */
@Component(service = ProductMappings.class)
public class JdbcProductMappings implements ProductMappings {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcProductMappings.class);

    private final MappingTable table;
    private final ProductCatalog catalog;

    @Activate
    public JdbcProductMappings(
            @Reference(name = "dataSource", target = "(dataSourceName=ecomhub)",
                    policyOption = ReferencePolicyOption.GREEDY) DataSource dataSource,
            @Reference(name = "catalog", policyOption = ReferencePolicyOption.GREEDY) ProductCatalog catalog)
            throws SQLException {
        SchemaMigrator.migrate(dataSource, ProductSchema.COMPONENT, ProductSchema.MIGRATIONS);
        this.table = new MappingTable(dataSource);
        this.catalog = catalog;
    }

    MappingTable table() {
        return table;
    }

    @Override
    public Optional<ProductMapping> find(String storeAlias, String sellerSku) {
        return table.find(storeAlias, sellerSku);
    }

    @Override
    public List<ProductMapping> ofStore(String storeAlias) {
        return table.ofStore(storeAlias);
    }

    @Override
    public ProductListPage list(ProductListQuery query) {
        // one row more than asked tells whether a next page exists
        List<ProductMapping> rows = table.page(query.store(), query.search(), query.offset(), query.limit() + 1);
        List<ProductListPage.Entry> entries = new ArrayList<>();
        for (ProductMapping m : rows.subList(0, Math.min(rows.size(), query.limit()))) {
            entries.add(new ProductListPage.Entry(m, link(m.hostProductCode())));
        }
        return new ProductListPage(entries, query.offset(), rows.size() > query.limit());
    }

    private DisplayLink link(String productCode) {
        try {
            return catalog.displayLink(productCode);
        } catch (HostException e) {
            // the host no longer knows the product, or is down: the list still shows the mapping
            LOG.debug("No display link for host product {}: {}", productCode, e.getMessage());
            return null;
        }
    }

    @Override
    public ProductMapping resolveForOrder(StoreConfiguration store, OrderedProduct product, IdempotencyKey key) {
        Optional<ProductMapping> mapped = table.find(store.alias(), product.sellerSku());
        if (mapped.isPresent()) {
            return mapped.get();
        }
        ProductSettings settings = store.products();
        String code = HostCodes.of(settings.codeMapping(), product.sellerSku(), product.asin());
        if (code.isEmpty()) {
            throw new UnknownSkuException(store.alias(), product.sellerSku(), "(no ASIN on the order line)");
        }
        Product host = catalog.findProduct(code)
                .orElseGet(() -> createOrRefuse(store, product, code, key));
        return table.insertIfAbsent(new ProductMapping(store.alias(), product.sellerSku(), product.asin(),
                host.code(), store.store().marketplace(), product.channel(), ProductMapping.DEFAULT_LEAD_TIME_DAYS));
    }

    private Product createOrRefuse(StoreConfiguration store, OrderedProduct product, String code,
            IdempotencyKey key) {
        if (!store.products().createOnImport()) {
            throw new UnknownSkuException(store.alias(), product.sellerSku(), code);
        }
        try {
            Product created = catalog.createProduct(key, new NewProduct(code,
                    HostCodes.description(product.title(), code), null));
            LOG.info("Store {}: created host product {} for SKU {}", store.alias(), created.code(),
                    product.sellerSku());
            return created;
        } catch (HostRuleViolationException e) {
            if (e.rule() != HostRuleViolationException.Rule.DUPLICATE_REFERENCE) {
                throw e;
            }
            // another caller created it between our look and our create: use theirs
            return catalog.findProduct(code).orElseThrow(() -> e);
        }
    }
}
