package org.ecomhub.host.embedded.internal;

import java.util.List;
import java.util.Optional;
import org.ecomhub.host.api.ReferenceData;
import org.ecomhub.host.api.SalesAccount;
import org.ecomhub.host.api.SalesOrderGroup;
import org.ecomhub.host.api.TaxCode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ReferenceData} on the reference host's tables. */
@Component(service = ReferenceData.class)
public class EmbeddedReferenceData implements ReferenceData {

    private final HostDatabase db;

    @Activate
    public EmbeddedReferenceData(@Reference(name = "database") HostDatabase db) {
        this.db = db;
    }

    @Override
    public List<TaxCode> taxCodes() {
        return db.read(tx -> Sql.list(tx.connection(), "SELECT * FROM ERP_TAX_CODE ORDER BY CODE", EmbeddedReferenceData::taxCode));
    }

    @Override
    public Optional<TaxCode> findTaxCode(String code) {
        return db.read(tx -> Sql.one(tx.connection(), "SELECT * FROM ERP_TAX_CODE WHERE CODE = ?",
                EmbeddedReferenceData::taxCode, code));
    }

    @Override
    public List<SalesOrderGroup> salesOrderGroups() {
        return db.read(tx -> Sql.list(tx.connection(), "SELECT CODE, NAME FROM ERP_SALES_GROUP ORDER BY CODE",
                rs -> new SalesOrderGroup(rs.getString(1), rs.getString(2))));
    }

    @Override
    public List<SalesAccount> salesAccounts() {
        return db.read(tx -> Sql.list(tx.connection(), "SELECT CODE, NAME FROM ERP_SALES_ACCOUNT ORDER BY CODE",
                rs -> new SalesAccount(rs.getString(1), rs.getString(2))));
    }

    private static TaxCode taxCode(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TaxCode(rs.getString("CODE"), rs.getString("DESCRIPTION"), Sql.decimal(rs, "RATE"));
    }
}
