package org.ecomhub.host.api.conformance;

import static org.ecomhub.host.api.conformance.StandardWorld.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ecomhub.host.api.CompanySettings;
import org.ecomhub.host.api.SalesAccount;
import org.ecomhub.host.api.SalesOrderGroup;
import org.ecomhub.host.api.TaxCode;
import org.junit.jupiter.api.Test;

/** Tax codes, groups, accounts, company settings and currencies (TAX-05, ORD-04, TAX-04, ORD-07, PROD-06). */
public abstract class ReferenceDataConformanceTest extends HostConformanceSupport {

    @Test // covers TAX-05
    void taxCodesAreFoundByCodeWithTheirRate() {
        TaxCode std = host.referenceData().findTaxCode(STD).orElseThrow();
        assertEquals(0, new BigDecimal("0.20").compareTo(std.rate()));
        assertTrue(host.referenceData().findTaxCode("NO-TAX").isEmpty());
        assertEquals(List.of(STD, ZERO), host.referenceData().taxCodes().stream().map(TaxCode::code).toList());
    }

    @Test // covers ORD-04, TAX-04
    void groupsAndAccountsAreListed() {
        assertEquals(List.of(GROUP), host.referenceData().salesOrderGroups().stream().map(SalesOrderGroup::code).toList());
        assertEquals(List.of("4000", ACCOUNT_SHIPPING),
                host.referenceData().salesAccounts().stream().map(SalesAccount::code).toList());
    }

    @Test // covers ORD-07, PROD-06
    void companySettingsAndCurrencies() {
        CompanySettings settings = host.company().settings();
        assertTrue(settings.batchTracking());
        assertTrue(settings.serialisedProducts());
        assertTrue(settings.accountingIntegration());
        assertEquals(GBP, settings.baseCurrency());
        assertEquals(Set.of(GBP, EUR), settings.currencies());
        host.setCompanySettings(false, true, false);
        assertFalse(host.company().settings().batchTracking());
        assertFalse(host.company().settings().accountingIntegration());
    }
}
