package org.ecomhub.host.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The host's products, their sell prices and bills of materials (PROD-01..05, STK-03, LIST-01).
 *
 * <p>Every method may throw {@link HostUnavailableException} when the host cannot answer now.
 */
@ConsumerType
public interface ProductCatalog {

    /**
     * Finds a product by its exact code (case-sensitive).
     *
     * @return the product, empty if the host has none with that code
     */
    Optional<Product> findProduct(String code);

    /**
     * Lists products ordered by code, for paging: the first {@code limit} products whose code sorts after
     * {@code afterCode}.
     *
     * @param afterCode {@code null} or empty to start at the first product
     * @param limit     at most this many, 1..1000
     * @throws HostRuleViolationException {@code INVALID_VALUE} if {@code limit} is out of range
     */
    List<Product> products(String afterCode, int limit);

    /**
     * Creates a product (PROD-01, PROD-05).
     *
     * @return the product created, or on a repeated key the product the first call created (as it is now)
     * @throws HostRuleViolationException {@code DUPLICATE_REFERENCE} if another call already created a product with
     *                                    that code (find it first); {@code INVALID_VALUE} if the code or
     *                                    description is too long for the host (it names the limit)
     */
    Product createProduct(IdempotencyKey key, NewProduct product);

    /**
     * Overwrites a product's description and details (PROD-04). A {@code null} detail field leaves the host's
     * value as it is.
     *
     * @return the product after the update, or on a repeated key the product as it is now (the update is not applied twice)
     * @throws UnknownReferenceException   {@code PRODUCT} if no product has that code
     * @throws HostRuleViolationException  {@code INVALID_VALUE} if the description is blank or too long
     */
    Product updateProduct(IdempotencyKey key, String code, String description, ProductDetails details);

    /**
     * Sets a product's price in a sell price tier (PROD-02), replacing the price it had there.
     *
     * @return the product after the change, or on a repeated key the product as it is now
     * @throws UnknownReferenceException  {@code PRODUCT} or {@code SELL_PRICE_TIER} for an unknown code
     * @throws HostRuleViolationException {@code CURRENCY_MISMATCH} if the price is not in the tier's currency;
     *                                    {@code INVALID_VALUE} if it is negative
     */
    Product setSellPrice(IdempotencyKey key, String productCode, String tierCode, Money price);

    /** The host's sell price tiers, ordered by code. */
    List<SellPriceTier> sellPriceTiers();

    /**
     * A product's bill of materials (STK-03). Components are products; look them up for their own bills.
     *
     * @return the bill, empty if the product is not assembled
     * @throws UnknownReferenceException {@code PRODUCT} if no product has that code
     */
    Optional<BillOfMaterials> billOfMaterials(String productCode);

    /**
     * Every bill of materials, ordered by the assembled product's code, for paging: the first {@code limit} whose
     * product code sorts after {@code afterProductCode}. Lets the stock export (STK-03) load all bills once per run
     * and find which assembled products a component's stock change touches.
     *
     * @param afterProductCode {@code null} or empty to start at the first
     * @param limit            1..1000
     * @throws HostRuleViolationException {@code INVALID_VALUE} if {@code limit} is out of range
     */
    List<BillOfMaterials> billsOfMaterials(String afterProductCode, int limit);

    /**
     * Where a person sees the product in the host (LIST-01).
     *
     * @throws UnknownReferenceException {@code PRODUCT} if no product has that code
     */
    DisplayLink displayLink(String productCode);
}
