package org.ecomhub.products.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.ecomhub.amazon.api.settings.BuyerDetails;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.host.embedded.internal.EmbeddedProductCatalog;
import org.ecomhub.host.embedded.internal.HostAdmin;
import org.ecomhub.host.embedded.internal.HostDatabase;
import org.h2.jdbcx.JdbcDataSource;

/** The reference host and the plugin's tables on one H2 file database in a test's temporary directory. */
final class ReferenceHost {

    final JdbcDataSource dataSource;
    final HostAdmin admin;
    final EmbeddedProductCatalog catalog;

    ReferenceHost(Path dir) {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        HostDatabase db = new HostDatabase(dataSource,
                Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
        admin = new HostAdmin(db);
        catalog = new EmbeddedProductCatalog(db);
    }

    static StoreConfiguration store(String alias, Marketplace marketplace, ProductSettings products) {
        StoreConfiguration defaults = StoreConfiguration.defaults(
                new StoreSettings(alias, marketplace, "A3SELLER0001", true, BuyerDetails.NONE), true);
        return new StoreConfiguration(defaults.store(), defaults.fbm(), defaults.fba(), products, defaults.tax(),
                defaults.stock());
    }
}
