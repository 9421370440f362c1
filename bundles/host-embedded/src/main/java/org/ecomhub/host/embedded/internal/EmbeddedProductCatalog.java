package org.ecomhub.host.embedded.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecomhub.host.api.BillOfMaterials;
import org.ecomhub.host.api.DisplayLink;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewProduct;
import org.ecomhub.host.api.Product;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.ProductDetails;
import org.ecomhub.host.api.SellPrice;
import org.ecomhub.host.api.SellPriceTier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ProductCatalog} on the reference host's tables. */
@Component(service = ProductCatalog.class)
public class EmbeddedProductCatalog implements ProductCatalog {

    private final HostDatabase db;

    @Activate
    public EmbeddedProductCatalog(@Reference(name = "database") HostDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Product> findProduct(String code) {
        return db.read(tx -> load(tx.connection(), code));
    }

    @Override
    public List<Product> products(String afterCode, int limit) {
        Refs.limit(limit);
        return db.read(tx -> {
            List<String> codes = Sql.list(tx.connection(),
                    "SELECT CODE FROM ERP_PRODUCT WHERE CODE > ? ORDER BY CODE FETCH FIRST " + limit + " ROWS ONLY",
                    rs -> rs.getString(1), Refs.after(afterCode));
            List<Product> products = new ArrayList<>();
            for (String code : codes) {
                products.add(load(tx.connection(), code).orElseThrow());
            }
            return products;
        });
    }

    @Override
    public Product createProduct(IdempotencyKey key, NewProduct product) {
        String code = db.once("createProduct", key, tx -> {
            Refs.fits(product.code(), 100, "product code");
            Refs.fits(product.description(), 500, "description");
            if (Sql.exists(tx.connection(), "SELECT 1 FROM ERP_PRODUCT WHERE CODE = ?", product.code())) {
                throw new HostRuleViolationException(Rule.DUPLICATE_REFERENCE,
                        "a product with code " + product.code() + " exists already");
            }
            insert(tx, product.code(), product.description(), product.details(), false, false);
            return product.code();
        });
        return findProduct(code).orElseThrow();
    }

    static void insert(HostDatabase.Tx tx, String code, String description, ProductDetails details,
                       boolean batchTracked, boolean serialised) throws SQLException {
        checkDetails(details);
        Sql.update(tx.connection(), "INSERT INTO ERP_PRODUCT (CODE, DESCRIPTION, BARCODE, BRAND, WEIGHT_KG, NOTES, "
                        + "IMAGE_URL, BATCH_TRACKED, SERIALISED, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                code, description, details.barcode(), details.brand(), details.weightKg(), details.notes(),
                details.imageUrl(), batchTracked, serialised, tx.now(), tx.now());
    }

    @Override
    public Product updateProduct(IdempotencyKey key, String code, String description, ProductDetails details) {
        ProductDetails given = details == null ? ProductDetails.NONE : details;
        db.once("updateProduct", key, tx -> {
            Refs.product(tx.connection(), code);
            if (description == null || description.isBlank()) {
                throw new HostRuleViolationException(Rule.INVALID_VALUE, "the description of " + code + " must not be blank");
            }
            Refs.fits(description, 500, "description");
            checkDetails(given);
            Sql.update(tx.connection(), "UPDATE ERP_PRODUCT SET DESCRIPTION = ?, BARCODE = COALESCE(?, BARCODE), "
                            + "BRAND = COALESCE(?, BRAND), WEIGHT_KG = COALESCE(?, WEIGHT_KG), NOTES = COALESCE(?, NOTES), "
                            + "IMAGE_URL = COALESCE(?, IMAGE_URL), UPDATED_AT = ? WHERE CODE = ?",
                    description, given.barcode(), given.brand(), given.weightKg(), given.notes(), given.imageUrl(),
                    tx.now(), code);
            return code;
        });
        return findProduct(code).orElseThrow();
    }

    @Override
    public Product setSellPrice(IdempotencyKey key, String productCode, String tierCode, Money price) {
        db.once("setSellPrice", key, tx -> {
            Refs.product(tx.connection(), productCode);
            SellPriceTier tier = Refs.tier(tx.connection(), tierCode);
            if (!tier.currency().equals(price.currency())) {
                throw new HostRuleViolationException(Rule.CURRENCY_MISMATCH, "tier " + tierCode + " is in "
                        + tier.currency() + " but the price " + price + " is not");
            }
            if (price.amount().signum() < 0) {
                throw new HostRuleViolationException(Rule.INVALID_VALUE, "a sell price must not be negative: " + price);
            }
            if (Sql.update(tx.connection(), "UPDATE ERP_PRODUCT_PRICE SET AMOUNT = ?, CURRENCY = ? WHERE PRODUCT = ? AND TIER = ?",
                    price.amount(), price.currency(), productCode, tierCode) == 0) {
                Sql.update(tx.connection(), "INSERT INTO ERP_PRODUCT_PRICE (PRODUCT, TIER, AMOUNT, CURRENCY) VALUES (?, ?, ?, ?)",
                        productCode, tierCode, price.amount(), price.currency());
            }
            return productCode;
        });
        return findProduct(productCode).orElseThrow();
    }

    @Override
    public List<SellPriceTier> sellPriceTiers() {
        return db.read(tx -> Sql.list(tx.connection(), "SELECT CODE, NAME, CURRENCY FROM ERP_PRICE_TIER ORDER BY CODE",
                rs -> new SellPriceTier(rs.getString(1), rs.getString(2), rs.getString(3))));
    }

    @Override
    public Optional<BillOfMaterials> billOfMaterials(String productCode) {
        return db.read(tx -> {
            Refs.product(tx.connection(), productCode);
            return bill(tx.connection(), productCode);
        });
    }

    @Override
    public List<BillOfMaterials> billsOfMaterials(String afterProductCode, int limit) {
        Refs.limit(limit);
        return db.read(tx -> {
            List<String> codes = Sql.list(tx.connection(), "SELECT PRODUCT FROM ERP_BOM WHERE PRODUCT > ? ORDER BY PRODUCT "
                    + "FETCH FIRST " + limit + " ROWS ONLY", rs -> rs.getString(1), Refs.after(afterProductCode));
            List<BillOfMaterials> bills = new ArrayList<>();
            for (String code : codes) {
                bills.add(bill(tx.connection(), code).orElseThrow());
            }
            return bills;
        });
    }

    @Override
    public DisplayLink displayLink(String productCode) {
        return db.read(tx -> {
            Refs.product(tx.connection(), productCode);
            // the reference host has no web UI: its products are shown by the erp:products command
            return new DisplayLink(DisplayLink.Kind.HOST_REFERENCE, "erp:products " + productCode, productCode);
        });
    }

    static Optional<BillOfMaterials> bill(Connection c, String productCode) throws SQLException {
        Optional<Boolean> auto = Sql.one(c, "SELECT AUTO_ASSEMBLE FROM ERP_BOM WHERE PRODUCT = ?",
                rs -> rs.getBoolean(1), productCode);
        if (auto.isEmpty()) {
            return Optional.empty();
        }
        List<BillOfMaterials.Component> components = Sql.list(c,
                "SELECT COMPONENT, QUANTITY FROM ERP_BOM_LINE WHERE PRODUCT = ? ORDER BY LINE_NO",
                rs -> new BillOfMaterials.Component(rs.getString(1), Sql.decimal(rs, "QUANTITY")), productCode);
        return Optional.of(new BillOfMaterials(productCode, auto.get(), components));
    }

    static Optional<Product> load(Connection c, String code) throws SQLException {
        Optional<ProductRow> row = Sql.one(c, "SELECT P.*, (SELECT B.AUTO_ASSEMBLE FROM ERP_BOM B WHERE B.PRODUCT = P.CODE) "
                + "AS AUTO FROM ERP_PRODUCT P WHERE P.CODE = ?", EmbeddedProductCatalog::row, code);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<SellPrice> prices = Sql.list(c, "SELECT TIER, AMOUNT, CURRENCY FROM ERP_PRODUCT_PRICE WHERE PRODUCT = ? ORDER BY TIER",
                rs -> new SellPrice(rs.getString(1), new Money(rs.getBigDecimal(2), rs.getString(3))), code);
        ProductRow r = row.get();
        return Optional.of(new Product(r.code, r.description, r.details, r.batchTracked, r.serialised, r.autoAssemble, prices));
    }

    private record ProductRow(String code, String description, ProductDetails details, boolean batchTracked,
                              boolean serialised, boolean autoAssemble) {
    }

    private static ProductRow row(ResultSet rs) throws SQLException {
        ProductDetails details = new ProductDetails(rs.getString("BARCODE"), rs.getString("BRAND"),
                Sql.decimal(rs, "WEIGHT_KG"), rs.getString("NOTES"), rs.getString("IMAGE_URL"));
        return new ProductRow(rs.getString("CODE"), rs.getString("DESCRIPTION"), details, rs.getBoolean("BATCH_TRACKED"),
                rs.getBoolean("SERIALISED"), rs.getBoolean("AUTO"));
    }

    private static void checkDetails(ProductDetails d) {
        Refs.fits(d.barcode(), 100, "barcode");
        Refs.fits(d.brand(), 200, "brand");
        Refs.fits(d.notes(), 2000, "notes");
        Refs.fits(d.imageUrl(), 1000, "image URL");
    }
}
