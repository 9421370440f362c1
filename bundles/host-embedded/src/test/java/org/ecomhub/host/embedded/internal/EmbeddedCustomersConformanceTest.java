package org.ecomhub.host.embedded.internal;

import java.nio.file.Path;
import org.ecomhub.host.api.conformance.CustomersConformanceTest;
import org.ecomhub.host.api.conformance.HostFixture;
import org.junit.jupiter.api.io.TempDir;

// covers HOST-07: the reference host passes the SPI's conformance tests
class EmbeddedCustomersConformanceTest extends CustomersConformanceTest {

    @TempDir
    Path dir;

    @Override
    protected HostFixture newHost() {
        return EmbeddedHost.open(dir);
    }
}
