package org.ecomhub.host.embedded.internal;

import org.ecomhub.host.api.Company;
import org.ecomhub.host.api.CompanySettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Company}: the settings row of the reference host. */
@Component(service = Company.class)
public class EmbeddedCompany implements Company {

    private final HostDatabase db;

    @Activate
    public EmbeddedCompany(@Reference(name = "database") HostDatabase db) {
        this.db = db;
    }

    @Override
    public CompanySettings settings() {
        return db.read(tx -> Refs.company(tx.connection()));
    }
}
