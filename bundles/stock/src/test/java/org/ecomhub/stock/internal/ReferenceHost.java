package org.ecomhub.stock.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.embedded.internal.EmbeddedHostEvents;
import org.ecomhub.host.embedded.internal.EmbeddedInventory;
import org.ecomhub.host.embedded.internal.EmbeddedProductCatalog;
import org.ecomhub.host.embedded.internal.HostAdmin;
import org.ecomhub.host.embedded.internal.HostDatabase;
import org.h2.jdbcx.JdbcDataSource;

/** The reference host and the plugin's tables on one H2 file database in a test's temporary directory. */
final class ReferenceHost {

    final JdbcDataSource dataSource;
    final HostAdmin admin;
    final EmbeddedProductCatalog catalog;
    final EmbeddedInventory inventory;
    final EmbeddedHostEvents events;

    ReferenceHost(Path dir, Clock clock) {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        HostDatabase db = new HostDatabase(dataSource, clock);
        admin = new HostAdmin(db);
        catalog = new EmbeddedProductCatalog(db);
        inventory = new EmbeddedInventory(db);
        events = new EmbeddedHostEvents(db);
    }

    void receive(String product, String warehouse, int units) {
        admin.receiveStock(IdempotencyKey.of("receipt", UUID.randomUUID().toString()), product, warehouse,
                BigDecimal.valueOf(units));
    }

    void kit(String product, Map<String, BigDecimal> components) {
        admin.setBillOfMaterials(product, true, components);
    }
}
