package org.ecomhub.host.api.conformance;

import static org.ecomhub.host.api.conformance.StandardWorld.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import org.ecomhub.host.api.BillOfMaterials;
import org.ecomhub.host.api.DisplayLink;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewProduct;
import org.ecomhub.host.api.Product;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.ProductDetails;
import org.ecomhub.host.api.UnknownReferenceException.Kind;
import org.junit.jupiter.api.Test;

/** Products, prices, bills of materials and display links (PROD-01..05, STK-03, LIST-01, ORD-10). */
public abstract class ProductCatalogConformanceTest extends HostConformanceSupport {

    private ProductCatalog catalog() {
        return host.productCatalog();
    }

    @Test
    void findsAProductByItsExactCodeWithItsFlags() {
        Product batched = catalog().findProduct(BATCHED).orElseThrow();
        assertTrue(batched.batchTracked());
        assertFalse(batched.serialised());
        assertTrue(catalog().findProduct(SERIAL).orElseThrow().serialised());
        assertTrue(catalog().findProduct("NO-SUCH").isEmpty());
    }

    @Test // covers PROD-01, PROD-05
    void createsAProductWithTheDescriptionGiven() {
        Product created = catalog().createProduct(freshKey(),
                new NewProduct("SKU-NEW", "Amazon product name", new ProductDetails("5012345678900", null, null, null, null)));
        assertEquals("Amazon product name", created.description());
        assertFalse(created.batchTracked());
        assertEquals("5012345678900", catalog().findProduct("SKU-NEW").orElseThrow().details().barcode());
    }

    @Test // covers ORD-10
    void aRepeatedCreateReturnsTheFirstProductAndCreatesNoSecond() {
        IdempotencyKey key = freshKey();
        Product first = catalog().createProduct(key, new NewProduct("SKU-1", "First name", null));
        Product again = catalog().createProduct(key, new NewProduct("SKU-1", "Second name", null));
        assertEquals(first.code(), again.code());
        assertEquals("First name", again.description());
        assertEquals(1, catalog().products("SKU-0", 10).stream().filter(p -> p.code().equals("SKU-1")).count());
    }

    @Test
    void creatingAnExistingCodeUnderAnotherKeyIsRefused() {
        assertRule(Rule.DUPLICATE_REFERENCE, () -> catalog().createProduct(freshKey(), new NewProduct(WIDGET, "Again", null)));
        assertEquals("Widget", catalog().findProduct(WIDGET).orElseThrow().description());
    }

    @Test // covers PROD-04
    void updatesDescriptionAndDetailsKeepingDetailsNotGiven() {
        catalog().updateProduct(freshKey(), WIDGET, "Widget v1", new ProductDetails("111", "Acme", null, null, null));
        Product updated = catalog().updateProduct(freshKey(), WIDGET, "Widget v2",
                new ProductDetails(null, null, new BigDecimal("1.5"), null, null));
        assertEquals("Widget v2", updated.description());
        assertEquals("111", updated.details().barcode());
        assertEquals("Acme", updated.details().brand());
        assertEquals(0, new BigDecimal("1.5").compareTo(updated.details().weightKg()));
    }

    @Test // covers ORD-10
    void aRepeatedUpdateIsNotAppliedAgain() {
        IdempotencyKey key = freshKey();
        catalog().updateProduct(key, WIDGET, "From Amazon 1", null);
        catalog().updateProduct(freshKey(), WIDGET, "Changed later", null);
        Product repeat = catalog().updateProduct(key, WIDGET, "From Amazon 1", null);
        assertEquals("Changed later", repeat.description());
    }

    @Test
    void updatingAnUnknownProductNamesIt() {
        assertUnknown(Kind.PRODUCT, "NO-SUCH", () -> catalog().updateProduct(freshKey(), "NO-SUCH", "x", null));
    }

    @Test // covers PROD-02
    void setsThePriceOfATierInTheTiersCurrency() {
        catalog().setSellPrice(freshKey(), WIDGET, TIER_UK, gbp("12.99"));
        Product widget = catalog().setSellPrice(freshKey(), WIDGET, TIER_DE, Money.of("14.50", EUR));
        assertEquals(gbp("12.99"), widget.sellPrice(TIER_UK).orElseThrow());
        assertEquals(Money.of("14.50", EUR), catalog().findProduct(WIDGET).orElseThrow().sellPrice(TIER_DE).orElseThrow());
        catalog().setSellPrice(freshKey(), WIDGET, TIER_UK, gbp("11.00"));
        assertEquals(gbp("11.00"), catalog().findProduct(WIDGET).orElseThrow().sellPrice(TIER_UK).orElseThrow());
    }

    @Test // covers PROD-02
    void aPriceInAnotherCurrencyThanTheTiersIsRefused() {
        assertRule(Rule.CURRENCY_MISMATCH, () -> catalog().setSellPrice(freshKey(), WIDGET, TIER_UK, Money.of("1.00", EUR)));
        assertTrue(catalog().findProduct(WIDGET).orElseThrow().sellPrice(TIER_UK).isEmpty());
    }

    @Test
    void anUnknownTierOrProductIsNamed() {
        assertUnknown(Kind.SELL_PRICE_TIER, "NO-TIER", () -> catalog().setSellPrice(freshKey(), WIDGET, "NO-TIER", gbp("1")));
        assertUnknown(Kind.PRODUCT, "NO-SUCH", () -> catalog().setSellPrice(freshKey(), "NO-SUCH", TIER_UK, gbp("1")));
    }

    @Test
    void listsTiersWithTheirCurrencies() {
        assertEquals(List.of(TIER_DE, TIER_UK), catalog().sellPriceTiers().stream().map(t -> t.code()).toList());
        assertEquals(EUR, catalog().sellPriceTiers().get(0).currency());
    }

    @Test // covers STK-03
    void billsOfMaterialsNestAndAreAutoAssemble() {
        BillOfMaterials kit = catalog().billOfMaterials(KIT).orElseThrow();
        assertTrue(kit.autoAssemble());
        assertEquals(List.of(WIDGET, SUBKIT), kit.components().stream().map(BillOfMaterials.Component::productCode).toList());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(kit.components().get(0).quantity()));
        BillOfMaterials sub = catalog().billOfMaterials(SUBKIT).orElseThrow();
        assertEquals(GADGET, sub.components().get(0).productCode());
        assertTrue(catalog().findProduct(KIT).orElseThrow().autoAssemble());
        assertTrue(catalog().billOfMaterials(WIDGET).isEmpty());
        assertUnknown(Kind.PRODUCT, "NO-SUCH", () -> catalog().billOfMaterials("NO-SUCH"));
    }

    @Test // covers STK-03
    void allBillsPageByProductCode() {
        List<BillOfMaterials> bills = catalog().billsOfMaterials(null, 100);
        assertEquals(List.of(KIT, SUBKIT), bills.stream().map(BillOfMaterials::productCode).toList());
        assertEquals(List.of(SUBKIT), catalog().billsOfMaterials(KIT, 1).stream().map(BillOfMaterials::productCode).toList());
        assertRule(Rule.INVALID_VALUE, () -> catalog().billsOfMaterials(null, 0));
    }

    @Test // covers LIST-01
    void everyProductHasADisplayLink() {
        DisplayLink link = catalog().displayLink(WIDGET);
        assertFalse(link.value().isBlank());
        assertUnknown(Kind.PRODUCT, "NO-SUCH", () -> catalog().displayLink("NO-SUCH"));
    }

    @Test
    void productsPageInCodeOrder() {
        List<Product> first = catalog().products(null, 2);
        assertEquals(List.of(BATCHED, GADGET), first.stream().map(Product::code).toList());
        List<Product> next = catalog().products(first.get(1).code(), 100);
        assertEquals(List.of(KIT, SERIAL, SUBKIT, WIDGET), next.stream().map(Product::code).toList());
        assertRule(Rule.INVALID_VALUE, () -> catalog().products(null, 0));
    }
}
