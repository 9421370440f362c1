package org.ecomhub.products.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.products.ProductImportResult;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductSync;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SpApiRejectedException;
import org.ecomhub.amazon.api.spapi.model.CatalogItem;
import org.ecomhub.amazon.api.spapi.model.ListingsIssue;
import org.ecomhub.amazon.api.spapi.model.ListingsPatch;
import org.ecomhub.amazon.api.spapi.model.ListingsSubmission;
import org.ecomhub.amazon.api.spapi.model.MerchantListingRow;
import org.ecomhub.amazon.api.spapi.model.Report;
import org.ecomhub.amazon.api.spapi.model.ReportRequest;
import org.ecomhub.amazon.api.store.Progress;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.SellPriceTier;
import org.ecomhub.schema.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Product import from the merchant listings report and lead-time changes (DATA-01, PROD-02/03/04, LIST-03). */
@Component(service = ProductSync.class)
public class ProductImporter implements ProductSync {

    private static final Logger LOG = LoggerFactory.getLogger(ProductImporter.class);
    /** Amazon usually has the listings report ready within minutes; the connector polls from here on (API-05). */
    static final Duration EXPECTED_REPORT_TIME = Duration.ofMinutes(2);

    private final MappingTable table;
    private final ProductCatalog catalog;
    private final ConnectionLog log;
    private final ListingImporter listings;

    @Activate
    public ProductImporter(
            @Reference(name = "dataSource", target = "(dataSourceName=ecomhub)",
                    policyOption = ReferencePolicyOption.GREEDY) DataSource dataSource,
            @Reference(name = "catalog", policyOption = ReferencePolicyOption.GREEDY) ProductCatalog catalog,
            @Reference(name = "log", policyOption = ReferencePolicyOption.GREEDY) ConnectionLog log)
            throws SQLException {
        SchemaMigrator.migrate(dataSource, ProductSchema.COMPONENT, ProductSchema.MIGRATIONS);
        this.table = new MappingTable(dataSource);
        this.catalog = catalog;
        this.log = log;
        this.listings = new ListingImporter(catalog, table, log);
    }

    @Override
    public ProductImportResult importProducts(StoreConfiguration store, SellingPartnerClient client,
            Progress progress) {
        String marketplaceId = store.store().marketplace().id();
        progress.report("Requesting the merchant listings report of " + store.store().marketplace());
        String reportId = client.createReport(new ReportRequest(ReportRequest.MERCHANT_LISTINGS,
                List.of(marketplaceId), null, null, null));
        Report report = client.awaitReport(reportId, EXPECTED_REPORT_TIME);
        List<MerchantListingRow> rows = rows(store, client, report);
        progress.report(rows.size() + " listings in the report");
        progress.checkpoint();

        ImportRun run = new ImportRun(store, reportId, catalogItems(store, client, rows), priceTier(store));
        int done = 0;
        for (MerchantListingRow row : rows) {
            listings.importListing(run, row);
            progress.step(++done, rows.size());
            progress.checkpoint();
        }
        ProductImportResult result = run.result();
        table.recordImport(store.alias(), result.listings(), result.fbmListings());
        log.append(LogEvent.info(LogCategory.PRODUCTS, "Product import: " + result.summary())
                .withStore(store.alias()).withAmazonId(reportId));
        LOG.info("Store {}: product import done, {}", store.alias(), result.summary());
        return result;
    }

    private List<MerchantListingRow> rows(StoreConfiguration store, SellingPartnerClient client, Report report) {
        if ("CANCELLED".equals(report.processingStatus())) {
            return List.of(); // Amazon cancels a report that has no data: no listings
        }
        if (!"DONE".equals(report.processingStatus()) || report.reportDocumentId() == null) {
            log.append(LogEvent.error(LogCategory.PRODUCTS, "Amazon could not produce the merchant listings report ("
                    + report.processingStatus() + ").", FixAction.AMAZON_UNAVAILABLE)
                    .withStore(store.alias()).withAmazonId(report.reportId()));
            throw new IllegalStateException("the merchant listings report ended " + report.processingStatus());
        }
        return client.parseMerchantListingsReport(client.downloadReportDocument(report.reportDocumentId()));
    }

    /**
     * Catalog details only for listings that write a host product: new ones, and all when synchronisation is on.
     */
    private Map<String, CatalogItem> catalogItems(StoreConfiguration store, SellingPartnerClient client,
            List<MerchantListingRow> rows) {
        Set<String> asins = new LinkedHashSet<>();
        for (MerchantListingRow row : rows) {
            if (row.asin() == null || row.asin().isBlank()) {
                continue;
            }
            if (store.products().sync() || table.find(store.alias(), row.sellerSku()).isEmpty()) {
                asins.add(row.asin().trim());
            }
        }
        Map<String, CatalogItem> byAsin = new HashMap<>();
        if (!asins.isEmpty()) {
            for (CatalogItem item : client.getCatalogItems(store.store().marketplace().id(), "ASIN",
                    List.copyOf(asins))) {
                byAsin.put(item.asin(), item);
            }
        }
        return byAsin;
    }

    /** PROD-02: the chosen tier when it exists and is in the marketplace's currency; else why not, once per run. */
    private Optional<SellPriceTier> priceTier(StoreConfiguration store) {
        String code = store.products().sellPriceTier();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<SellPriceTier> tier = catalog.sellPriceTiers().stream().filter(t -> t.code().equals(code))
                .findFirst();
        String currency = store.store().marketplace().defaultCurrency();
        if (tier.isEmpty()) {
            log.append(LogEvent.error(LogCategory.PRODUCTS, "Sell price tier " + code
                    + " does not exist in the host: prices are not written.", FixAction.SETTINGS_REFUSED)
                    .withStore(store.alias()));
            return Optional.empty();
        }
        if (!tier.get().currency().equals(currency)) {
            log.append(LogEvent.debug(LogCategory.PRODUCTS, "Prices are not written to sell price tier " + code
                    + ": the tier is in " + tier.get().currency() + ", the marketplace sells in " + currency + ".")
                    .withStore(store.alias()));
            return Optional.empty();
        }
        return tier;
    }

    @Override
    public Optional<Boolean> fbmListingsFound(String storeAlias) {
        return table.lastImportFbmListings(storeAlias).map(count -> count > 0);
    }

    @Override
    public ProductMapping changeLeadTime(StoreConfiguration store, SellingPartnerClient client, String sellerSku,
            int days) {
        ProductMapping.checkLeadTimeChange(sellerSku, days);
        ProductMapping mapping = table.find(store.alias(), sellerSku).orElseThrow(() ->
                new IllegalArgumentException("store " + store.alias() + " has no product with SKU " + sellerSku));
        if (mapping.channel() == FulfilmentChannel.FBA) {
            throw new IllegalArgumentException("SKU " + sellerSku + " is fulfilled by Amazon, which sets its own"
                    + " handling time");
        }
        String refusal = send(client, mapping, days);
        if (refusal != null) {
            log.append(LogEvent.error(LogCategory.PRODUCTS, "Amazon refused lead time " + days + " for SKU "
                    + sellerSku + ": " + refusal, FixAction.FEED_MESSAGE_REJECTED)
                    .withStore(store.alias()).withAmazonId(sellerSku));
            throw new IllegalArgumentException("Amazon refused the lead time: " + refusal);
        }
        table.setLeadTime(store.alias(), sellerSku, days);
        log.append(LogEvent.info(LogCategory.PRODUCTS, "Lead time of SKU " + sellerSku + " set to " + days
                + " business days").withStore(store.alias()).withAmazonId(sellerSku)
                .withHostId(mapping.hostProductCode()));
        return table.find(store.alias(), sellerSku).orElseThrow();
    }

    /** The lead time alone, merged, so Amazon keeps the quantity (FACTS §8); null when accepted, else why not. */
    private static String send(SellingPartnerClient client, ProductMapping mapping, int days) {
        try {
            ListingsSubmission submission = client.patchListingsItem(mapping.sellerSku(),
                    mapping.marketplace().id(), "PRODUCT", List.of(ListingsPatch.merchantStock(null, days)));
            if (submission.accepted()) {
                return null;
            }
            return submission.issues().stream().map(ListingsIssue::message).reduce((a, b) -> a + "; " + b)
                    .orElse(submission.status());
        } catch (SpApiRejectedException e) {
            return e.getMessage();
        }
    }
}
