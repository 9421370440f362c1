package org.ecomhub.stores.internal;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ecomhub.amazon.api.settings.HostFacts;
import org.ecomhub.host.api.Company;
import org.ecomhub.host.api.Customers;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.ReferenceData;
import org.ecomhub.host.api.WarehouseKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the validator from the host SPI. When a host service is missing or cannot answer, a reference is taken as
 * valid: refusing every configuration because the host is restarting would be worse, and the engines report an
 * unknown reference when they meet it.
 */
final class HostFactsAdapter implements HostFacts {

    private static final Logger LOG = LoggerFactory.getLogger(HostFactsAdapter.class);

    private final Supplier<Customers> customers;
    private final Supplier<Inventory> inventory;
    private final Supplier<ReferenceData> reference;
    private final Supplier<ProductCatalog> catalog;
    private final Supplier<Company> company;

    HostFactsAdapter(Supplier<Customers> customers, Supplier<Inventory> inventory, Supplier<ReferenceData> reference,
            Supplier<ProductCatalog> catalog, Supplier<Company> company) {
        this.customers = customers;
        this.inventory = inventory;
        this.reference = reference;
        this.catalog = catalog;
        this.company = company;
    }

    /** Without a host: everything exists. */
    static HostFactsAdapter lenient() {
        return new HostFactsAdapter(() -> null, () -> null, () -> null, () -> null, () -> null);
    }

    @Override
    public boolean customerExists(String code) {
        return ask(customers, c -> c.findCustomer(code).isPresent(), true);
    }

    @Override
    public Optional<WarehouseKind> warehouseKind(String code) {
        return ask(inventory, i -> i.findWarehouse(code).map(w -> w.kind()), Optional.of(WarehouseKind.OWN));
    }

    @Override
    public boolean salesOrderGroupExists(String name) {
        return ask(reference, r -> r.salesOrderGroups().stream().anyMatch(g -> g.code().equals(name) || g.name().equals(name)), true);
    }

    @Override
    public boolean sellPriceTierExists(String name) {
        return ask(catalog, c -> c.sellPriceTiers().stream().anyMatch(t -> t.code().equals(name) || t.name().equals(name)), true);
    }

    @Override
    public boolean taxCodeExists(String code) {
        return ask(reference, r -> r.findTaxCode(code).isPresent(), true);
    }

    @Override
    public boolean salesAccountExists(String code) {
        return ask(reference, r -> r.salesAccounts().stream().anyMatch(a -> a.code().equals(code)), true);
    }

    @Override
    public boolean batchTracking() {
        return ask(company, c -> c.settings().batchTracking(), true);
    }

    @Override
    public boolean serialisedProducts() {
        return ask(company, c -> c.settings().serialisedProducts(), true);
    }

    private static <S, T> T ask(Supplier<S> service, Function<S, T> question, T unknown) {
        S s = service.get();
        if (s == null) {
            return unknown;
        }
        try {
            return question.apply(s);
        } catch (RuntimeException e) {
            LOG.debug("The host could not answer a settings check: {}", e.toString());
            return unknown;
        }
    }
}
