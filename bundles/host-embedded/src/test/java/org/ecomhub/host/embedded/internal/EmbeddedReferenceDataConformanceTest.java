package org.ecomhub.host.embedded.internal;

import java.nio.file.Path;
import org.ecomhub.host.api.conformance.ReferenceDataConformanceTest;
import org.ecomhub.host.api.conformance.HostFixture;
import org.junit.jupiter.api.io.TempDir;

// covers HOST-07: the reference host passes the SPI's conformance tests
class EmbeddedReferenceDataConformanceTest extends ReferenceDataConformanceTest {

    @TempDir
    Path dir;

    @Override
    protected HostFixture newHost() {
        return EmbeddedHost.open(dir);
    }
}
