package org.ecomhub.orders.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreFacts;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.settings.TaxSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.store.Store;

/** A store snapshot as the registry would publish it. */
record TestStore(StoreFacts facts, StoreConfiguration configuration, Instant importFrom) implements Store {

    static final String SELLER = "A1SELLER0001";

    static TestStore of(String alias, Marketplace marketplace, Instant installedAt) {
        return of(alias, marketplace, installedAt, SELLER);
    }

    static TestStore of(String alias, Marketplace marketplace, Instant installedAt, String seller) {
        StoreSettings s = new StoreSettings(alias, marketplace, seller, true,
                org.ecomhub.amazon.api.settings.BuyerDetails.NONE);
        return new TestStore(new StoreFacts(alias, seller, marketplace, installedAt, Optional.empty()),
                StoreConfiguration.defaults(s, true), installedAt);
    }

    TestStore withConfig(UnaryOperator<StoreConfiguration> change) {
        return new TestStore(facts, change.apply(configuration), importFrom);
    }

    TestStore importingFrom(Instant from) {
        return new TestStore(facts, configuration, from);
    }

    TestStore restricted() {
        return withConfig(c -> new StoreConfiguration(new StoreSettings(c.store().alias(), c.store().marketplace(),
                c.store().sellerId(), true, org.ecomhub.amazon.api.settings.BuyerDetails.RESTRICTED), c.fbm(), c.fba(),
                c.products(), c.tax(), c.stock()));
    }

    TestStore orders(FulfilmentChannel channel, Map<String, Object> props) {
        Map<String, Object> p = new java.util.HashMap<>(configuration.orders(channel).toProperties());
        p.putAll(props);
        OrderSettings o = OrderSettings.from(channel, p);
        return withConfig(c -> new StoreConfiguration(c.store(), channel == FulfilmentChannel.FBM ? o : c.fbm(),
                channel == FulfilmentChannel.FBA ? o : c.fba(), c.products(), c.tax(), c.stock()));
    }

    TestStore products(Map<String, Object> props) {
        Map<String, Object> p = new java.util.HashMap<>(configuration.products().toProperties());
        p.putAll(props);
        ProductSettings ps = ProductSettings.from(p);
        return withConfig(c -> new StoreConfiguration(c.store(), c.fbm(), c.fba(), ps, c.tax(), c.stock()));
    }

    TestStore tax(Map<String, Object> props) {
        Map<String, Object> p = new java.util.HashMap<>(configuration.tax().toProperties());
        p.putAll(props);
        TaxSettings t = TaxSettings.from(p);
        return withConfig(c -> new StoreConfiguration(c.store(), c.fbm(), c.fba(), c.products(), t, c.stock()));
    }
}
